// npm run compare -- <baseline results.json> <current results.json> [--tolerance 10] [--metric NAME ...]
// Prints each metric's change and exits 1 when any regressed beyond the tolerance (percent),
// 0 otherwise, 2 on bad input: a second CI gate next to k6's thresholds.
import { parseArgs } from 'node:util';
import { CompareInputError, compareResults, formatComparison, loadResults } from './lib/compare.ts';

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, strict: true, options: { tolerance: { type: 'string', default: '10' }, metric: { type: 'string', multiple: true } } });
  } catch (error) {
    console.error(`compare: ${(error as Error).message}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2) {
    console.error('usage: npm run compare -- <baseline results.json> <current results.json> [--tolerance PERCENT] [--metric NAME]...');
    return 2;
  }
  const tolerance = Number(values.tolerance);
  if (!/^\d+(\.\d+)?$/.test(values.tolerance) || tolerance > 1000) {
    console.error(`compare: --tolerance ${JSON.stringify(values.tolerance)}: expected a percentage such as 10`);
    return 2;
  }
  try {
    const rows = compareResults(loadResults(positionals[0]!), loadResults(positionals[1]!), { tolerance: tolerance / 100, only: values.metric });
    console.log(formatComparison(rows, tolerance / 100));
    const regressions = rows.filter((r) => r.regression);
    if (regressions.length > 0) {
      console.error(`\n${regressions.length} regression(s): ${regressions.map((r) => `${r.metric} ${r.stat}`).join(', ')}`);
      return 1;
    }
    console.log('\nno regression beyond the tolerance');
    return 0;
  } catch (error) {
    if (error instanceof CompareInputError) {
      console.error(`compare: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main();
