// npm run compare -- <baseline run>... <current run> [flags]: is the current run slower or flakier
// than the baseline run(s), beyond what noise explains? Each run is a run folder (or its
// results.json); the last one is the current run. Prints every metric's verdict with its interval,
// writes the comparison into the current run's results.json, summary.md and report.html, and exits
// 99 when a metric regressed, 0 otherwise, 2 on bad input: a second CI gate next to k6's thresholds.
import { parseArgs } from 'node:util';
import { CompareInputError, compareRuns, comparisonOutcome, formatComparison, loadRun } from '../compare/compare.ts';
import { writeComparison } from '../report/comparison-report.ts';
import { COMPARE_FLAGS_HELP, COMPARE_PARSE_OPTIONS, parseCompareFlags } from './compare-flags.ts';

const USAGE = `usage: npm run compare -- <baseline run folder or results.json>... <current run folder or results.json> [flags]
${COMPARE_FLAGS_HELP}
  --metric NAME           compare only this metric (and its sub-metrics); repeatable
  --print-only            do not write the comparison into the current run's folder

Exit codes: 0 no regression shown (inconclusive metrics are listed and said on the closing line), 99 a metric
regressed (or was inconclusive, with --inconclusive fail), 2 bad input.`;

function readCommandLine() {
  return parseArgs({
    allowPositionals: true,
    strict: true,
    options: {
      ...COMPARE_PARSE_OPTIONS,
      metric: { type: 'string', multiple: true },
      'print-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof readCommandLine>;
  try {
    parsed = readCommandLine();
  } catch (error) {
    console.error(`compare: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length < 2) {
    console.error(USAGE);
    return 2;
  }
  try {
    const options = parseCompareFlags(values);
    const runs = positionals.map(loadRun);
    const current = runs.pop()!;
    const report = await compareRuns(runs, current, { ...options, only: values.metric });
    console.log(formatComparison(report));
    if (!values['print-only']) {
      const written = await writeComparison(current, report);
      if (written) console.log(`\ncomparison written to ${written}`);
    }
    const outcome = comparisonOutcome(report);
    if (outcome.code === 99) console.error(`\n${outcome.line}`);
    else console.log(`\n${outcome.line}`);
    return outcome.code;
  } catch (error) {
    if (error instanceof CompareInputError) {
      console.error(`compare: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main();
