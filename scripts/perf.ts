// npm run perf -- --suite all|<entry>[,<entry>...] [flags]: the suite runner. Runs the chosen entries
// one after another (each with its own reports folder), prints one closing table, and exits
// 0 when all passed, 99 when a threshold failed, 1 on an error, 130 when interrupted.
import { parseArgs } from 'node:util';
import { parseConfig } from '../lib/config/config.ts';
import { runEntry } from './lib/run-entry.ts';
import { parseSidecarFlags, SIDECAR_FLAGS, SIDECAR_HELP } from './lib/sidecar-flags.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compareRuns, formatComparison, loadRun, type CompareOptions, type LoadedRun } from './lib/compare.ts';
import { COMPARE_FLAGS_HELP, parseCompareFlags } from './lib/compare-flags.ts';
import { writeComparison } from './lib/comparison-report.ts';
import { failedThresholds, verdictOf, type Verdict } from './lib/run-verdict.ts';

export const ENTRIES = ['api', 'load', 'ramp-up', 'spike', 'soak', 'concurrent', 'generation', 'breakpoint'] as const;
const SELECTABLE = ['all', 'smoke', ...ENTRIES];

const HELP = `Usage: npm run perf -- [flags]

Runs course-perf entry points with k6 and prints one verdict per entry.
Without --base-url (or BASE_URL) it starts the demo platform and the resource sidecar itself.

  --suite NAMES            all, smoke, or comma-separated entries: ${ENTRIES.join(', ')} (default: load)
  --duration SECONDS       hold time of the load (PERFORMANCE_TEST_DURATION, default 60)
  --concurrent-users N     peak virtual users (PERFORMANCE_CONCURRENT_USERS, default 100)
  --api-timeout SECONDS    per-request timeout (PERFORMANCE_API_TIMEOUT, default 30)
  --memory-limit MB        server memory gate (PERFORMANCE_MEMORY_LIMIT, default 1024)
  --cpu-limit PERCENT      server CPU gate (PERFORMANCE_CPU_LIMIT, default 80)
  --base-url URL           the platform to test (BASE_URL); non-loopback hosts need PERFORMANCE_ALLOWED_HOSTS
  --faults SPEC            DEMO_FAULTS for the started demo platform (see demo-platform/README.md)
${SIDECAR_HELP}
  --reports-dir DIR        where run folders go (default: reports)
  --dashboard              serve k6's web dashboard on 127.0.0.1:5665 during each run
  --dashboard-port PORT    ... on this port instead
  --baseline RUN           compare each entry with this earlier run of the same entry (a run folder or its
                           results.json); repeat it for several baselines (their spread is the noise estimate)
${COMPARE_FLAGS_HELP.split('\n').map((line) => line.replace(/^ {2}(\S+(?: [A-Z]+)?)\s+/, (_, flag: string) => `  ${flag.padEnd(25)}`)).join('\n')}
  --verbose                print the demo platform's logs when an entry fails
  --interactive            serve the page to start, steer and stop a run instead (npm run ui; --help there)
  -h, --help               this text

Exit codes: 0 all passed, 99 a threshold failed or a metric regressed vs --baseline, 1 an entry could not run,
2 bad flags, 130 interrupted.`;

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
    if (!SELECTABLE.includes(name)) throw new UsageError(`--suite ${JSON.stringify(name)}: expected one of ${SELECTABLE.join(', ')}`);
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
      'concurrent-users': { type: 'string' },
      'api-timeout': { type: 'string' },
      'memory-limit': { type: 'string' },
      'cpu-limit': { type: 'string' },
      'base-url': { type: 'string' },
      faults: { type: 'string' },
      ...SIDECAR_FLAGS,
      'reports-dir': { type: 'string', default: 'reports' },
      dashboard: { type: 'boolean', default: false },
      'dashboard-port': { type: 'string' },
      baseline: { type: 'string', multiple: true },
      tolerance: { type: 'string', default: '10' },
      'min-ms': { type: 'string', default: '2' },
      'min-rate': { type: 'string', default: '0.5' },
      seed: { type: 'string', default: '1' },
      resamples: { type: 'string', default: '2000' },
      'allow-mismatch': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
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
  const baseUrl = values['base-url'] ?? (process.env.BASE_URL || undefined);
  if (baseUrl !== undefined) set('BASE_URL', baseUrl);
  // The k6-side validation, run here too, so a bad value (flag or env) stops us before anything starts.
  try {
    parseConfig({ ...process.env, ...env });
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
    throw new UsageError(`${values.baseline && !(error as Error).message.startsWith('--') ? '--baseline ' : ''}${(error as Error).message}`);
  }
  const dashboardPort = values.dashboard || values['dashboard-port'] !== undefined ? Number(wholeNumber('dashboard-port', values['dashboard-port'] ?? '5665', 1, 65535)) : undefined;
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
    baselines,
    compare,
  };
}

interface Row {
  entry: string;
  verdict: Verdict;
  failed: string[];
  runDir: string;
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
  if (rows.some((r) => r.verdict === 'error')) return 1;
  if (rows.some((r) => r.verdict === 'thresholds failed' || r.verdict === 'regression')) return 99;
  return 0;
}

async function main(): Promise<number> {
  // --interactive: the page of npm run ui instead of a suite (its flags: --host, --port, ...).
  if (process.argv.includes('--interactive')) {
    const { runUi } = await import('./ui.ts');
    return runUi(process.argv.slice(2).filter((arg) => arg !== '--interactive'));
  }
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    console.error(`course-perf: ${(error as Error).message}\nRun 'npm run perf -- --help' for the flags.`);
    return 2;
  }
  if (parsed.help) {
    console.log(HELP);
    return 0;
  }
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => controller.abort());
  const rows: Row[] = [];
  for (const entry of parsed.entries) {
    if (controller.signal.aborted) break;
    console.log(`\n=== ${entry} ===`);
    const result = await runEntry({
      entry,
      env: parsed.env,
      baseUrl: parsed.baseUrl,
      demoFaults: parsed.faults,
      sidecar: parsed.sidecar,
      reportsRoot: parsed.reportsRoot,
      dashboardPort: parsed.dashboardPort,
      verbose: parsed.verbose,
      signal: controller.signal,
    });
    let verdict: Verdict = verdictOf(result.k6ExitCode, result.interrupted, result.error);
    const failed = failedThresholds(result.runDir);
    const resultsFile = join(result.runDir, 'results.json');
    const baselines = parsed.baselines.filter((b) => b.results.run.scenario === entry);
    if (parsed.baselines.length > 0 && baselines.length === 0) failed.push(`no --baseline run of ${entry} given: not compared`);
    // Compared also when thresholds failed: which metrics moved, and by how much, is what one wants to know then.
    if (baselines.length > 0 && (verdict === 'pass' || verdict === 'thresholds failed') && existsSync(resultsFile)) {
      try {
        const current = loadRun(result.runDir);
        const report = await compareRuns(baselines, current, parsed.compare);
        console.log(`\n${entry} against the baseline:\n${formatComparison(report)}`);
        await writeComparison(current, report);
        const regressions = report.rows.filter((r) => r.verdict === 'regressed');
        if (regressions.length > 0 && verdict === 'pass') verdict = 'regression';
        if (regressions.length > 0) {
          failed.push(...regressions.map((r) => `${r.metric} ${r.stat} regressed vs baseline`));
        }
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
      error: result.error ?? (result.k6ExitCode !== null && ![0, 99].includes(result.k6ExitCode) ? `k6 exited ${result.k6ExitCode}` : undefined),
    });
  }
  printTable(rows);
  return exitCodeOf(rows);
}

process.exitCode = await main();
