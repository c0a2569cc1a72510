// Resource scaling: the server's CPU and memory against the load level, for runs whose load
// changes (ramp-up, spike, breakpoint; any run's series). Pure: it takes a run's per-second k6
// series and the sidecar's samples, so the reports and a live view can share it.
//
// - Steps: the seconds of the run are grouped by their load level (k6's `vus` gauge, or API
//   requests per second for an open-model run) into steps of a round width (1, 2, 5, 10, 20, 50, ...
//   chosen for at most 10 steps). Only the rising and holding part counts: from the first second
//   with load to the last second at the run's highest level (held 2+ seconds; for a request-rate
//   level, which rises until the run ends, the last second with load). After that (ramp-down, recovery) a
//   server still holds what the peak made it allocate, which would read as memory at a lower load.
// - Per step: mean users, requests/s, p95 of the pooled API latencies, mean CPU % and peak memory
//   of the sidecar samples taken in its seconds.
// - Slopes: ordinary least squares over the steps' points (x = step mean users or req/s, y = step
//   peak memory or mean CPU), given with R² and the steps used. Refused, with the reason, when
//   fewer than MIN_STEPS steps have MIN_SAMPLES sidecar samples each, or the levels do not spread.

import type { LoadLevel } from '../../lib/config/entries.ts';

// Which level each entry follows is one of its facts (lib/config/entries.ts).
export { type LoadLevel, scalingLevelOf } from '../../lib/config/entries.ts';

export interface LoadSecond {
  /** Unix seconds. */
  t: number;
  /** k6's vus gauge in that second (the sidecar poller's one VU shows only during its short polls). */
  vus: number | null;
  /** API requests completed in that second. */
  requests: number;
  /** Their durations, ms. */
  durations: number[];
}

export interface ResourceSample {
  /** Unix ms when the sample was taken; it covers the interval before. */
  t: number;
  cpu_percent: number;
  memory_mb: number;
}

export interface ScalingStep {
  /** The level range of the step, (from, to]. */
  from: number;
  to: number;
  seconds: number;
  users_mean: number | null;
  requests_per_s: number;
  p95_ms: number | null;
  server_samples: number;
  cpu_percent_mean: number | null;
  memory_mb_peak: number | null;
}

export interface Slope {
  /** e.g. "MB per 100 users". */
  unit: string;
  value: number | null;
  r2: number | null;
  steps_used: number;
  /** The load levels the fit spans (step means); a slope per 100 beyond them is an extrapolation. */
  x_from: number | null;
  x_to: number | null;
  fit: string;
  /** Why there is no value. */
  reason?: string;
}

export interface Scaling {
  level: LoadLevel;
  step_width: number;
  /** Unix seconds of the part of the run the steps cover. */
  window: { from: number; to: number };
  steps: ScalingStep[];
  memory: Slope;
  cpu: Slope;
}

export const MIN_STEPS = 3;
export const MIN_SAMPLES = 3;
const FIT = 'least-squares line through the steps';

/** The smallest of 1, 2, 5 × 10^k that splits 0..max into at most `maxSteps` steps. */
export function stepWidth(max: number, maxSteps = 10): number {
  if (!(max > 0)) return 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const base of [1, 2, 5]) if (max / (base * magnitude) <= maxSteps) return base * magnitude;
  }
}

function quantile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Ordinary least squares y = a + b x: the slope b and R², or null when x does not vary. */
export function leastSquares(points: { x: number; y: number }[]): { slope: number; r2: number } | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const syy = points.reduce((s, p) => s + (p.y - my) ** 2, 0);
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, r2: syy === 0 ? 1 : (sxy * sxy) / (sxx * syy) };
}

