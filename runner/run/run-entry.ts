// Runs one k6 entry point end to end: builds if stale, starts the demo platform and the sidecar
// when no target is given, runs k6 with a fresh reports folder, finishes the run's reports
// (runner/finish/finish-run.ts), and stops everything it started, whatever happens (k6 failing,
// Ctrl-C, a runner error).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../lib/config/config.ts';
import type { InteractiveResult, LoadShape, RunMeta } from '../../lib/report/results.ts';
import type { SourceOptions } from '../../sidecar/options.ts';
import { runConfirmation, sweepExitCode, withoutSweepStop } from '../capacity/capacity-entry.ts';
import { finishRun } from '../finish/finish-run.ts';
import { historySection } from '../history/history-section.ts';
import { buildIfStale, ROOT } from '../k6/build-if-stale.ts';
import { k6Version, resolveK6 } from '../k6/k6-binary.ts';
import { capacityInconclusive, capacityText } from '../report/capacity-report.ts';
import { readServerSeries } from '../report/html-report.ts';
import { scalingConsoleText } from '../report/scaling-report.ts';
import { runK6 } from './k6-process.ts';
import { MACHINE_CPU_FILE, watchMachineCpu } from './machine-cpu.ts';
import { newRunDir } from './run-dir.ts';
import { type Services, type Started, startServices } from './run-services.ts';
import { outsideLoadText } from './server-phases.ts';
import { absoluteUsersFile } from './user-pool.ts';

/** What the sidecar samples and how (its source flags, checked by sidecar/options.ts). */
export type SidecarTarget = SourceOptions;

export interface RunOptions {
  entry: string;
  /** Extra k6 arguments, passed through as given. */
  k6Args?: string[];
  /** Environment for k6 on top of the runner's own (e.g. PERFORMANCE_TEST_DURATION). */
  env?: Record<string, string>;
  /** The platform to test; without it the demo platform is started on a free loopback port. */
  baseUrl?: string;
  /** DEMO_FAULTS for a started demo platform. */
  demoFaults?: string;
  /** What the sidecar samples: the started demo platform by default, or a given process/cgroup/endpoint; false for none. */
  sidecar?: SidecarTarget | false;
  reportsRoot?: string;
  /** Serve k6's web dashboard on 127.0.0.1:<port> during the run. */
  dashboardPort?: number;
  /** Print the platform's and sidecar's logs when the run fails. */
  verbose?: boolean;
  /** Aborting this stops k6 (as Ctrl-C would), then everything else. */
  signal?: AbortSignal;
  /** Told when k6 has been started: where the run writes and what it targets. */
  onStarted?: (run: { runDir: string | undefined; baseUrl: string; sidecarUrl: string | undefined }) => void;
  /** An interactive run's timeline, asked for after k6 exits, for the finished Results. */
  interactive?: () => InteractiveResult;
}

export interface RunResult {
  entry: string;
  runDir: string;
  /** k6's exit code (0 pass, 99 thresholds failed, others: errors), or null when k6 never ran. */
  k6ExitCode: number | null;
  interrupted: boolean;
  /** Gates the runner evaluates after k6 (the resource-scaling slopes) that failed: a threshold failure, like k6's 99. */
  failedGates?: string[];
  /** Why the run could not answer its question (a capacity fit refused): said in the closing table, never a pass. */
  inconclusive?: string;
  error?: string;
}

