// Run-versus-baseline comparison that tells a regression from noise (README "Compare with a
// baseline"). Per metric: an interval of the change, and a verdict among improved / no change /
// regressed / inconclusive (compare-verdict.ts). A regression needs the WHOLE interval beyond both
// the relative tolerance and the absolute floor (--min-ms for latency, --min-rate for error
// rates); "no change" needs the interval to rule a regression out. No fixed sample count decides:
// the intervals widen as samples get fewer, and a metric whose interval can neither show nor rule
// out a regression is inconclusive, with what would settle it.
//
// Three sources of noise, each handled where it is measurable:
// - sampling noise inside a run: block bootstrap of p95 over one-second blocks (change-interval.ts),
//   Newcombe score intervals for error rates;
// - a machine-wide shift of one run (a neighbour using the CPU slows every endpoint alike): each
//   endpoint's p95 change is measured relative to the median change of the OTHER endpoints in the
//   same bootstrap draw, so a shift common to all endpoints cancels and one endpoint that moved
//   on its own stands out; how unevenly the run moved the others, beyond their sampling noise
//   (DerSimonian-Laird tau^2), widens the interval;
// - run-to-run noise of run-wide figures (overall p95, workflow durations, server CPU and memory):
//   one baseline run cannot measure it, so these need >= 2 baseline runs; their spread beyond
//   sampling noise then widens every interval (a new run carries its own run effect: variance
//   sigma^2 (1 + 1/k)).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { mean, median, probit, sampleStandardDeviation, sampleVariance } from 'simple-statistics';
import { RESULTS_SCHEMA_VERSION, type Results } from '../../lib/report/results.ts';
import { mergeSamples } from '../merge/merge-samples.ts';
import { parseThresholdKey, type ThresholdKey } from '../merge/threshold-eval.ts';
import {
  buildSide,
  drawBlocks,
  orderStatLogVariance,
  percentileSorted,
  quantileOf,
  rateChange,
  robustTau2,
  seededRng,
  type TimedSamples,
} from './change-interval.ts';
import { judge, requestsFactor, settleHint, type Verdict } from './compare-verdict.ts';

export class CompareInputError extends Error {}

export type { Verdict } from './compare-verdict.ts';

export interface ComparisonRow {
  metric: string;
  stat: 'p(95)' | 'rate' | 'max';
  /** The endpoint a per-endpoint metric belongs to; null for run-wide metrics. */
  endpoint: string | null;
  unit: 'ms' | 'rate' | 'percent' | 'MB';
  baseline: number | null;
  current: number | null;
  /** p95, CPU, memory: relative (0.12 = +12 %); rates: absolute difference (0.01 = +1 point). */
  change: number | null;
  interval: [number, number] | null;
  /** The interval in the metric's unit (ms, MB, rate points); for endpoints, beyond the run-wide shift. */
  interval_abs: [number, number] | null;
  verdict: Verdict;
  method: string;
  samples: { baseline: number; current: number; baseline_runs: number } | null;
  note?: string;
  /** Latency quantiles (p50, p75, p90, p95, p99) of baseline and current, for the before/after chart of a regressed endpoint. */
  profile?: { q: number[]; baseline: number[]; current: number[] };
}

export interface ComparisonReport {
  method: string;
  options: {
    tolerance: number;
    min_ms: number;
    min_rate: number;
    resamples: number;
    seed: number;
    block_s: number;
    inconclusive: 'warn' | 'fail';
  };
  /** Every interval is at per_metric confidence so that all judged metrics together are at family confidence. */
  confidence: { family: number; per_metric: number; judged: number };
  baselines: string[];
  current: string;
  raw_samples: boolean;
  /** Median p95 change of all endpoints with enough samples: how much the machine (or a global change) moved the run. */
  run_wide_shift: { change: number; endpoints: number } | null;
  warnings: string[];
  regressions: number;
  /** Rows whose interval could neither show nor rule out a regression (or that could not be compared at all). */
  inconclusive: number;
  rows: ComparisonRow[];
}

export interface CompareOptions {
  /** Relative tolerance (0.1 = 10 %). */
  tolerance: number;
  minMs: number;
  /** Absolute floor of an error-rate change (0.01 = one percentage point). */
  minRate: number;
  resamples?: number;
  seed?: number;
  blockS?: number;
  only?: string[];
  /** Turn refusals of mismatched runs (entry, users, duration, ...) into warnings. */
  allowMismatch?: boolean;
  /** What an inconclusive metric does to the gate: warn (exit 0, said) or fail (exit 99). */
  inconclusive?: 'warn' | 'fail';
}

export interface LoadedRun {
  /** What the user gave (a run folder or a results.json). */
  label: string;
  results: Results;
  /** k6's --out json beside results.json, when there is one. */
  samplesFile: string | null;
}

/** A p95 needs at least one value above it: with fewer than 20 samples it is the maximum, and no interval can be drawn. */
export const MIN_P95_SAMPLES = 20;
/**
 * How unevenly a run may move its endpoints (log units), assumed when fewer than 3 other
 * endpoints can measure it: twice the largest tau measured between healthy runs (~0.25, README),
 * so only a change far beyond it can be shown that way.
 */
export const TAU_PRIOR = 0.5;
const PROFILE_Q = [0.5, 0.75, 0.9, 0.95, 0.99];