function slopeOver(
  steps: ScalingStep[],
  x: (s: ScalingStep) => number | null,
  y: (s: ScalingStep) => number | null,
  unit: string,
  measured: boolean,
): Slope {
  const none = (reason: string): Slope => ({
    unit,
    value: null,
    r2: null,
    steps_used: 0,
    x_from: null,
    x_to: null,
    fit: FIT,
    reason,
  });
  if (!measured) return none('no server samples in this run (no sidecar)');
  const usable = steps.filter((s) => s.server_samples >= MIN_SAMPLES && x(s) !== null && y(s) !== null);
  if (usable.length < MIN_STEPS) {
    return {
      ...none(
        `${usable.length} of ${steps.length} load steps have ${MIN_SAMPLES}+ server samples; a slope needs ${MIN_STEPS} such steps (a longer ramp or more steps of load)`,
      ),
      steps_used: usable.length,
    };
  }
  const points = usable.map((s) => ({ x: x(s)!, y: y(s)! }));
  const fit = leastSquares(points);
  if (!fit) return { ...none('the load level did not vary across the usable steps'), steps_used: usable.length };
  const xs = points.map((p) => p.x);
  return {
    unit,
    value: fit.slope * 100,
    r2: fit.r2,
    steps_used: usable.length,
    x_from: Math.min(...xs),
    x_to: Math.max(...xs),
    fit: FIT,
  };
}

/** The scaling table and slopes of a run; null when the run has no load at all. */
export function resourceScaling(seconds: LoadSecond[], server: ResourceSample[], level: LoadLevel): Scaling | null {
  const levelOf = (s: LoadSecond) => (level === 'users' ? (s.vus ?? 0) : s.requests);
  const window = risingWindow(seconds, level, levelOf);
  if (!window) return null;
  const width = stepWidth(window.peak);
  const steps = stepsOf(window.seconds, width, levelOf, samplesBySecond(server));
  const measured = server.length > 0;
  return {
    level,
    step_width: width,
    window: { from: window.from, to: window.to },
    steps,
    memory:
      level === 'users'
        ? slopeOver(
            steps,
            (s) => s.users_mean,
            (s) => s.memory_mb_peak,
            'MB per 100 users',
            measured,
          )
        : slopeOver(
            steps,
            (s) => s.requests_per_s,
            (s) => s.memory_mb_peak,
            'MB per 100 req/s',
            measured,
          ),
    cpu: slopeOver(
      steps,
      (s) => s.requests_per_s,
      (s) => s.cpu_percent_mean,
      'CPU % per 100 req/s',
      measured,
    ),
  };
}

/** The rising and holding part of the run: its seconds with load, their span, and the peak level; null without load. */
function risingWindow(seconds: LoadSecond[], level: LoadLevel, levelOf: (s: LoadSecond) => number) {
  const ordered = [...seconds].sort((a, b) => a.t - b.t);
  const loaded = ordered.filter((s) => levelOf(s) > 0);
  if (loaded.length === 0) return null;
  // The highest level held for 2+ seconds: one odd second (the sidecar poller's VU counted during
  // a poll, a burst of completions) must not end the window early.
  const counts = new Map<number, number>();
  for (const s of loaded) counts.set(levelOf(s), (counts.get(levelOf(s)) ?? 0) + 1);
  const held = [...counts].filter(([, n]) => n >= 2).map(([value]) => value);
  const peak = held.length > 0 ? Math.max(...held) : Math.max(...loaded.map(levelOf));
  const from = loaded[0]!.t;
  // A request rate is a noisy count per second that rarely repeats: an open-model run (breakpoint)
  // rises until it ends, so its window is every second with load.
  const to = level === 'users' ? [...loaded].reverse().find((s) => levelOf(s) === peak)!.t : loaded.at(-1)!.t;
  return { seconds: ordered.filter((s) => s.t >= from && s.t <= to && levelOf(s) > 0), from, to, peak };
}

/** The sidecar's samples by the second they cover: a sample covers the interval before it, so its interval's middle. */
function samplesBySecond(server: ResourceSample[]): Map<number, ResourceSample[]> {
  const gaps = server
    .slice(1)
    .map((s, i) => s.t - server[i]!.t)
    .sort((a, b) => a - b);
  const halfInterval = (gaps[Math.floor(gaps.length / 2)] ?? 1000) / 2;
  const bySecond = new Map<number, ResourceSample[]>();
  for (const sample of server) {
    const second = Math.floor((sample.t - halfInterval) / 1000);
    bySecond.set(second, [...(bySecond.get(second) ?? []), sample]);
  }
  return bySecond;
}