function gitCommit(): string | undefined {
  const result = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/** The load shape asked for (the same settings k6 validates), so compare can refuse runs of another shape; undefined when the settings do not parse. */
function loadShapeOf(env: Record<string, string | undefined>): LoadShape | undefined {
  try {
    const config = parseConfig(env);
    return {
      concurrent_users: config.concurrentUsers,
      duration_s: config.durationS,
      ramp_up_s: config.rampUpS,
      ramp_down_s: config.rampDownS,
      user_weights: `${config.weights.regular}/${config.weights.power}/${config.weights.admin}`,
      think_time_s: `${config.thinkTimeS.min}-${config.thinkTimeS.max}`,
    };
  } catch {
    return undefined;
  }
}

/** k6's environment: the runner's, the options', the target, the run folder and the run's facts for results.json. */
function k6Env(options: RunOptions, k6: string, runDir: string | undefined, services: Services): NodeJS.ProcessEnv {
  const usersFile = absoluteUsersFile({ ...process.env, ...options.env });
  return {
    ...process.env,
    ...options.env,
    BASE_URL: services.baseUrl,
    ...(services.demoUsers ? { DEMO_USERS: services.demoUsers } : {}),
    ...(services.datasetMadeByPlatform ? { PERFORMANCE_DATASET_MADE_BY_PLATFORM: 'true' } : {}),
    ...(usersFile ? { PERFORMANCE_USERS_FILE: usersFile } : {}),
    ...(runDir ? { REPORTS_DIR: runDir } : {}),
    RUN_TARGET: services.baseUrl,
    RUN_K6_VERSION: k6Version(k6) ?? '',
    RUN_GIT_COMMIT: gitCommit() ?? '',
    RUN_STARTED_AT: new Date().toISOString(),
    ...(services.sidecarUrl ? { SIDECAR_URL: services.sidecarUrl } : {}),
    ...(services.dashboardUpstreamPort !== undefined
      ? {
          K6_WEB_DASHBOARD: 'true',
          K6_WEB_DASHBOARD_HOST: '127.0.0.1', // k6's own default is every interface
          K6_WEB_DASHBOARD_PORT: String(services.dashboardUpstreamPort),
          K6_WEB_DASHBOARD_OPEN: 'false',
          ...(runDir ? { K6_WEB_DASHBOARD_EXPORT: join(runDir, 'dashboard.html') } : {}),
        }
      : {}),
  };
}

/** What results.json's run says when k6 wrote no summary: the facts the runner gave k6. */
function metaOf(entry: string, env: NodeJS.ProcessEnv): RunMeta {
  const orNull = (value: string | undefined) => value || null;
  return {
    scenario: entry,
    profile: orNull(env.RUN_PROFILE),
    target: orNull(env.RUN_TARGET),
    k6_version: orNull(env.RUN_K6_VERSION),
    git_commit: orNull(env.RUN_GIT_COMMIT),
    started_at: orNull(env.RUN_STARTED_AT),
    finished_at: new Date().toISOString(),
  };
}

function readLog(runDir: string): string {
  const logFile = join(runDir, 'k6.log');
  return existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
}

/** Adds what is known after k6 to the run's Results and renders its reports; prints what setup and teardown cost and the resource scaling. */
async function finishReports(runDir: string, result: RunResult, options: RunOptions, env: NodeJS.ProcessEnv) {
  const log = readLog(runDir);
  const finished = await finishRun(runDir, {
    k6: {
      code: result.k6ExitCode,
      interrupted: result.interrupted,
      log: options.entry === 'capacity' ? withoutSweepStop(log) : log,
    },
    meta: metaOf(options.entry, env),
    load: loadShapeOf({ ...process.env, ...options.env }),
    ...(options.interactive ? { interactive: options.interactive() } : {}),
    scalingEnv: { ...process.env, ...options.env },
  });
  const { run } = finished.results;
  // k6's own reason, e.g. the first error it logged, for the closing table.
  if (run.outcome === 'error' && run.outcome_reason) result.error ??= run.outcome_reason;
  // After k6's summary, whose server figures cover the load only: what setup and teardown cost.
  const outside = outsideLoadText(readServerSeries(join(runDir, 'server-resources.json')).samples);
  if (outside) console.log(`\n  ${outside}\n`);
  if (finished.scaling) console.log(`\n${scalingConsoleText(finished.scaling)}\n`);
  const { capacity } = finished.results;
  if (capacity) console.log(`\n${capacityText(capacity)}\n`);
  const unanswered = capacity ? capacityInconclusive(capacity) : null;
  if (unanswered) result.inconclusive = unanswered;
  if (finished.results.history) console.log(`\n${historySection(finished.results.history, 'text')}\n`);
  if (finished.failedGates.length > 0) result.failedGates = finished.failedGates;
}

/** A fresh run folder under the reports root, or undefined (said on stderr and in the result) when none can be made. */
function openRunDir(options: RunOptions): { runDir: string | undefined; error?: string } {
  const reportsRoot = options.reportsRoot ?? process.env.PERFORMANCE_REPORTS_DIR ?? join(ROOT, 'reports');
  try {
    return { runDir: newRunDir(reportsRoot, options.entry) };
  } catch (error) {
    // Still run and print the console summary; say plainly that no report files were written.
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    const message = `cannot create a run folder under ${reportsRoot} (${why}): no report files were written, only the console summary`;
    process.stderr.write(`course-perf: ${message}\n`);
    return { runDir: undefined, error: message };
  }
}

export async function runEntry(options: RunOptions): Promise<RunResult> {
  const { runDir, error } = openRunDir(options);
  const result: RunResult = {
    entry: options.entry,
    runDir: runDir ?? '(none)',
    k6ExitCode: null,
    interrupted: false,
    ...(error ? { error } : {}),
  };
  const started: Started = { cleanups: [] };
  let env: NodeJS.ProcessEnv = {};
  try {
    buildIfStale();
    const k6 = resolveK6();
    const services = await startServices(k6, options, runDir, started);
    if (options.signal?.aborted) throw new Error('interrupted before k6 started');
    env = k6Env(options, k6, runDir, services);
    const out = runDir ? ['--out', `json=${join(runDir, 'metrics.json.gz')}`] : [];
    const args = ['run', ...out, ...(options.k6Args ?? []), join('dist', `${options.entry}.js`)];
    // A capacity sweep is judged against how busy k6's own machine was (runner/capacity/).
    const machine = options.entry === 'capacity' && runDir ? watchMachineCpu(join(runDir, MACHINE_CPU_FILE)) : null;
    const k6Running = runK6(k6, args, env, runDir ? join(runDir, 'k6.log') : undefined, options.signal);
    options.onStarted?.({ runDir, baseUrl: services.baseUrl, sidecarUrl: services.sidecarUrl });
    const k6Run = await k6Running.finally(() => machine?.stop());
    result.k6ExitCode = k6Run.code;
    result.interrupted = k6Run.interrupted;
    if (options.entry === 'capacity' && runDir && !k6Run.interrupted) {
      result.k6ExitCode = sweepExitCode(k6Run.code, readLog(runDir));
      if (result.k6ExitCode === 0) await runConfirmation(runDir, k6, env, options.signal);
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    result.interrupted ||= options.signal?.aborted ?? false;
  } finally {
    // Stop in reverse order: the sidecar writes its series before the platform goes away.
    for (const cleanup of started.cleanups.reverse()) await cleanup().catch(() => undefined);
    if (options.verbose && started.platform && result.k6ExitCode !== 0) process.stderr.write(started.platform.logs());
  }
  if (result.k6ExitCode !== null && runDir) {
    try {
      await finishReports(runDir, result, options, env);
    } catch (error) {
      result.error ??= `the reports could not be finished (scaling, report.html): ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return result;
}