export function loadRun(path: string): LoadedRun {
  if (!existsSync(path)) throw new CompareInputError(`${path}: no such file or folder`);
  const file = statSync(path).isDirectory() ? join(path, 'results.json') : path;
  if (!existsSync(file)) throw new CompareInputError(`${path}: a folder without results.json (is it a run folder?)`);
  let parsed: Results;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CompareInputError(`${file}: not JSON (${(error as Error).message})`);
  }
  if (
    parsed?.schema_version !== RESULTS_SCHEMA_VERSION ||
    typeof parsed.metrics !== 'object' ||
    parsed.metrics === null
  ) {
    throw new CompareInputError(
      `${file}: not a course-perf results.json of schema version ${RESULTS_SCHEMA_VERSION} (found ${JSON.stringify(parsed?.schema_version)})`,
    );
  }
  const samples = join(dirname(file), 'metrics.json.gz');
  return { label: path, results: parsed, samplesFile: existsSync(samples) ? samples : null };
}

/** Kept for callers that only need the parsed results.json. */
export function loadResults(file: string): Results {
  return loadRun(file).results;
}

/** Entry and load shape must match, or the comparison compares two different tests. */
export function checkComparable(baselines: LoadedRun[], current: LoadedRun, allowMismatch: boolean): string[] {
  const problems: string[] = [];
  const warnings: string[] = [];
  const cur = current.results.run;
  for (const base of baselines) {
    const b = base.results.run;
    if (b.scenario !== cur.scenario)
      problems.push(
        `entry: baseline ${base.label} ran "${b.scenario}", current ${current.label} ran "${cur.scenario}"`,
      );
    const bl = b.load;
    const cl = cur.load;
    if (!bl || !cl) {
      warnings.push(
        `load settings not recorded in ${!bl ? base.label : current.label} (a run from an older runner or plain k6): cannot check users and duration match`,
      );
      continue;
    }
    for (const key of Object.keys({ ...bl, ...cl }) as (keyof typeof bl)[]) {
      if (String(bl[key]) !== String(cl[key]))
        problems.push(
          `${key}: baseline ${base.label} has ${JSON.stringify(bl[key])}, current has ${JSON.stringify(cl[key])}`,
        );
    }
  }
  if (problems.length > 0 && !allowMismatch) {
    throw new CompareInputError(
      `the runs are not comparable:\n  ${[...new Set(problems)].join('\n  ')}\n(--allow-mismatch compares them anyway)`,
    );
  }
  return [...new Set([...problems.map((p) => `mismatch (allowed): ${p}`), ...warnings])];
}

type Kind = 'endpoint latency' | 'run-wide latency' | 'rate' | 'server';

function kindOf(metric: string, values: Record<string, number>): { kind: Kind; stat: ComparisonRow['stat'] } | null {
  if (metric.startsWith('http_req_duration') || metric.endsWith('_ms')) {
    if (typeof values['p(95)'] !== 'number') return null;
    return {
      kind: /^http_req_duration\{endpoint:[^,}]+\}$/.test(metric) ? 'endpoint latency' : 'run-wide latency',
      stat: 'p(95)',
    };
  }
  if ((metric.startsWith('http_req_failed') || metric === 'generation_failed') && typeof values.rate === 'number')
    return { kind: 'rate', stat: 'rate' };
  if (metric === 'server_memory_mb' && typeof values.max === 'number') return { kind: 'server', stat: 'max' };
  if (metric === 'server_cpu_percent' && typeof values['p(95)'] === 'number') return { kind: 'server', stat: 'p(95)' };
  return null;
}

const endpointOf = (metric: string) => /\{endpoint:([^,}]+)\}$/.exec(metric)?.[1] ?? null;

/** 97.5 % quantiles of Student's t for 1..10 degrees of freedom (printed tables), to scale a spread from few baselines. */
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];
const Z975 = 1.959963984540054;
const tOverZ = (df: number) => (df <= T975.length ? T975[df - 1]! : 2.2) / Z975;

const finite = (xs: ArrayLike<number>) => Array.from(xs).filter(Number.isFinite);

/**
 * How far a new run's figure may sit from the baselines' mean by run-to-run noise alone, per unit
 * of the baselines' standard deviation and of z: the new run has its own run effect (1) and the
 * mean of k baselines has 1/k of one; t instead of z because sigma comes from only k runs.
 */
function runNoiseScale(k: number): number {
  return tOverZ(k - 1) * Math.sqrt(1 + 1 / k);
}

/** A row and, when it can be judged, how to draw its interval once z is known (it depends on how many rows are judged). */
interface Pending {
  row: ComparisonRow;
  finish?: (z: number) => void;
}

type RunSamples = Map<string, TimedSamples>;

interface LatencyInput {
  endpointKeys: string[];
  runWideKeys: string[];
  baseRuns: RunSamples[];
  current: RunSamples;
}

/** Variance of the finite values of a draw series (NaN when fewer than 2). */
function drawVariance(xs: ArrayLike<number>): number {
  const ok = finite(xs);
  return ok.length >= 2 ? sampleVariance(ok) : Number.NaN;
}

/**
 * Latency p95 rows from raw samples. Per endpoint j, the change is y_j = log(p95 now / p95 before)
 * minus the median y of the other endpoints (the run-wide shift), and its variance is the sum of
 *  - sampling noise: the variance of that same difference over joint block-bootstrap draws, never
 *    less than the order-statistic variance of the two p95s (what a bootstrap of a high quantile
 *    misses at small n), and
 *  - between-run noise the bootstrap cannot see: the larger of tau^2, the endpoint x run
 *    interaction of this pair (DerSimonian-Laird over the other endpoints' y; TAU_PRIOR when fewer
 *    than 3 others can measure it), and, with >= 2 baselines, sigma^2, how much this endpoint's
 *    own shift varies between the baseline runs beyond their sampling noise (scaled for few runs,
 *    Student t).
 * Every endpoint with >= MIN_P95_SAMPLES on both sides takes part in the shift, however few.
 */