/** The window's seconds grouped into steps of `width` load, each with its traffic and the server's samples. */
function stepsOf(
  window: LoadSecond[],
  width: number,
  levelOf: (s: LoadSecond) => number,
  samplesAt: Map<number, ResourceSample[]>,
): ScalingStep[] {
  const byStep = new Map<number, LoadSecond[]>();
  for (const s of window) {
    const index = Math.ceil(levelOf(s) / width);
    byStep.set(index, [...(byStep.get(index) ?? []), s]);
  }
  return [...byStep.entries()]
    .sort(([a], [b]) => a - b)
    .map(([index, list]) => {
      const samples = list.flatMap((s) => samplesAt.get(s.t) ?? []);
      const vus = list.map((s) => s.vus).filter((v): v is number => v !== null);
      return {
        from: (index - 1) * width,
        to: index * width,
        seconds: list.length,
        users_mean: vus.length ? vus.reduce((a, b) => a + b, 0) / vus.length : null,
        requests_per_s: list.reduce((sum, s) => sum + s.requests, 0) / list.length,
        p95_ms: quantile(
          list.flatMap((s) => s.durations),
          0.95,
        ),
        server_samples: samples.length,
        cpu_percent_mean: samples.length ? samples.reduce((sum, s) => sum + s.cpu_percent, 0) / samples.length : null,
        memory_mb_peak: samples.length ? Math.max(...samples.map((s) => s.memory_mb)) : null,
      };
    });
}

const fixed = (v: number | null, digits = 1) => (v === null ? 'n/a' : v.toFixed(digits));

export function slopeText(slope: Slope): string {
  if (slope.value === null) return `${slope.unit}: not given (${slope.reason})`;
  const over = slope.unit.replace(/^.* per 100 /, '');
  return `${slope.value >= 0 ? '+' : ''}${slope.value.toFixed(2)} ${slope.unit} (${slope.fit}: ${slope.steps_used} steps from ${fixed(slope.x_from)} to ${fixed(slope.x_to)} ${over}, R² ${fixed(slope.r2, 2)})`;
}

/** The table's rows as strings, for the console and Markdown. */
export function scalingRows(scaling: Scaling): string[][] {
  const label = scaling.level === 'users' ? 'users' : 'req/s';
  return scaling.steps.map((s) => [
    // Levels are whole numbers (VUs, requests in a second): a step (from, to] holds from+1 .. to.
    scaling.step_width === 1
      ? `${s.to} ${s.to === 1 && label === 'users' ? 'user' : label}`
      : `${s.from + 1}–${s.to} ${label}`,
    String(s.seconds),
    fixed(s.users_mean),
    fixed(s.requests_per_s),
    s.p95_ms === null ? 'n/a' : `${fixed(s.p95_ms)} ms`,
    s.cpu_percent_mean === null ? 'n/a' : `${fixed(s.cpu_percent_mean)} %`,
    s.memory_mb_peak === null ? 'n/a' : `${fixed(s.memory_mb_peak)} MB`,
    String(s.server_samples),
  ]);
}

export const SCALING_HEADERS = ['load step', 'seconds', 'users', 'req/s', 'p95', 'CPU mean', 'memory peak', 'samples'];

export function scalingText(scaling: Scaling): string {
  const rows = [SCALING_HEADERS, ...scalingRows(scaling)];
  const widths = SCALING_HEADERS.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return [
    'resource scaling (rising and holding part of the run)',
    ...rows.map(
      (r) => `  ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}`,
    ),
    `  memory: ${slopeText(scaling.memory)}`,
    `  CPU: ${slopeText(scaling.cpu)}`,
  ].join('\n');
}

export function scalingMarkdown(scaling: Scaling): string {
  return [
    '### Resource scaling',
    '',
    `Server CPU and memory per step of load (${scaling.level === 'users' ? 'virtual users' : 'API requests per second'}), over the rising and holding part of the run.`,
    '',
    `| ${SCALING_HEADERS.join(' | ')} |`,
    `|---|${SCALING_HEADERS.slice(1)
      .map(() => '---:')
      .join('|')}|`,
    ...scalingRows(scaling).map((r) => `| ${r.join(' | ')} |`),
    '',
    `- memory: ${slopeText(scaling.memory)}`,
    `- CPU: ${slopeText(scaling.cpu)}`,
    '',
  ].join('\n');
}
