// npm run perf -- --suite all|<entry>[,<entry>...] [flags]: the suite runner. Runs the chosen entries
// one after another (each with its own reports folder), prints one closing table, and exits
// 0 when all passed, 99 when a threshold failed, 1 on an error, 130 when interrupted.
import { parseArgs } from 'node:util';
import { parseConfig } from '../lib/config/config.ts';
import { runEntry, type SidecarTarget } from './lib/run-entry.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Results } from '../lib/report/results.ts';
import { compareResults, formatComparison, loadResults } from './lib/compare.ts';
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
  --sidecar-pid PID        sample this process tree's CPU and memory
  --sidecar-match TEXT     ... the process whose command line contains TEXT
  --sidecar-cgroup PATH    ... this cgroup v2 directory
  --sidecar-prometheus URL ... this Prometheus /metrics endpoint
  --no-sidecar             measure no server resources
  --reports-dir DIR        where run folders go (default: reports)
  --dashboard              serve k6's web dashboard on 127.0.0.1:5665 during each run
  --dashboard-port PORT    ... on this port instead
  --baseline FILE          compare each entry's results.json with this one (a results.json of an earlier run)
  --tolerance PERCENT      how much worse a p95 or error rate may get before it is a regression (default 10)
  --reseed                 make the kept dataset anew (PERFORMANCE_DATASET_RESEED=true)
  --verbose                print the demo platform's logs when an entry fails
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
      'sidecar-pid': { type: 'string' },
      'sidecar-match': { type: 'string' },
      'sidecar-cgroup': { type: 'string' },
      'sidecar-prometheus': { type: 'string' },
      'no-sidecar': { type: 'boolean', default: false },
      'reports-dir': { type: 'string', default: 'reports' },
      dashboard: { type: 'boolean', default: false },
      'dashboard-port': { type: 'string' },
      baseline: { type: 'string' },
      tolerance: { type: 'string', default: '10' },
      verbose: { type: 'boolean', default: false },
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
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const sidecarChoices = (['sidecar-pid', 'sidecar-match', 'sidecar-cgroup', 'sidecar-prometheus'] as const).filter((flag) => values[flag] !== undefined);
  if (sidecarChoices.length > 1 || (sidecarChoices.length === 1 && values['no-sidecar'])) {
    throw new UsageError(`choose one sidecar source: ${[...sidecarChoices.map((f) => `--${f}`), ...(values['no-sidecar'] ? ['--no-sidecar'] : [])].join(' and ')} were given`);
  }
  let sidecar: SidecarTarget | false | undefined;
  if (values['no-sidecar']) sidecar = false;
  else if (values['sidecar-pid'] !== undefined) sidecar = { pid: Number(wholeNumber('sidecar-pid', values['sidecar-pid'], 1, 2 ** 22)) };
  else if (values['sidecar-match'] !== undefined) sidecar = { match: values['sidecar-match'] };
  else if (values['sidecar-cgroup'] !== undefined) sidecar = { cgroup: values['sidecar-cgroup'] };
  else if (values['sidecar-prometheus'] !== undefined) sidecar = { prometheus: values['sidecar-prometheus'] };
  else if (baseUrl !== undefined) sidecar = false; // someone else's platform: we cannot guess its process
  let baseline: Results | undefined;
  if (values.baseline !== undefined) {
    try {
      baseline = loadResults(values.baseline);
    } catch (error) {
      throw new UsageError(`--baseline ${(error as Error).message}`);
    }
  }
  if (!/^\d+(\.\d+)?$/.test(values.tolerance) || Number(values.tolerance) > 1000) throw new UsageError(`--tolerance ${JSON.stringify(values.tolerance)}: expected a percentage such as 10`);
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
    baseline,
    tolerance: Number(values.tolerance) / 100,
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
    if (parsed.baseline && verdict === 'pass' && existsSync(resultsFile)) {
      const comparison = compareResults(parsed.baseline, loadResults(resultsFile), { tolerance: parsed.tolerance });
      console.log(`\n${entry} against the baseline:\n${formatComparison(comparison, parsed.tolerance)}`);
      const regressions = comparison.filter((c) => c.regression);
      if (regressions.length > 0) {
        verdict = 'regression';
        failed.push(...regressions.map((r) => `${r.metric} ${r.stat} regressed vs baseline`));
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
