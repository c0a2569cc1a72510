// npm run compare -- <baseline run>... <current run> [flags]: is the current run slower or flakier
// than the baseline run(s), beyond what noise explains? Each run is a run folder (or its
// results.json); the last one is the current run. Prints every metric's verdict with its interval,
// writes the comparison into the current run's results.json, summary.md and report.html, and exits
// 99 when a metric regressed, 0 otherwise, 2 on bad input: a second CI gate next to k6's thresholds.
import { parseArgs } from 'node:util';
import { CompareInputError, compareRuns, comparisonOutcome, formatComparison, loadRun } from '../compare/compare.ts';
import { writeComparison } from '../report/comparison-report.ts';
import { COMPARE_FLAGS, compareOptionsOf } from './compare-flags.ts';
import { defineFlags, type RawValues, repeated, toggle } from './flags.ts';

const FLAGS = defineFlags({
  ...COMPARE_FLAGS,
  metric: repeated({
    value: 'NAME',
    help: 'compare only this metric (and its sub-metrics); repeatable',
    read: (v) => v,
  }),
  'print-only': toggle({ help: "do not write the comparison into the current run's folder" }),
  help: toggle({ short: 'h', help: 'this help' }),
});

const USAGE = `usage: npm run compare -- <baseline run folder or results.json>... <current run folder or results.json> [flags]
${FLAGS.help(23)}

Exit codes: 0 no regression shown (inconclusive metrics are listed and said on the closing line), 99 a metric
regressed (or was inconclusive, with --inconclusive fail), 2 bad input.`;

const readCommandLine = () => parseArgs({ allowPositionals: true, strict: true, options: FLAGS.options });

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
    const flags = FLAGS.read(values as RawValues);
    const runs = positionals.map(loadRun);
    const current = runs.pop()!;
    const only = flags.metric.length > 0 ? flags.metric : undefined;
    const report = await compareRuns(runs, current, { ...compareOptionsOf(flags), only });
    console.log(formatComparison(report));
    if (!flags['print-only']) {
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
