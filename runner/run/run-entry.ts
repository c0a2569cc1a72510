// Runs one k6 entry point end to end: builds if stale, starts the demo platform and the sidecar
// when no target is given, runs k6 with a fresh reports folder, writes the HTML report, and
// stops everything it started, whatever happens (k6 failing, Ctrl-C, a runner error).
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../lib/config/config.ts';
import type { LoadShape } from '../../lib/report/results.ts';
import type { SourceOptions } from '../../sidecar/options.ts';
import { startSidecar } from '../../sidecar/process.ts';
import { freeLoopbackPort, startDashboardProxy } from '../dashboard/dashboard-proxy.ts';
import { buildIfStale, ROOT } from '../k6/build-if-stale.ts';
import { k6Version, resolveK6 } from '../k6/k6-binary.ts';
import { readServerSeries, writeHtmlReport } from '../report/html-report.ts';
import { recordScaling } from '../report/scaling-report.ts';
import { type DemoPlatform, startDemoPlatform } from './demo-process.ts';
import { newRunDir } from './run-dir.ts';
import { outsideLoadText } from './server-phases.ts';
import { absoluteUsersFile, demoPoolFor } from './user-pool.ts';

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
  /** Runs after k6 exits and before the runner completes results.json and writes report.html. */
  beforeReports?: (runDir: string) => void;
}

export { newRunDir };

export interface RunResult {
  entry: string;
  runDir: string;
  /** k6's exit code (0 pass, 99 thresholds failed, others: errors), or null when k6 never ran. */
  k6ExitCode: number | null;
  interrupted: boolean;
  /** Gates the runner evaluates after k6 (the resource-scaling slopes) that failed: a threshold failure, like k6's 99. */
  failedGates?: string[];
  error?: string;
}

function gitCommit(): string | undefined {
  const result = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * Runs k6 with stdout on the terminal (progress and summary, in colour on a TTY) and stderr, where
 * k6 logs errors and aborts, both on the terminal and in the run folder's k6.log.
 */
function runK6(
  binary: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string | undefined,
  signal?: AbortSignal,
): Promise<{ code: number | null; interrupted: boolean }> {
  return new Promise((done, failed) => {
    const child = spawn(binary, args, { cwd: ROOT, env, stdio: ['inherit', 'inherit', 'pipe'] });
    const log = logFile ? createWriteStream(logFile) : undefined;
    child.stderr!.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      log?.write(chunk);
    });
    child.on('close', () => log?.end());
    let interrupted = false;
    // k6 treats SIGINT as Ctrl-C: it stops the VUs, runs teardown and handleSummary, and exits.
    const stop = () => {
      interrupted = true;
      child.kill('SIGINT');
    };
    signal?.addEventListener('abort', stop, { once: true });
    child.on('error', failed);
    child.on('exit', (code) => {
      signal?.removeEventListener('abort', stop);
      done({ code, interrupted });
    });
  });
}

/** The message of one k6 log line (logfmt `msg="..."` or plain text), quotes unescaped. */
function logMessage(line: string): string {
  const quoted = /msg="((?:[^"\\]|\\.)*)"/.exec(line);
  return (quoted ? quoted[1]!.replace(/\\(.)/g, '$1') : line.replace(/^.*msg=/, '')).trim();
}