function latencyRows(
  input: LatencyInput,
  options: Required<Pick<CompareOptions, 'tolerance' | 'minMs' | 'resamples' | 'seed' | 'blockS'>>,
): { pending: Pending[]; shift: ComparisonReport['run_wide_shift'] } {
  const { baseRuns, current } = input;
  const k = baseRuns.length;
  const keys = [...input.endpointKeys, ...input.runWideKeys];
  const isEndpoint = (key: string) => input.endpointKeys.includes(key);
  const count = (runs: RunSamples[], key: string) => runs.reduce((n, r) => n + (r.get(key)?.values.length ?? 0), 0);
  const enough = (key: string) => count(baseRuns, key) >= MIN_P95_SAMPLES && count([current], key) >= MIN_P95_SAMPLES;
  const eligible = input.endpointKeys.filter(enough);
  const others = (key: string) => (isEndpoint(key) ? eligible.filter((o) => o !== key) : []);
  // Any other endpoint measures the run-wide shift; its own noise is in the draws.
  const adjusted = (key: string) => others(key).length >= 1;
  const sorted = (runs: RunSamples[], key: string) =>
    Float64Array.from(runs.flatMap((r) => r.get(key)?.values ?? [])).sort();
  const p95 = (runs: RunSamples[], key: string) => {
    const all = sorted(runs, key);
    return all.length ? percentileSorted(all, 0.95) : Number.NaN;
  };
  // Run-wide figures are judged only when >= 2 baselines tell their run-to-run noise; endpoints also against the others' shift.
  const judged = keys.filter((key) => enough(key) && (k >= 2 || adjusted(key)));
  const drawn = [...new Set([...judged, ...eligible])];
  const base = buildSide(baseRuns, keys, options.blockS);
  const cur = buildSide([current], keys, options.blockS);
  const rng = seededRng(options.seed);
  const R = options.resamples;
  // Log p95 of every draw: pooled baselines, current run, and (>= 2 baselines) each baseline run on its own.
  const baseLog = new Map(drawn.map((key) => [key, new Float64Array(R)]));
  const curLog = new Map(drawn.map((key) => [key, new Float64Array(R)]));
  const runLog = new Map(drawn.map((key) => [key, k >= 2 ? baseRuns.map(() => new Float64Array(R)) : []]));
  // Each baseline run on its own side: a quantile then scans that run's samples, not the pooled ones.
  const runSides = k >= 2 ? baseRuns.map((run) => buildSide([run], keys, options.blockS)) : [];
  const basePicks: number[] = [];
  const curPicks: number[] = [];
  const runPicks: number[] = [];
  for (let i = 0; i < R; i++) {
    drawBlocks(base, rng, basePicks);
    drawBlocks(cur, rng, curPicks);
    for (const key of drawn) {
      baseLog.get(key)![i] = Math.log(quantileOf(base.series.get(key)!, basePicks, 0.95));
      curLog.get(key)![i] = Math.log(quantileOf(cur.series.get(key)!, curPicks, 0.95));
    }
    runSides.forEach((side, r) => {
      drawBlocks(side, rng, runPicks);
      for (const key of drawn) runLog.get(key)![r]![i] = Math.log(quantileOf(side.series.get(key)!, runPicks, 0.95));
    });
  }
  // Each p95 once: pooled baselines, current run, each baseline run.
  const pooled = new Map(keys.map((key) => [key, p95(baseRuns, key)]));
  const now = new Map(keys.map((key) => [key, p95([current], key)]));
  const perRun = baseRuns.map((run) => new Map(drawn.map((key) => [key, p95([run], key)])));
  // The order-statistic variance of each side's log p95: the least sampling noise a p95 of that many values has.
  const osVar = (runs: RunSamples[], key: string) => orderStatLogVariance(sorted(runs, key), 0.95);
  const pointChange = (key: string) => Math.log(now.get(key)! / pooled.get(key)!);
  const drawChange = (key: string, i: number) => curLog.get(key)![i]! - baseLog.get(key)![i]!;
  // Sampling variance of each endpoint's log change, for tau^2.
  const changeVariance = new Map(
    eligible.map((key) => [
      key,
      Math.max(
        drawVariance(Array.from({ length: R }, (_, i) => drawChange(key, i))),
        osVar(baseRuns, key) + osVar([current], key),
      ),
    ]),
  );
  // The median change of the other endpoints: the run-wide shift an endpoint's change is measured against.
  const commonPoint = (key: string) => (adjusted(key) ? median(others(key).map(pointChange)) : 0);
  const commonDraws = (key: string) =>
    Array.from({ length: R }, (_, i) => (adjusted(key) ? median(finite(others(key).map((o) => drawChange(o, i)))) : 0));
  // tau^2: how unevenly this pair moved the other endpoints, beyond their sampling noise; assumed large when too few measure it.
  const tau2 = (key: string) => {
    if (!adjusted(key)) return 0;
    const rest = others(key);
    const v = rest.map((o) => changeVariance.get(o)!);
    const measured = rest.length >= 3 && v.every(Number.isFinite) ? robustTau2(rest.map(pointChange), v) : Number.NaN;
    return Number.isFinite(measured) ? measured : TAU_PRIOR ** 2;
  };
  // sigma^2 (>= 2 baselines): how far each baseline run's own (shift-adjusted) log p95 scatters, beyond its sampling noise.
  const sigma2 = (key: string) => {
    if (k < 2) return 0;
    const rest = adjusted(key) ? others(key) : [];
    const own = (logOf: (o: string) => number) =>
      logOf(key) -
      Math.log(pooled.get(key)!) -
      (rest.length ? median(rest.map((o) => logOf(o) - Math.log(pooled.get(o)!))) : 0);
    const points = perRun.map((p95s) => own((o) => Math.log(p95s.get(o)!)));
    const v = baseRuns.map((_, r) =>
      drawVariance(Array.from({ length: R }, (_, i) => own((o) => runLog.get(o)![r]![i]!))),
    );
    const ok = finite(points);
    if (ok.length < 2) return Number.NaN;
    return Math.max(0, sampleVariance(ok) - mean(finite(v)));
  };
  const scale = k >= 2 ? runNoiseScale(k) : 0;
  const pending: Pending[] = [];
  for (const key of keys) {
    const before = pooled.get(key)!;
    const after = now.get(key)!;
    const n = { baseline: count(baseRuns, key), current: count([current], key) };
    const row: ComparisonRow = {
      metric: key,
      stat: 'p(95)',
      endpoint: isEndpoint(key) ? endpointOf(key) : null,
      unit: 'ms',
      baseline: Number.isFinite(before) ? before : null,
      current: Number.isFinite(after) ? after : null,
      change: before > 0 && Number.isFinite(after) ? after / before - 1 : null,
      interval: null,
      interval_abs: null,
      verdict: 'inconclusive',
      method: 'block bootstrap of p95 (1 s blocks), at least the order-statistic variance',
      samples: { ...n, baseline_runs: k },
    };
    const item: Pending = { row };
    pending.push(item);
    if (!enough(key)) {
      const fewest = Math.min(n.baseline, n.current);
      row.note = `${fewest} sample(s) on a side: a p95 needs >= ${MIN_P95_SAMPLES} (one above it); about ${Math.ceil(MIN_P95_SAMPLES / Math.max(1, fewest))}× the requests would allow an interval`;
      continue;
    }
    if (!judged.includes(key)) {
      row.note = isEndpoint(key)
        ? `no other endpoint with >= ${MIN_P95_SAMPLES} samples on both sides to separate a machine-wide shift, and one baseline: give >= 2 baseline runs`
        : 'run-wide figure: one baseline run cannot tell a change from machine-wide noise; give >= 2 baseline runs';
      continue;
    }
    const common = commonPoint(key);
    const shiftDraws = commonDraws(key);
    const logDraws = shiftDraws.map((shift, i) => drawChange(key, i) - shift);
    // The absolute change against what this endpoint would have been without a change of its own: p95 before x the run-wide shift.
    const absDraws = shiftDraws.map(
      (shift, i) => Math.exp(curLog.get(key)![i]!) - Math.exp(baseLog.get(key)![i]! + shift),
    );
    if (finite(logDraws).length < R * 0.9) {
      row.note = 'too many resamples held no sample of this metric: longer runs would allow an interval';
      continue;
    }
    const t2 = tau2(key);
    const s2 = sigma2(key);
    const extra = Math.max(Number.isFinite(t2) ? t2 : 0, Number.isFinite(s2) ? s2 * scale * scale : 0);
    const expected = before * Math.exp(common);
    const pointLog = Math.log(after / before) - common;
    const pointAbs = after - expected;
    if (adjusted(key)) {
      row.change = Math.exp(pointLog) - 1;
      const tauSource =
        others(key).length >= 3 ? 'median absolute deviation' : `fewer than 3 others: the prior ${TAU_PRIOR}`;
      row.method += `, relative to the median change of ${others(key).length} other endpoint(s); their scatter beyond sampling noise tau = ${Math.sqrt(t2).toFixed(3)} (${tauSource})`;
    }
    if (k >= 2)
      row.method += `; run-to-run spread of ${k} baselines beyond sampling noise sigma = ${Number.isFinite(s2) ? Math.sqrt(s2).toFixed(3) : 'n/a'}`;
    // Sampling noise: the bootstrap's, but never below what the order statistics of that many values allow.
    const osBase = osVar(baseRuns, key);
    const osCur = osVar([current], key);
    const samplingLog = Math.max(drawVariance(logDraws), osBase + osCur);
    const samplingAbs = Math.max(drawVariance(absDraws), after * after * osCur + expected * expected * osBase);
    // A normal interval around the point estimate with the bootstrap's standard error (Efron &
    // Tibshirani ch. 13): stable at the far tails a family-wise level needs, unlike percentiles of 2,000 draws.
    // The between-run variance (log units) reaches the absolute change through the expected p95 (delta method).
    const seLog = Math.sqrt(samplingLog + extra);
    const seAbs = Math.sqrt(samplingAbs + expected * expected * extra);
    item.finish = (z) => {
      row.interval = [Math.exp(pointLog - z * seLog) - 1, Math.exp(pointLog + z * seLog) - 1];
      row.interval_abs = [pointAbs - z * seAbs, pointAbs + z * seAbs];
      row.verdict = judge(
        row.interval[0],
        row.interval[1],
        row.interval_abs[0],
        row.interval_abs[1],
        options.tolerance,
        options.minMs,
      );
      if (row.verdict === 'inconclusive') {
        // A point inside the tolerance or the floor: ruling out takes the easier of those routes; beyond both: showing it takes both.
        const routes = [
          { point: pointLog, margin: Math.log(1 + options.tolerance), sampling: samplingLog, extra },
          { point: pointAbs, margin: options.minMs, sampling: samplingAbs, extra: expected * expected * extra },
        ];
        const inside = routes.filter((r) => r.point < r.margin);
        const factors = (inside.length ? inside : routes).map((r) =>
          requestsFactor(r.point, r.margin, r.sampling, r.extra, z),
        );
        const known = factors.filter((f): f is number => f !== null);
        const factor = inside.length
          ? known.length
            ? Math.min(...known)
            : null
          : known.length === factors.length
            ? Math.max(...known)
            : null;
        row.note = `a regression beyond the tolerance and floor can be neither shown nor ruled out: ${settleHint(factor, k)}`;
      }
      if (row.verdict === 'regressed' && isEndpoint(key)) {
        const qs = (runs: RunSamples[]) => {
          const all = sorted(runs, key);
          return PROFILE_Q.map((q) => percentileSorted(all, q));
        };
        row.profile = { q: PROFILE_Q, baseline: qs(baseRuns), current: qs([current]) };
      }
    };
  }
  const shifts = eligible.map(pointChange);
  return {
    pending,
    shift: eligible.length ? { change: Math.exp(median(shifts)) - 1, endpoints: eligible.length } : null,
  };
}

