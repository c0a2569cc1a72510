// npm run perf -- --suite all|<entry>[,<entry>...] [flags]: the suite runner. Says up front what each
// entry will take, runs the chosen entries one after another (each with its own reports folder),
// prints one closing table, and exits 0 when all passed, 99 when a threshold failed, k6's own code
// when k6 failed, 1 on another error, 2 on bad flags, 130 when interrupted. `npm run load` is this
// with --suite load (runner/cli/load.ts).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseConfig } from '../../lib/config/config.ts';
import {
  type CompareOptions,
  compareRuns,
  comparisonOutcome,
  formatComparison,
  type LoadedRun,
  loadRun,
} from '../compare/compare.ts';
import { buildIfStale } from '../k6/build-if-stale.ts';
import { resolveK6 } from '../k6/k6-binary.ts';
import { writeComparison } from '../report/comparison-report.ts';
import { scalingGates } from '../report/scaling-report.ts';
import { runEntry } from '../run/run-entry.ts';
import { fitToDuration, inspectEntry, planText } from '../run/run-plan.ts';
import { failedThresholds, type Verdict, verdictOf } from '../run/run-verdict.ts';
import { COMPARE_FLAGS_HELP, COMPARE_PARSE_OPTIONS, parseCompareFlags } from './compare-flags.ts';
import { parseSidecarFlags, SIDECAR_FLAGS, SIDECAR_HELP } from './sidecar-flags.ts';

export const ENTRIES = ['api', 'load', 'ramp-up', 'spike', 'soak', 'concurrent', 'generation', 'breakpoint'] as const;
const SELECTABLE = ['all', 'smoke', ...ENTRIES];

const HELP = `Usage: npm run perf -- [flags]

Runs course-perf entry points with k6 and prints one verdict per entry.
Without --base-url (or BASE_URL) it starts the demo platform and the resource sidecar itself.

  --suite NAMES            all, smoke, or comma-separated entries: ${ENTRIES.join(', ')} (default: load)
  --duration SECONDS       hold time of the load (PERFORMANCE_TEST_DURATION, default 60; not soak's length)
  --max-duration SECONDS   fit every entry that can be shortened into about SECONDS of load (soak, spike,
                           breakpoint and ramps included; the plan printed first says what each will take)
  --concurrent-users N     peak virtual users (PERFORMANCE_CONCURRENT_USERS, default 100)
  --api-timeout SECONDS    per-request timeout (PERFORMANCE_API_TIMEOUT, default 30)
  --memory-limit MB        server memory gate: peak below MB (PERFORMANCE_MEMORY_LIMIT, default 1024)
  --cpu-limit PERCENT      server CPU gate: p95 at most PERCENT of its CPUs (PERFORMANCE_CPU_LIMIT, default 80;
                           100 measures CPU without gating it)
  --base-url URL           the platform to test (BASE_URL); non-loopback hosts need PERFORMANCE_ALLOWED_HOSTS
  --faults SPEC            DEMO_FAULTS for the started demo platform (see demo-platform/README.md)
${SIDECAR_HELP}
  --reports-dir DIR        where run folders go (PERFORMANCE_REPORTS_DIR, default: reports)
  --dashboard              serve k6's web dashboard on 127.0.0.1:5665 during each run
  --dashboard-port PORT    ... on this port instead
  --baseline RUN           compare each entry with this earlier run of the same entry (a run folder or its
                           results.json); repeat it for several baselines (their spread is the noise estimate)
${COMPARE_FLAGS_HELP.split('\n')
  .map((line) => line.replace(/^ {2}(\S+(?: [A-Z]+)?)\s+/, (_, flag: string) => `  ${flag.padEnd(25)}`))
  .join('\n')}
  --reseed                 make the kept dataset anew (PERFORMANCE_DATASET_RESEED=true)
  --verbose                print the demo platform's logs when an entry fails
  --plan                   print what each entry would take (k6's own bound and VUs) and exit without running
  --quiet                  no k6 progress bars (always so when stdout is not a terminal: CI logs get the summary)
  --interactive            serve the page to start, steer and stop a run instead (npm run ui; --help there)
  -h, --help               this text

Exit codes: 0 all passed, 99 a threshold failed or a metric regressed vs --baseline (or was inconclusive, with
--inconclusive fail), 97-110 or 255 k6's own error code (e.g. 107 script exception, 108 setup aborted), 1 an
entry could not run otherwise, 2 bad flags, 130 interrupted.`;

class UsageError extends Error {}

function wholeNumber(flag: string, value: string | undefined, min: number, max: number): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`--${flag} ${JSON.stringify(value)}: expected a whole number from ${min} to ${max}`);
  }
  return value;
}

function parseSuite(value: string): string[] {
  const names = value.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!SELECTABLE.includes(name))
      throw new UsageError(`--suite ${JSON.stringify(name)}: expected one of ${SELECTABLE.join(', ')}`);
  }
  return names.includes('all') ? [...ENTRIES] : names;
}