/** What happened to the run, as k6's exit code and its log say. */
export function outcomeOf(
  code: number | null,
  interrupted: boolean,
  k6Log: string,
): { outcome: string; reason: string | null } {
  if (interrupted)
    return { outcome: 'interrupted', reason: 'stopped by SIGINT/SIGTERM; figures cover the part that ran' };
  // The whole log line that says why (which thresholds crossed, or the abort message), without k6's log prefix.
  const aborted = k6Log.split('\n').find((line) => /abortOnFail|test aborted|stopping test prematurely/i.test(line));
  if (aborted) return { outcome: 'aborted', reason: logMessage(aborted) };
  if (code === 103)
    return {
      outcome: 'stopped',
      reason: "stopped through k6's REST API (e.g. Stop on the npm run ui page); figures cover the part that ran",
    };
  if (code === 0) return { outcome: 'completed', reason: null };
  if (code === 99) return { outcome: 'thresholds failed', reason: null };
  return { outcome: 'error', reason: `k6 exited ${code}` };
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

/** Adds k6's exit code, the run's outcome and its load shape to results.json and summary.md (k6 wrote them before it knew). */
function recordOutcome(runDir: string, result: RunResult, load: LoadShape | undefined): void {
  const resultsFile = join(runDir, 'results.json');
  if (!existsSync(resultsFile)) return;
  const log = existsSync(join(runDir, 'k6.log')) ? readFileSync(join(runDir, 'k6.log'), 'utf8') : '';
  const { outcome, reason } = outcomeOf(result.k6ExitCode, result.interrupted, log);
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  results.run = {
    ...results.run,
    k6_exit_code: result.k6ExitCode,
    outcome,
    ...(reason ? { outcome_reason: reason } : {}),
    ...(load ? { load } : {}),
  };
  writeFileSync(`${resultsFile}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
  renameSync(`${resultsFile}.tmp`, resultsFile); // never a half-written results.json
  const markdown = join(runDir, 'summary.md');
  if (outcome !== 'completed' && existsSync(markdown)) {
    writeFileSync(markdown, `> **Run ${outcome}**${reason ? `: ${reason}` : ''}\n\n${readFileSync(markdown, 'utf8')}`);
  }
}

export async function runEntry(options: RunOptions): Promise<RunResult> {
  const { entry } = options;
  const reportsRoot = options.reportsRoot ?? process.env.PERFORMANCE_REPORTS_DIR ?? join(ROOT, 'reports');
  let runDir: string | undefined;
  let reportsError: string | undefined;
  try {
    runDir = newRunDir(reportsRoot, entry);
  } catch (error) {
    // Still run and print the console summary; say plainly that no report files were written.
    reportsError = `cannot create a run folder under ${reportsRoot} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): no report files were written, only the console summary`;
    process.stderr.write(`course-perf: ${reportsError}\n`);
  }
  const result: RunResult = {
    entry,
    runDir: runDir ?? '(none)',
    k6ExitCode: null,
    interrupted: false,
    ...(reportsError ? { error: reportsError } : {}),
  };
  const cleanups: (() => Promise<unknown>)[] = [];
  let platform: DemoPlatform | undefined;
  try {
    buildIfStale();
    const k6 = resolveK6();
    let baseUrl = options.baseUrl;
    let demoUsers: string | undefined;
    if (!baseUrl) {
      demoUsers = demoPoolFor(k6, entry, { ...process.env, ...options.env });
      platform = await startDemoPlatform({
        faults: options.demoFaults,
        ...(demoUsers ? { env: { DEMO_USERS: demoUsers } } : {}),
      });
      cleanups.push(() => platform!.stop());
      baseUrl = platform.url;
    }
    let sidecarUrl: string | undefined;
    const sidecarTarget =
      options.sidecar === undefined ? (platform ? { pid: platform.pid } : undefined) : options.sidecar || undefined;
    if (sidecarTarget) {
      const sidecar = await startSidecar({ ...sidecarTarget, ...(runDir ? { reportsDir: runDir } : {}) });
      cleanups.push(() => sidecar.stop());
      sidecarUrl = sidecar.url;
    }
    // k6's dashboard listens on a private loopback port; people open the proxy, which lets go of
    // open tabs when the test ends so k6 never waits for a browser (see dashboard-proxy.ts).
    let dashboardUpstreamPort: number | undefined;
    if (options.dashboardPort !== undefined) {
      const upstreamPort = await freeLoopbackPort();
      try {
        const proxy = await startDashboardProxy({
          host: '127.0.0.1',
          port: options.dashboardPort,
          upstreamPort,
          onReleased: (streams) =>
            process.stderr.write(
              `course-perf: the test has ended; closed ${streams} open web dashboard connection${streams === 1 ? '' : 's'} so k6 writes its reports and exits without waiting for the browser${runDir ? ` (the dashboard is kept as ${join(runDir, 'dashboard.html')})` : ''}\n`,
            ),
        });
        cleanups.push(() => proxy.close());
        dashboardUpstreamPort = upstreamPort;
        process.stderr.write(`course-perf: k6 web dashboard on ${proxy.url}\n`);
      } catch (error) {
        // As k6 does with its own busy default port: the run goes on without the dashboard.
        process.stderr.write(
          `course-perf: the web dashboard cannot listen on 127.0.0.1:${options.dashboardPort} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): running without it\n`,
        );
      }
    }
    if (options.signal?.aborted) throw new Error('interrupted before k6 started');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.env,
      BASE_URL: baseUrl,
      ...(demoUsers ? { DEMO_USERS: demoUsers } : {}),
      ...(absoluteUsersFile({ ...process.env, ...options.env })
        ? { PERFORMANCE_USERS_FILE: absoluteUsersFile({ ...process.env, ...options.env }) }
        : {}),
      ...(runDir ? { REPORTS_DIR: runDir } : {}),
      RUN_TARGET: baseUrl,
      RUN_K6_VERSION: k6Version(k6) ?? '',
      RUN_GIT_COMMIT: gitCommit() ?? '',
      RUN_STARTED_AT: new Date().toISOString(),
      ...(sidecarUrl ? { SIDECAR_URL: sidecarUrl } : {}),
      ...(dashboardUpstreamPort !== undefined
        ? {
            K6_WEB_DASHBOARD: 'true',
            K6_WEB_DASHBOARD_HOST: '127.0.0.1', // k6's own default is every interface
            K6_WEB_DASHBOARD_PORT: String(dashboardUpstreamPort),
            K6_WEB_DASHBOARD_OPEN: 'false',
            ...(runDir ? { K6_WEB_DASHBOARD_EXPORT: join(runDir, 'dashboard.html') } : {}),
          }
        : {}),
    };
    const out = runDir ? ['--out', `json=${join(runDir, 'metrics.json.gz')}`] : [];
    const args = ['run', ...out, ...(options.k6Args ?? []), join('dist', `${entry}.js`)];
    const k6Running = runK6(k6, args, env, runDir ? join(runDir, 'k6.log') : undefined, options.signal);
    options.onStarted?.({ runDir, baseUrl, sidecarUrl });
    const k6Run = await k6Running;
    result.k6ExitCode = k6Run.code;
    result.interrupted = k6Run.interrupted;
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
    result.interrupted ||= options.signal?.aborted ?? false;
  } finally {
    // Stop in reverse order: the sidecar writes its series before the platform goes away.
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    if (options.verbose && platform && result.k6ExitCode !== 0) process.stderr.write(platform.logs());
  }
  if (result.k6ExitCode !== null && runDir) {
    try {
      options.beforeReports?.(runDir);
      recordOutcome(runDir, result, loadShapeOf({ ...process.env, ...options.env }));
      // After k6's summary, whose server figures cover the load only: what setup and teardown cost.
      const outside = outsideLoadText(readServerSeries(join(runDir, 'server-resources.json')).samples);
      if (outside) console.log(`\n  ${outside}\n`);
      const scaling = await recordScaling(runDir, { ...process.env, ...options.env });
      const failedGates = scaling?.gates.filter((gate) => !gate.ok) ?? [];
      if (failedGates.length > 0) result.failedGates = failedGates.map((gate) => `${gate.metric} ${gate.expression}`);
      await writeHtmlReport(runDir);
    } catch (error) {
      result.error ??= `the reports could not be finished (scaling, report.html): ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return result;
}