/** Error rates: Newcombe interval of the difference from the counts (raw or summary: k6's Rate keeps passes and fails). */
function rateRow(metric: string, baselines: Results[], current: Results, options: CompareOptions): Pending {
  const counts = (r: Results) => {
    const v = r.metrics[metric];
    if (!v || typeof v.passes !== 'number' || typeof v.fails !== 'number') return null;
    return { x: v.passes, n: v.passes + v.fails };
  };
  const bs = baselines.map(counts).filter((c): c is { x: number; n: number } => c !== null);
  const c = counts(current);
  const pooled = { x: bs.reduce((s, b) => s + b.x, 0), n: bs.reduce((s, b) => s + b.n, 0) };
  const row: ComparisonRow = {
    metric,
    stat: 'rate',
    endpoint: endpointOf(metric),
    unit: 'rate',
    baseline: pooled.n ? pooled.x / pooled.n : null,
    current: c && c.n ? c.x / c.n : null,
    change: null,
    interval: null,
    interval_abs: null,
    verdict: 'inconclusive',
    method: 'Newcombe score interval of the rate difference',
    samples: { baseline: pooled.n, current: c?.n ?? 0, baseline_runs: bs.length },
  };
  if (!c || bs.length === 0) {
    row.note = !c ? 'no pass/fail counts in the current run' : 'no pass/fail counts in the baseline';
    return { row };
  }
  if (pooled.n === 0 || c.n === 0) {
    row.note = `no requests on ${pooled.n === 0 ? 'the baseline' : 'the current'} side`;
    return { row };
  }
  row.change = c.x / c.n - pooled.x / pooled.n;
  if (bs.length >= 2) row.method += `, plus the run-to-run spread of ${bs.length} baselines`;
  // The interval and its verdict with every count times m (m = 1: as measured; m > 1: what longer runs would give at the same rates).
  const judgedAt = (z: number, m: number) => {
    const d = rateChange({ x: pooled.x * m, n: pooled.n * m }, { x: c.x * m, n: c.n * m }, z);
    let [low, high] = [d.low, d.high];
    if (bs.length >= 2) {
      // Runs differ by more than binomial noise when something outside the code varies; widen by their spread.
      const spread = sampleStandardDeviation(bs.map((b) => b.x / b.n)) * runNoiseScale(bs.length) * z;
      const widen = (h: number) => Math.sqrt(h * h + spread * spread);
      [low, high] = [d.change - widen(d.change - d.low), d.change + widen(d.high - d.change)];
    }
    // The relative tolerance on a rate: the interval's end relative to the baseline rate (any rise from 0 is beyond it).
    const rel = (x: number) => (d.baseline > 0 ? x / d.baseline : x > 0 ? Infinity : x < 0 ? -Infinity : 0);
    return {
      interval: [low, high] as [number, number],
      verdict: judge(rel(low), rel(high), low, high, options.tolerance, options.minRate),
    };
  };
  return {
    row,
    finish: (z) => {
      const { interval, verdict } = judgedAt(z, 1);
      row.interval = interval;
      row.interval_abs = interval;
      row.verdict = verdict;
      if (verdict === 'inconclusive') {
        const factor = RATE_SCALES.find((m) => judgedAt(z, m).verdict !== 'inconclusive') ?? null;
        row.note = `a rise beyond ${(options.minRate * 100).toFixed(1)} points can be neither shown nor ruled out at ${Math.min(pooled.n, c.n)} requests: ${settleHint(factor, bs.length)}`;
      }
    },
  };
}