function parseCommandLine(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      suite: { type: 'string', default: 'load' },
      duration: { type: 'string' },
      'max-duration': { type: 'string' },
      'concurrent-users': { type: 'string' },
      'api-timeout': { type: 'string' },
      'memory-limit': { type: 'string' },
      'cpu-limit': { type: 'string' },
      'base-url': { type: 'string' },
      faults: { type: 'string' },
      ...SIDECAR_FLAGS,
      'reports-dir': { type: 'string' },
      dashboard: { type: 'boolean', default: false },
      'dashboard-port': { type: 'string' },
      baseline: { type: 'string', multiple: true },
      ...COMPARE_PARSE_OPTIONS,
      verbose: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      plan: { type: 'boolean', default: false },
      reseed: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const env: Record<string, string> = {};
  const set = (name: string, value: string | undefined) => value !== undefined && (env[name] = value);
  set('PERFORMANCE_TEST_DURATION', wholeNumber('duration', values.duration, 1, 7 * 24 * 3600));
  set('PERFORMANCE_CONCURRENT_USERS', wholeNumber('concurrent-users', values['concurrent-users'], 1, 100_000));
  set('PERFORMANCE_API_TIMEOUT', wholeNumber('api-timeout', values['api-timeout'], 1, 3600));
  set('PERFORMANCE_MEMORY_LIMIT', wholeNumber('memory-limit', values['memory-limit'], 1, 1_048_576));
  set('PERFORMANCE_CPU_LIMIT', wholeNumber('cpu-limit', values['cpu-limit'], 1, 100));
  if (values.reseed) set('PERFORMANCE_DATASET_RESEED', 'true');
  const baseUrl = values['base-url'] ?? (process.env.BASE_URL || undefined);
  if (baseUrl !== undefined) set('BASE_URL', baseUrl);
  // The k6-side validation, run here too, so a bad value (flag or env) stops us before anything starts.
  try {
    parseConfig({ ...process.env, ...env });
    scalingGates(process.env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  let sidecar: ReturnType<typeof parseSidecarFlags>;
  try {
    sidecar = parseSidecarFlags(values, baseUrl);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  let baselines: LoadedRun[] = [];
  let compare: CompareOptions;
  try {
    baselines = (values.baseline ?? []).map(loadRun);
    compare = parseCompareFlags(values);
  } catch (error) {
    throw new UsageError(
      `${values.baseline && !(error as Error).message.startsWith('--') ? '--baseline ' : ''}${(error as Error).message}`,
    );
  }
  const maxDurationS =
    values['max-duration'] === undefined
      ? undefined
      : Number(wholeNumber('max-duration', values['max-duration'], 10, 7 * 24 * 3600));
  const dashboardPort =
    values.dashboard || values['dashboard-port'] !== undefined
      ? Number(wholeNumber('dashboard-port', values['dashboard-port'] ?? '5665', 1, 65535))
      : undefined;
  return {
    help: values.help,
    entries: parseSuite(values.suite),
    env,
    baseUrl,
    faults: values.faults ?? process.env.DEMO_FAULTS,
    sidecar,
    reportsRoot: values['reports-dir'],
    dashboardPort,
    verbose: values.verbose,
    // k6 prints its progress bars every second where stdout is no terminal: thousands of lines in a CI log.
    quiet: values.quiet || !process.stdout.isTTY,
    maxDurationS,
    planOnly: values.plan,
    baselines,
    compare,
  };
}

interface Row {
  entry: string;
  verdict: Verdict;
  failed: string[];
  runDir: string;
  k6ExitCode: number | null;
  error?: string;
}

function printTable(rows: Row[]): void {
  const width = Math.max(5, ...rows.map((r) => r.entry.length));
  console.log(`\n${'entry'.padEnd(width)}  ${'result'.padEnd(17)}  failed thresholds / error`);
  for (const row of rows) {
    const detail = row.error ?? (row.failed.join('; ') || '-');
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
function entryEnv(entry: string, parsed: ReturnType<typeof parseCommandLine>): Record<string, string> {
  return {
    ...parsed.env,
    ...(parsed.maxDurationS === undefined ? {} : (fitToDuration(entry, parsed.maxDurationS) ?? {})),
  };
}

/** Prints what each entry will take before anything starts; a k6 that cannot size an entry is an error of that entry, found later. */
function printPlan(parsed: ReturnType<typeof parseCommandLine>): void {
  let k6: string;
  try {
    buildIfStale();
    k6 = resolveK6();
  } catch {
    return; // runEntry reports a missing k6 or a failed build with the whole story
  }
  const plan = parsed.entries.map((entry) =>
    inspectEntry(k6, entry, {
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
  let parsed: ReturnType<typeof parseCommandLine>;
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
    let verdict: Verdict = verdictOf(result.k6ExitCode, result.interrupted, result.error);
    const failed = [...(result.failedGates ?? []), ...failedThresholds(result.runDir)];
    if (verdict === 'pass' && result.failedGates?.length) verdict = 'thresholds failed';
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
