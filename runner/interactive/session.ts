// One interactive run at a time: starts it through the runner (runner/run/run-entry.ts: demo
// platform, sidecar, k6 and every report), steers its users (the VUs read `control()`), ramps at
// the spawn rate, reads the live figures from k6's REST API and the sidecar, and stops it.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { InteractiveResult } from '../../lib/report/results.ts';
import { freeLoopbackPort } from '../dashboard/dashboard-proxy.ts';
import { type RunResult, runEntry } from '../run/run-entry.ts';
import { type DashboardFollower, followDashboard } from './dashboard-stream.ts';
import { type K6Metric, K6Rest, type K6Status } from './k6-rest.ts';
import { lastSetupStep, phaseOf } from './run-phase.ts';
import { RunSeries } from './run-series.ts';
import { OPEN_ENDED_LIMIT_S, type StartInput } from './start-input.ts';
import { UserNumbers } from './user-numbers.ts';

export interface TimelinePoint {
  /** ISO time the count took effect. */
  at: string;
  users: number;
  paused: boolean;
}

export interface Live {
  at: string;
  status: K6Status | null;
  metrics: K6Metric[];
  /** The sidecar's latest sample, when the run has one (phase: setup, load or teardown; only the load is gated). */
  server: { cpu_percent: number; memory_mb: number; phase?: string } | null;
  error: string | null;
}

interface Run {
  input: StartInput;
  runDir: string | undefined;
  target: string;
  rest: K6Rest;
  dashboardUrl: string;
  sidecarUrl: string | undefined;
  /** The last sidecar sample read (each is read once) and its seq. */
  server: { seq: number; cpu_percent: number; memory_mb: number; phase?: string } | null;
  /** Users the page asked for, and the count the ramp has reached (what the VUs read). */
  wanted: number;
  applied: number;
  spawnRate: number;
  paused: boolean;
  /** Each pool VU's user number (runner/interactive/user-numbers.ts). */
  userNumbers: UserNumbers;
  timeline: TimelinePoint[];
  startedAt: number;
  live: Live | null;
  /** p(99) per endpoint and each threshold's verdict, from k6's dashboard event stream. */
  dashboard: DashboardFollower | null;
  /** k6's REST API has answered in this run: not answering after that is news, before it k6 is starting. */
  k6Answered: boolean;
  /** k6's last execution status (teardown and after: ending, so it stops answering soon). */
  k6LastStatus: number | null;
  /** A VU has asked the controller: setup is done and the users may start. */
  loadStarted: boolean;
  /** The last step k6's setup logged (preparing the dataset), while k6 is in setup. */
  setupStep: string | null;
  series: RunSeries;
  stopping: boolean;
  abort: AbortController;
  done: Promise<RunResult>;
}

export interface Finished {
  runDir: string;
  report: string | null;
  outcome: string | null;
  verdict: string | null;
  error: string | null;
}

const TICK_MS = 200;
const K6_SETUP = 6;
const K6_TEARDOWN = 8;

export class Session {
  private run: Run | null = null;
  private finished: Finished | null = null;
  /** The charts' points of the current run, or of the last one once it has finished. */
  private series: RunSeries | null = null;
  private lastPageContact = Date.now();
  private readonly timer: NodeJS.Timeout;
  private polling = false;

  constructor(
    private readonly options: {
      reportsRoot?: string;
      idleStopS: number;
      controlUrl: () => string;
      log: (line: string) => void;
    },
  ) {
    this.timer = setInterval(() => this.tick(), TICK_MS);
  }

  /**
   * What a VU reads: how many users work, whether the run is paused, and its own user number.
   */
  control(vuId: number): { users: number; paused: boolean; user: number } {
    const run = this.run;
    if (!run) return { users: 0, paused: true, user: 0 };
    // A VU asking means k6's setup is done and its scenarios run: the first user starts now, the
    // rest at the spawn rate (users set during setup would otherwise all start at once).
    if (!run.loadStarted) {
      run.loadStarted = true;
      run.applied = Math.min(run.wanted, 1);
      this.ramp = 0;
      this.mark(run);
    }
    return { users: run.applied, paused: run.paused, user: run.userNumbers.of(vuId) };
  }

  pageSeen(): void {
    this.lastPageContact = Date.now();
  }

  isRunning(): boolean {
    return this.run !== null;
  }