/** How many times the requests an inconclusive rate is tried at, to say what would settle it. */
const RATE_SCALES = [1.5, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000];

/** Server CPU p95 and memory peak: one figure per run, so the interval comes from the baselines' spread alone. */
function serverRow(
  metric: string,
  stat: 'p(95)' | 'max',
  baselines: Results[],
  current: Results,
  options: CompareOptions,
): Pending {
  const values = baselines.map((r) => r.metrics[metric]?.[stat]).filter((v): v is number => typeof v === 'number');
  const after = current.metrics[metric]?.[stat];
  const floor = metric === 'server_cpu_percent' ? 5 : 10; // percentage points / MB that sampling alone moves
  const unit = metric === 'server_cpu_percent' ? 'percent' : 'MB';
  const before = values.length ? mean(values) : null;
  const row: ComparisonRow = {
    metric,
    stat,
    endpoint: null,
    unit,
    baseline: before,
    current: typeof after === 'number' ? after : null,
    change: before && typeof after === 'number' ? after / before - 1 : null,
    interval: null,
    interval_abs: null,
    verdict: 'inconclusive',
    method: `one figure per run; interval from the spread of the baselines' figures, floor ${floor} ${unit === 'MB' ? 'MB' : 'points'}`,
    samples: { baseline: values.length, current: typeof after === 'number' ? 1 : 0, baseline_runs: values.length },
  };
  if (before === null || typeof after !== 'number') {
    row.note =
      before === null
        ? 'not in the baseline: a baseline run that measured it would settle it'
        : 'not in the current run';
    return { row };
  }
  if (values.length < 2) {
    row.note = 'one figure per run: needs >= 2 baseline runs to know how much it varies';
    return { row };
  }
  return {
    row,
    finish: (z) => {
      const half = sampleStandardDeviation(values) * runNoiseScale(values.length) * z;
      const d = after - before;
      row.interval_abs = [d - half, d + half];
      row.interval = [(d - half) / before, (d + half) / before];
      row.verdict = judge(
        row.interval[0],
        row.interval[1],
        row.interval_abs[0],
        row.interval_abs[1],
        options.tolerance,
        floor,
      );
      if (row.verdict === 'inconclusive')
        row.note = `the baselines' spread spans the tolerance: ${settleHint(null, values.length)}`;
    },
  };
}

