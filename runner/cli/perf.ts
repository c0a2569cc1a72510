// npm run perf -- --suite all|<entry>[,<entry>...] [flags]: the suite runner. Says up front what each
// entry will take, runs the chosen entries one after another (each with its own reports folder),
// prints one closing table, and exits 0 when all passed, 99 when a threshold failed, k6's own code
// when k6 failed, 1 on another error, 2 on bad flags, 130 when interrupted. `npm run load` is this
// with --suite load (runner/cli/load.ts).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fitToDuration } from '../../lib/config/entries.ts';
import { compareRuns, comparisonOutcome, formatComparison, loadRun } from '../compare/compare.ts';
import { buildIfStale } from '../k6/build-if-stale.ts';
import { resolveK6 } from '../k6/k6-binary.ts';
import { writeComparison } from '../report/comparison-report.ts';
import { runEntry } from '../run/run-entry.ts';
import { planEntry, planText } from '../run/run-plan.ts';
import { failedThresholds, type Verdict, verdictOf } from '../run/run-verdict.ts';
import { type CommandLine, PERF_FLAGS, parseCommandLine } from './perf-flags.ts';

const HELP = `Usage: npm run perf -- [flags]

Runs course-perf entry points with k6 and prints one verdict per entry.
Without --base-url (or BASE_URL) it starts the demo platform and the resource sidecar itself.

${PERF_FLAGS.help(24)}

Exit codes: 0 all passed, 99 a threshold failed or a metric regressed vs --baseline (or was inconclusive, with
--inconclusive fail), 97-110 or 255 k6's own error code (e.g. 107 script exception, 108 setup aborted), 1 an
entry could not run otherwise, 2 bad flags, 130 interrupted.`;

interface Row {
  entry: string;
  verdict: Verdict;
  failed: string[];
  /** Why an inconclusive run could not answer. */
  inconclusive?: string;
  runDir: string;
  k6ExitCode: number | null;
  error?: string;
}

function printTable(rows: Row[]): void {
  const width = Math.max(5, ...rows.map((r) => r.entry.length));
  console.log(`\n${'entry'.padEnd(width)}  ${'result'.padEnd(17)}  failed thresholds / error`);
  for (const row of rows) {
    const detail = row.error ?? (row.failed.join('; ') || row.inconclusive || '-');
    console.log(`${row.entry.padEnd(width)}  ${row.verdict.padEnd(17)}  ${detail}`);
  }
  for (const row of rows) console.log(`reports of ${row.entry}: ${row.runDir}`);
}

function exitCodeOf(rows: Row[]): number {
  if (rows.some((r) => r.verdict === 'interrupted')) return 130;
  // k6's own error code (e.g. 107 script exception, 108 setup aborted) says more than 1 does.
  const k6Error = rows.find(
    (r) => r.verdict === 'error' && r.k6ExitCode !== null && r.k6ExitCode !== 0 && r.k6ExitCode !== 99,
  );
  if (k6Error) return k6Error.k6ExitCode!;
  if (rows.some((r) => r.verdict === 'error')) return 1;
  if (rows.some((r) => r.verdict === 'thresholds failed' || r.verdict === 'regression')) return 99;
  return 0;
}

/** Each entry's settings: the flags', then those that fit it into --max-duration. */
function entryEnv(entry: string, parsed: CommandLine): Record<string, string> {
  return {
    ...parsed.env,
    ...(parsed.maxDurationS === undefined ? {} : (fitToDuration(entry, parsed.maxDurationS) ?? {})),
  };
}

/** Prints what each entry will take before anything starts; a k6 that cannot size an entry is an error of that entry, found later. */
function printPlan(parsed: CommandLine): void {
  let k6: string;
  try {
    buildIfStale();
    k6 = resolveK6();
  } catch {
    return; // runEntry reports a missing k6 or a failed build with the whole story
  }
  const plan = parsed.entries.map((entry) =>
    planEntry(k6, entry, {
      ...process.env,
      ...entryEnv(entry, parsed),
      ...(parsed.baseUrl ? { BASE_URL: parsed.baseUrl } : {}),
    }),
  );
  console.log(planText(plan, parsed.maxDurationS));
}

/** The runner's command line, for `npm run perf` and (with --suite load) `npm run load`. */
export async function main(argv: string[], command = 'npm run perf'): Promise<number> {
  // --interactive: the page of npm run ui instead of a suite (its flags: --host, --port, ...).
  if (argv.includes('--interactive')) {
    const { runUi } = await import('./ui.ts');
    return runUi(argv.filter((arg) => arg !== '--interactive'));
  }
  let parsed: CommandLine;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    console.error(`course-perf: ${(error as Error).message}\nRun '${command} -- --help' for the flags.`);
    return 2;
  }
  if (parsed.help) {
    console.log(
      command === 'npm run perf'
        ? HELP
        : HELP.replace('Usage: npm run perf -- [flags]', `Usage: ${command} -- [flags]   (npm run perf --suite load)`),
    );
    return 0;
  }
  printPlan(parsed);
  if (parsed.planOnly) return 0;
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => controller.abort());
  const rows: Row[] = [];
  for (const entry of parsed.entries) {
    if (controller.signal.aborted) break;
    console.log(`\n=== ${entry} ===`);
    const result = await runEntry({
      entry,
      env: entryEnv(entry, parsed),
      k6Args: parsed.quiet ? ['--quiet'] : [],
      baseUrl: parsed.baseUrl,
      demoFaults: parsed.faults,
      sidecar: parsed.sidecar,
      reportsRoot: parsed.reportsRoot,
      dashboardPort: parsed.dashboardPort,
      verbose: parsed.verbose,
      signal: controller.signal,
    });
    let verdict: Verdict = verdictOf(result.k6ExitCode, result.interrupted, result.error, result.inconclusive);
    const failed = [...(result.failedGates ?? []), ...failedThresholds(result.runDir)];
    if ((verdict === 'pass' || verdict === 'inconclusive') && result.failedGates?.length) verdict = 'thresholds failed';
    const resultsFile = join(result.runDir, 'results.json');
    const baselines = parsed.baselines.filter((b) => b.results.run.scenario === entry);
    if (parsed.baselines.length > 0 && baselines.length === 0)
      failed.push(`no --baseline run of ${entry} given: not compared`);
    // Compared also when thresholds failed: which metrics moved, and by how much, is what one wants to know then.
    if (baselines.length > 0 && (verdict === 'pass' || verdict === 'thresholds failed') && existsSync(resultsFile)) {
      try {
        const current = loadRun(result.runDir);
        const report = await compareRuns(baselines, current, parsed.compare);
        const outcome = comparisonOutcome(report);
        console.log(`\n${entry} against the baseline:\n${formatComparison(report)}\n\n${outcome.line}`);
        await writeComparison(current, report);
        if (outcome.code === 99 && verdict === 'pass') verdict = 'regression';
        failed.push(...outcome.failed);
      } catch (error) {
        verdict = 'error';
        result.error ??= `comparison with the baseline failed: ${(error as Error).message}`;
      }
    }
    rows.push({
      entry,
      verdict,
      failed,
      ...(result.inconclusive ? { inconclusive: result.inconclusive } : {}),
      runDir: result.runDir,
      k6ExitCode: result.k6ExitCode,
      error:
        result.error ??
        (result.k6ExitCode !== null && ![0, 99].includes(result.k6ExitCode)
          ? `k6 exited ${result.k6ExitCode}`
          : undefined),
    });
  }
  printTable(rows);
  return exitCodeOf(rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main(process.argv.slice(2));