  state() {
    const run = this.run;
    return {
      running: run !== null,
      run: run && {
        target: run.target,
        runDir: run.runDir,
        reportName: run.runDir ? basename(run.runDir) : null,
        dashboardUrl: run.dashboardUrl,
        restUrl: run.rest.baseUrl,
        wanted: run.wanted,
        applied: run.applied,
        spawnRate: run.spawnRate,
        paused: run.paused,
        poolVus: run.input.poolVus,
        durationS: run.input.durationS,
        elapsedS: Math.round((Date.now() - run.startedAt) / 1000),
        stopping: run.stopping,
        phase: phaseOf({
          k6Status: run.live?.status?.status ?? null,
          k6Answered: run.k6Answered,
          k6Ending: run.stopping || (run.k6LastStatus ?? 0) >= K6_TEARDOWN,
          k6Error: run.live?.error ?? null,
          stopping: run.stopping,
          paused: run.paused,
          usersWorking: run.live?.metrics.find((m) => m.name === 'users_active')?.sample.count ?? 0,
          usersSet: run.applied,
          usersWanted: run.wanted,
          setupStep: run.setupStep,
          elapsedS: Math.round((Date.now() - run.startedAt) / 1000),
        }),
        timeline: run.timeline,
        live: run.live,
        figures: run.dashboard?.latest() ?? null,
      },
      finished: this.finished,
    };
  }

  async start(input: StartInput): Promise<void> {
    if (this.run) throw new Error('a run is already going: stop it first (one run at a time)');
    const restPort = await freeLoopbackPort();
    const dashboardPort = await freeLoopbackPort();
    const abort = new AbortController();
    const controlUrl = this.options.controlUrl();
    let started!: (info: { runDir: string | undefined; baseUrl: string; sidecarUrl: string | undefined }) => void;
    const whenStarted = new Promise<{ runDir: string | undefined; baseUrl: string; sidecarUrl: string | undefined }>(
      (resolve) => (started = resolve),
    );
    const run: Partial<Run> = {};
    const done = runEntry({
      entry: 'interactive',
      env: {
        PERFORMANCE_TEST_DURATION: String(input.durationS ?? OPEN_ENDED_LIMIT_S),
        PERFORMANCE_INTERACTIVE_POOL: String(input.poolVus),
        PERFORMANCE_USER_WEIGHTS: input.weights,
        CONTROL_URL: controlUrl,
        // The dashboard's stream every 2 s (k6's default is 10 s), with per-endpoint aggregates.
        K6_WEB_DASHBOARD_PERIOD: '2s',
        K6_WEB_DASHBOARD_TAGS: 'group,endpoint,scope',
      },
      // The REST API on loopback only, on a port of its own.
      k6Args: ['--address', `127.0.0.1:${restPort}`],
      baseUrl: input.target || undefined,
      reportsRoot: this.options.reportsRoot,
      dashboardPort,
      signal: abort.signal,
      onStarted: started,
      interactive: () => timelineOf(run as Run),
    });
    Object.assign(run, {
      input,
      target: input.target || 'the demo platform (starting)',
      rest: new K6Rest(`http://127.0.0.1:${restPort}`),
      dashboardUrl: `http://127.0.0.1:${dashboardPort}/`,
      wanted: input.users,
      applied: 0,
      spawnRate: input.spawnRate,
      paused: false,
      userNumbers: new UserNumbers(),
      timeline: [],
      startedAt: Date.now(),
      live: null,
      dashboard: null,
      k6Answered: false,
      k6LastStatus: null,
      loadStarted: false,
      setupStep: null,
      series: new RunSeries(Date.now()),
      stopping: false,
      abort,
      done,
      runDir: undefined,
      sidecarUrl: undefined,
      server: null,
    } satisfies Omit<Run, never>);
    this.run = run as Run;
    this.series = run.series!;
    this.finished = null;
    this.lastPageContact = Date.now();
    void whenStarted.then((info) => {
      run.runDir = info.runDir;
      run.target = info.baseUrl;
      run.sidecarUrl = info.sidecarUrl;
      // Through the runner's dashboard proxy, which lets go of it when the test ends.
      run.dashboard = followDashboard(`${run.dashboardUrl}events`);
    });
    void done.then((result) => this.onFinished(run as Run, result));
  }

  /** The charts' points from index `from` on: of the run going, or of the last one. */
  seriesSince(from: number) {
    return this.series?.since(from) ?? { run: null, from: 0, points: [] };
  }

  setUsers(users: number, spawnRate?: number): void {
    if (!this.run) throw new Error('no run is going');
    this.run.wanted = users;
    if (spawnRate !== undefined) this.run.spawnRate = spawnRate;
  }

  setPaused(paused: boolean): void {
    if (!this.run) throw new Error('no run is going');
    if (this.run.paused === paused) return;
    this.run.paused = paused;
    this.mark(this.run);
  }

  /** Stops through k6's REST API (k6 then writes its summary); Ctrl-C's SIGINT when k6 does not answer. */
  async stop(why: string): Promise<void> {
    const run = this.run;
    if (!run || run.stopping) return;
    run.stopping = true;
    this.options.log(`stopping the run: ${why}`);
    try {
      await run.rest.stop();
    } catch (error) {
      this.options.log(`k6's REST API did not take the stop (${(error as Error).message}); interrupting k6`);
      run.abort.abort();
    }
  }