/** Without raw samples a p95 is one number per run: compared as such, and said to be weaker. */
function summaryLatencyRow(metric: string, baselines: Results[], current: Results, options: CompareOptions): Pending {
  const values = baselines
    .map((r) => r.metrics[metric]?.['p(95)'])
    .filter((v): v is number => typeof v === 'number' && v > 0);
  const after = current.metrics[metric]?.['p(95)'];
  const before = values.length ? mean(values) : null;
  const row: ComparisonRow = {
    metric,
    stat: 'p(95)',
    endpoint: /^http_req_duration\{endpoint:[^,}]+\}$/.test(metric) ? endpointOf(metric) : null,
    unit: 'ms',
    baseline: before,
    current: typeof after === 'number' ? after : null,
    change: before && typeof after === 'number' ? after / before - 1 : null,
    interval: null,
    interval_abs: null,
    verdict: 'inconclusive',
    method: 'summary p95s only (no raw samples): weaker',
    samples: null,
  };
  if (before === null || typeof after !== 'number') {
    row.note = before === null ? 'not in the baseline' : 'not in the current run';
    return { row };
  }
  if (values.length < 2) {
    row.note =
      'no raw samples (metrics.json.gz) and one baseline: no interval can be drawn; keep metrics.json.gz or give >= 2 baseline runs';
    return { row };
  }
  row.note = "interval from the spread of the baselines' summary p95s only: weaker than one from raw samples";
  return {
    row,
    finish: (z) => {
      const half = sampleStandardDeviation(values.map(Math.log)) * runNoiseScale(values.length) * z;
      row.interval = [(after / before) * Math.exp(-half) - 1, (after / before) * Math.exp(half) - 1];
      row.interval_abs = [after - before * Math.exp(half), after - before * Math.exp(-half)];
      row.verdict = judge(
        row.interval[0],
        row.interval[1],
        row.interval_abs[0],
        row.interval_abs[1],
        options.tolerance,
        options.minMs,
      );
      if (row.verdict === 'inconclusive') row.note += `; ${settleHint(null, values.length)}`;
    },
  };
}

const sampleCache = new WeakMap<LoadedRun, { signature: string; samples: RunSamples }>();

export async function compareRuns(
  baselines: LoadedRun[],
  current: LoadedRun,
  options: CompareOptions,
): Promise<ComparisonReport> {
  if (baselines.length === 0) throw new CompareInputError('no baseline run given');
  const warnings = checkComparable(baselines, current, options.allowMismatch ?? false);
  const all = [...baselines, current];
  const compared = new Map<string, { kind: Kind; stat: ComparisonRow['stat'] }>();
  for (const run of all) {
    for (const [metric, values] of Object.entries(run.results.metrics)) {
      const kind = kindOf(metric, values ?? {});
      if (kind) compared.set(metric, kind);
    }
  }
  const matches = (metric: string, name: string) => metric === name || metric.startsWith(`${name}{`);
  for (const name of options.only ?? []) {
    if (![...compared.keys()].some((m) => matches(m, name)))
      throw new CompareInputError(
        `--metric ${name}: no compared metric of that name (compared: latency p95, error rates, server_cpu_percent, server_memory_mb)`,
      );
  }
  const wanted = [...compared.entries()].filter(
    ([metric]) => !options.only || options.only.some((name) => matches(metric, name)),
  );
  const full = {
    tolerance: options.tolerance,
    minMs: options.minMs,
    resamples: options.resamples ?? 2000,
    seed: options.seed ?? 1,
    blockS: options.blockS ?? 1,
  };
  const raw = all.every((run) => run.samplesFile !== null);
  if (!raw) {
    warnings.push(
      `no raw samples (metrics.json.gz) beside ${all
        .filter((r) => !r.samplesFile)
        .map((r) => r.label)
        .join(', ')}: latency is compared on summary p95s only, a weaker verdict`,
    );
  }
  const pending: Pending[] = [];
  let shift: ComparisonReport['run_wide_shift'] = null;
  const latency = wanted.filter(([, k]) => k.kind === 'endpoint latency' || k.kind === 'run-wide latency');
  // A metric missing on one side is listed, never judged.
  const onBothSides = (metric: string) =>
    baselines.every((b) => b.results.metrics[metric]) && current.results.metrics[metric];
  const both = latency.filter(([m]) => onBothSides(m));
  if (raw && both.length > 0) {
    const keys = new Map<string, ThresholdKey>(both.map(([m]) => [m, parseThresholdKey(m)]));
    const signature = [...keys.keys()].join('\n');
    const read = async (run: LoadedRun) => {
      // A run compared several times (every pair of a series) is read once.
      const cached = sampleCache.get(run);
      if (cached?.signature === signature) return cached.samples;
      try {
        const samples = (await mergeSamples([run.samplesFile!], keys, { onlyKeys: true })).byKey;
        sampleCache.set(run, { signature, samples });
        return samples;
      } catch (error) {
        throw new CompareInputError(`${run.samplesFile}: ${(error as Error).message}`);
      }
    };
    const result = latencyRows(
      {
        endpointKeys: [...keys.keys()].filter((m) => compared.get(m)!.kind === 'endpoint latency'),
        runWideKeys: [...keys.keys()].filter((m) => compared.get(m)!.kind === 'run-wide latency'),
        baseRuns: await Promise.all(baselines.map(read)),
        current: await read(current),
      },
      full,
    );
    pending.push(...result.pending);
    shift = result.shift;
    // Endpoints are judged relative to this shift, so a change that slows every endpoint alike cancels there.
    if (baselines.length === 1 && shift && Math.abs(Math.log(1 + shift.change)) > Math.log(1 + options.tolerance)) {
      warnings.push(
        `every endpoint moved ${signed(shift.change * 100)} % (median of ${shift.endpoints}): a busier or quieter machine, or a change that slows or speeds up everything alike; one baseline cannot tell which, and endpoint verdicts are relative to it. Give >= 2 baseline runs to judge the run-wide figures`,
      );
    }
  } else {
    for (const [metric] of both)
      pending.push(
        summaryLatencyRow(
          metric,
          baselines.map((b) => b.results),
          current.results,
          options,
        ),
      );
  }
  for (const [metric, { kind, stat }] of wanted) {
    if (!onBothSides(metric)) {
      const row: ComparisonRow = {
        metric,
        stat,
        endpoint: endpointOf(metric),
        unit: kind === 'rate' ? 'rate' : kind === 'server' ? (metric === 'server_memory_mb' ? 'MB' : 'percent') : 'ms',
        baseline: null,
        current: null,
        change: null,
        interval: null,
        interval_abs: null,
        verdict: 'inconclusive',
        method: 'none',
        samples: null,
        note: current.results.metrics[metric]
          ? 'not in the baseline: a baseline run that measured it would settle it'
          : 'not in the current run',
      };
      pending.push({ row });
      continue;
    }
    if (kind === 'rate')
      pending.push(
        rateRow(
          metric,
          baselines.map((b) => b.results),
          current.results,
          options,
        ),
      );
    if (kind === 'server')
      pending.push(
        serverRow(
          metric,
          stat as 'p(95)' | 'max',
          baselines.map((b) => b.results),
          current.results,
          options,
        ),
      );
  }
  // One gate judges m metrics at once: each gets a 1 - 0.05/m interval (Bonferroni), so a healthy
  // run raises a false alarm on ANY metric at most 5 % of the time, not 5 % per metric.
  const judged = pending.filter((p) => p.finish);
  const z = probit(1 - 0.05 / Math.max(1, judged.length) / 2);
  for (const p of judged) p.finish!(z);
  const rows = pending.map((p) => p.row);
  const order: Record<Verdict, number> = { regressed: 0, inconclusive: 1, improved: 2, 'no change': 3 };
  rows.sort((a, b) => order[a.verdict] - order[b.verdict] || a.metric.localeCompare(b.metric));
  return {
    method:
      "block bootstrap (1 s blocks) of each p95, endpoints relative to the other endpoints' median change and scatter; Newcombe score interval for error rates; run-to-run spread of >= 2 baselines added; Bonferroni over the judged metrics",
    options: {
      tolerance: full.tolerance,
      min_ms: full.minMs,
      min_rate: options.minRate,
      resamples: full.resamples,
      seed: full.seed,
      block_s: full.blockS,
      inconclusive: options.inconclusive ?? 'warn',
    },
    confidence: { family: 0.95, per_metric: 1 - 0.05 / Math.max(1, judged.length), judged: judged.length },
    baselines: baselines.map((b) => b.label),
    current: current.label,
    raw_samples: raw,
    run_wide_shift: shift,
    warnings,
    regressions: rows.filter((r) => r.verdict === 'regressed').length,
    inconclusive: rows.filter((r) => r.verdict === 'inconclusive').length,
    rows,
  };
}

const signed = (x: number, digits = 0) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;