  /** Ctrl-C of npm run ui: stop the run and wait until the runner has stopped everything it started. */
  async shutdown(): Promise<void> {
    clearInterval(this.timer);
    const run = this.run;
    if (!run) return;
    run.abort.abort();
    await run.done;
  }

  private mark(run: Run): void {
    const last = run.timeline.at(-1);
    if (last && last.users === run.applied && last.paused === run.paused) return;
    run.timeline.push({ at: new Date().toISOString(), users: run.applied, paused: run.paused });
  }

  private ramp = 0;

  private tick(): void {
    const run = this.run;
    if (!run) return;
    // The ramp: towards `wanted` at spawnRate users per second, a whole user at a time, once k6's
    // scenarios run (setup done): users set during setup would all start at once when it ends.
    if (run.applied !== run.wanted && run.loadStarted) {
      this.ramp += (run.spawnRate * TICK_MS) / 1000;
      const step = Math.floor(this.ramp);
      if (step > 0) {
        this.ramp -= step;
        run.applied =
          run.applied < run.wanted
            ? Math.min(run.wanted, run.applied + step)
            : Math.max(run.wanted, run.applied - step);
        this.mark(run);
      }
    } else {
      this.ramp = 0;
    }
    // Once k6 answers (a stop before that would have to interrupt it rather than end the test).
    if (
      run.input.durationS === null &&
      run.live?.status &&
      Date.now() - this.lastPageContact > this.options.idleStopS * 1000
    ) {
      void this.stop(`no page has been connected for ${this.options.idleStopS} s`);
    }
    if (!this.polling && Date.now() - Date.parse(run.live?.at ?? '1970-01-01') >= 1000) {
      this.polling = true;
      void this.poll(run).finally(() => (this.polling = false));
    }
  }

  private async poll(run: Run): Promise<void> {
    const live: Live = { at: new Date().toISOString(), status: null, metrics: [], server: null, error: null };
    try {
      [live.status, live.metrics] = await Promise.all([run.rest.status(), run.rest.metrics()]);
      run.k6Answered = true;
      run.k6LastStatus = live.status.status;
    } catch (error) {
      // Before k6's first answer it is starting, and once it ends it exits (the status line says
      // both): only a k6 that answered and is not ending and does not answer is news.
      if (run.k6Answered && !run.stopping && (run.k6LastStatus ?? 0) < K6_TEARDOWN)
        live.error = `k6's REST API: ${(error as Error).message}`;
    }
    if (live.status?.status === K6_SETUP && run.runDir) run.setupStep = readSetupStep(run.runDir) ?? run.setupStep;
    if (run.sidecarUrl) {
      try {
        const res = await fetch(`${run.sidecarUrl}/samples?since=${run.server?.seq ?? 0}`, {
          signal: AbortSignal.timeout(1000),
        });
        const body = (await res.json()) as { samples: NonNullable<Run['server']>[] };
        run.server = body.samples.at(-1) ?? run.server;
      } catch {
        // the sidecar's gaps are counted by k6 itself (server_samples_missing)
      }
      if (run.server)
        live.server = {
          cpu_percent: run.server.cpu_percent,
          memory_mb: run.server.memory_mb,
          ...(run.server.phase ? { phase: run.server.phase } : {}),
        };
    }
    run.live = live;
    run.series.add({
      atMs: Date.parse(live.at),
      metrics: live.metrics,
      latency: run.dashboard?.latencyNow() ?? null,
      usersSet: run.applied,
      server: live.server,
    });
  }

  private onFinished(run: Run, result: RunResult): void {
    run.dashboard?.close();
    let verdict: string | null = null;
    let outcome: string | null = null;
    const resultsFile = join(result.runDir, 'results.json');
    if (existsSync(resultsFile)) {
      const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
      verdict = results.verdict;
      outcome = results.run?.outcome ?? null;
    }
    const report = join(result.runDir, 'report.html');
    this.finished = {
      runDir: result.runDir,
      report: existsSync(report) ? basename(result.runDir) : null,
      outcome,
      verdict,
      error: result.error ?? null,
    };
    this.options.log(
      `run finished (outcome: ${outcome ?? 'no results'}${verdict ? `, verdict: ${verdict}` : ''}): ${result.runDir}`,
    );
    if (this.run === run) this.run = null;
  }
}

/** The last step setup logged in the run folder's k6.log, or null (none yet, or no log). */
function readSetupStep(runDir: string): string | null {
  try {
    return lastSetupStep(readFileSync(join(runDir, 'k6.log'), 'utf8'));
  } catch {
    return null;
  }
}

/** The user counts the person set (and the pauses), for the run's results.json and report.html. */
function timelineOf(run: Run): InteractiveResult {
  return { pool_vus: run.input.poolVus, weights: run.input.weights, users_timeline: run.timeline };
}