/** "p95 +12 % [+7 %, +18 %]" for latency; "rate +3.1 pt [+1.9, +4.4]" for error rates. */
export function describeChange(row: ComparisonRow): string {
  if (row.change === null) return 'n/a';
  if (row.stat === 'rate') {
    const pt = (x: number) => signed(x * 100, 1);
    return `rate ${pt(row.change)} pt${row.interval ? ` [${pt(row.interval[0])}, ${pt(row.interval[1])}]` : ''}`;
  }
  const pc = (x: number) => `${signed(x * 100)} %`;
  // Latency is judged on both scales (tolerance and --min-ms): both intervals are shown.
  const unit = row.unit === 'ms' ? ' ms' : row.unit === 'MB' ? ' MB' : ' pt';
  const abs = row.interval_abs ? `, ${signed(row.interval_abs[0], 1)}…${signed(row.interval_abs[1], 1)}${unit}` : '';
  return `${row.stat === 'max' ? 'max' : row.stat === 'p(95)' ? 'p95' : row.stat} ${pc(row.change)}${row.interval ? ` [${pc(row.interval[0])}, ${pc(row.interval[1])}${abs}]` : ''}`;
}

export function formatValue(v: number | null, unit: ComparisonRow['unit']): string {
  if (v === null || !Number.isFinite(v)) return 'n/a';
  if (unit === 'rate') return `${(v * 100).toFixed(2)}%`;
  if (unit === 'percent') return `${v.toFixed(1)}%`;
  return `${v.toFixed(2)}${unit === 'MB' ? ' MB' : ' ms'}`;
}

export function formatComparison(report: ComparisonReport): string {
  const width = Math.max(6, ...report.rows.map((r) => r.metric.length));
  const lines = [
    `baseline: ${report.baselines.join(', ')} (${report.baselines.length} run${report.baselines.length > 1 ? 's' : ''})`,
    `current:  ${report.current}`,
    `regressed only when the whole interval is beyond +${(report.options.tolerance * 100).toFixed(0)} % and +${report.options.min_ms} ms (latency) / +${(report.options.min_rate * 100).toFixed(1)} points (error rates);`,
    `intervals: 95 % for all ${report.confidence.judged} judged metrics together (${(report.confidence.per_metric * 100).toFixed(2)} % each, Bonferroni); seed ${report.options.seed}, ${report.options.resamples} resamples`,
  ];
  if (report.run_wide_shift)
    lines.push(
      `run-wide shift (median p95 change of ${report.run_wide_shift.endpoints} endpoints): ${signed(report.run_wide_shift.change * 100)} %; endpoint changes below are relative to it`,
    );
  for (const w of report.warnings) lines.push(`warning: ${w}`);
  lines.push(
    '',
    `${'metric'.padEnd(width)}  ${'verdict'.padEnd(18)}  ${'baseline'.padStart(10)}  ${'current'.padStart(10)}  change [interval]         samples`,
  );
  for (const r of report.rows) {
    const samples = r.samples
      ? `${r.samples.baseline} vs ${r.samples.current}${r.samples.baseline_runs > 1 ? ` (${r.samples.baseline_runs} baseline runs)` : ''}`
      : '-';
    const verdict = r.verdict === 'regressed' ? 'REGRESSED' : r.verdict;
    lines.push(
      `${r.metric.padEnd(width)}  ${verdict.padEnd(18)}  ${formatValue(r.baseline, r.unit).padStart(10)}  ${formatValue(r.current, r.unit).padStart(10)}  ${describeChange(r).padEnd(24)}  ${samples}${r.note ? `  (${r.note})` : ''}`,
    );
  }
  return lines.join('\n');
}

/**
 * The gate's answer to a comparison: exit 99 on a regression (or, with --inconclusive fail, on an
 * inconclusive metric), else 0; and the closing line, which never says "no regression" while a
 * metric could not be judged.
 */
export function comparisonOutcome(report: ComparisonReport): { code: 0 | 99; line: string; failed: string[] } {
  const regressed = report.rows.filter((r) => r.verdict === 'regressed');
  const open = report.rows.filter((r) => r.verdict === 'inconclusive');
  const names = (rows: ComparisonRow[]) => rows.map((r) => `${r.metric} ${r.stat}`);
  const openLine = open.length
    ? `${open.length} of ${report.rows.length} metrics inconclusive (a regression could be neither shown nor ruled out; each row's note says what would settle it): ${names(open).slice(0, 6).join(', ')}${open.length > 6 ? ', …' : ''}`
    : '';
  const failOnOpen = report.options.inconclusive === 'fail' && open.length > 0;
  if (regressed.length > 0) {
    return {
      code: 99,
      line: `${regressed.length} regression(s): ${names(regressed).join(', ')}${openLine ? `; ${openLine}` : ''}`,
      failed: [
        ...names(regressed).map((n) => `${n} regressed vs baseline`),
        ...(failOnOpen ? names(open).map((n) => `${n} inconclusive vs baseline`) : []),
      ],
    };
  }
  if (open.length > 0) {
    const policy = failOnOpen ? 'exit 99 (--inconclusive fail)' : 'exit 0 (--inconclusive fail would make it 99)';
    return {
      code: failOnOpen ? 99 : 0,
      line: `no regression shown, but ${openLine}; ${policy}`,
      failed: failOnOpen ? names(open).map((n) => `${n} inconclusive vs baseline`) : [],
    };
  }
  return {
    code: 0,
    line: 'no regression beyond the noise, the tolerance and the floors: every metric judged',
    failed: [],
  };
}

/** Run folder of a loaded run's results.json (where the comparison is written). */
export function runFolderOf(run: LoadedRun): string {
  return existsSync(run.label) && statSync(run.label).isDirectory() ? run.label : dirname(run.label);
}

export const labelOf = (path: string) => basename(path.replace(/\/results\.json$/, ''));
