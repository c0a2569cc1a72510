// Confidence intervals of the change between a baseline and a current run, from raw samples.
//
// Latency p95: a seeded block bootstrap (Künsch 1989; the non-overlapping variant of Carlstein
// 1986). Requests that ran in the same second share the machine's state (GC pauses, a CPU burst
// from a neighbour), so they are not independent; resampling single requests would make the
// interval far too narrow. We resample whole seconds instead, each run on its own, and take the
// percentile interval of p95(current*) / p95(baseline*) - 1. No npm package bootstraps a quantile
// over time blocks on typed arrays, so the loop is ours; the seeded generator is pure-rand's.
//
// Error rates: Newcombe's hybrid score interval for a difference of two proportions (Newcombe
// 1998, method 10): closed form, good coverage at small counts, and unlike a bootstrap it does
// not collapse to [0, 0] when the baseline had no errors at all.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export type Rng = ReturnType<typeof xoroshiro128plus>;
export const seededRng = (seed: number): Rng => xoroshiro128plus(seed);

/** Samples of one metric in one run: values and the time (seconds) each was taken. */
export interface TimedSamples {
  values: number[];
  times: number[];
}

/** k6's percentile: linear interpolation between the closest ranks of the sorted values. */
export function percentileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * Variance of a sample quantile's log from the order statistics around it (the binomial method
 * behind distribution-free quantile intervals): the quantiles at q -/+ sqrt(q(1-q)/n) are about
 * one standard error apart, so half their log distance is about one standard error of
 * log(quantile). It follows n where a bootstrap of a high quantile at small n does not (a
 * resampled p95 of 30 values can never exceed their maximum). NaN when undefined (fewer than
 * 1/(1-q) values: none above the quantile; or values <= 0).
 */
export function orderStatLogVariance(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n * (1 - q) < 1) return Number.NaN;
  const step = Math.sqrt((q * (1 - q)) / n);
  const a = percentileSorted(sorted, Math.max(0, q - step));
  const b = percentileSorted(sorted, Math.min(1, q + step));
  if (!(a > 0 && b > 0)) return Number.NaN;
  return ((Math.log(b) - Math.log(a)) / 2) ** 2;
}

/** Wilson score interval of a proportion x/n. */
export function wilson(x: number, n: number, z: number): [number, number] {
  if (n === 0) return [0, 1];
  const p = x / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export interface RateChange {
  baseline: number;
  current: number;
  /** current - baseline, in rate units (0.01 = one percentage point). */
  change: number;
  low: number;
  high: number;
  samples: { baseline: number; current: number };
}

/** Newcombe's hybrid score interval of current rate - baseline rate (x events out of n each); z sets the confidence. */
export function rateChange(
  baseline: { x: number; n: number },
  current: { x: number; n: number },
  z: number,
): RateChange {
  const p1 = current.n ? current.x / current.n : 0;
  const p2 = baseline.n ? baseline.x / baseline.n : 0;
  const [l1, u1] = wilson(current.x, current.n, z);
  const [l2, u2] = wilson(baseline.x, baseline.n, z);
  const d = p1 - p2;
  return {
    baseline: p2,
    current: p1,
    change: d,
    low: d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2),
    high: d + Math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2),
    samples: { baseline: baseline.n, current: current.n },
  };
}

// The block bootstrap. Each side (the baseline runs, or the current run) is cut into blocks of
// blockS seconds; every series of a side shares the block ids, so one draw resamples the same
// seconds for all endpoints and keeps what they had in common. Values are replaced by their rank
// in the sorted side, so a resample's quantile is a histogram scan, O(n), with no sorting.

/** One series prepared for block resampling: ranks of the (pooled) sorted values, grouped by block. */
export interface Series {
  sorted: Float64Array;
  /** Per block id: [start, end) into ranks. */
  start: Int32Array;
  ranks: Int32Array;
  counts: Uint32Array;
}

/** Blocks of one side (baseline runs or the current run): every series shares the same block ids, so one draw resamples the same seconds for all endpoints. */
export interface Side {
  /** Block ids of each run (stratified draws keep each baseline run's weight). */
  runBlocks: Int32Array[];
  series: Map<string, Series>;
}

export function buildSide(runs: Map<string, TimedSamples>[], keys: string[], blockS: number): Side {
  const runBlocks: Int32Array[] = [];
  const blockOf: Int32Array[][] = []; // [run][seriesIdx] -> block per sample
  let nextId = 0;
  for (const run of runs) {
    let t0 = Infinity;
    for (const key of keys) for (const t of run.get(key)?.times ?? []) if (t < t0) t0 = t;
    const ids = new Map<number, number>();
    const perSeries: Int32Array[] = [];
    for (const key of keys) {
      const times = run.get(key)?.times ?? [];
      const blocks = new Int32Array(times.length);
      times.forEach((t, i) => {
        const local = Number.isFinite(t) ? Math.floor((t - t0) / blockS) : 0;
        let id = ids.get(local);
        if (id === undefined) {
          id = nextId++;
          ids.set(local, id);
        }
        blocks[i] = id;
      });
      perSeries.push(blocks);
    }
    runBlocks.push(Int32Array.from(ids.values()));
    blockOf.push(perSeries);
  }
  const series = new Map<string, Series>();
  keys.forEach((key, s) => {
    const values: number[] = [];
    const blocks: number[] = [];
    runs.forEach((run, r) => {
      const v = run.get(key)?.values ?? [];
      for (let i = 0; i < v.length; i++) {
        values.push(v[i]!);
        blocks.push(blockOf[r]![s]![i]!);
      }
    });
    const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
    const sorted = Float64Array.from(order, (i) => values[i]!);
    const start = new Int32Array(nextId + 1);
    for (const b of blocks) start[b + 1]!++;
    for (let b = 0; b < nextId; b++) start[b + 1]! += start[b]!;
    const fill = start.slice(0, nextId);
    const ranks = new Int32Array(values.length);
    order.forEach((item, rank) => {
      ranks[fill[blocks[item]!]!++] = rank;
    });
    series.set(key, { sorted, start, ranks, counts: new Uint32Array(values.length) });
  });
  return { runBlocks, series };
}

export function drawBlocks(side: Side, rng: Rng, into: number[]): void {
  into.length = 0;
  for (const blocks of side.runBlocks)
    for (let i = 0; i < blocks.length; i++) into.push(blocks[uniformInt(rng, 0, blocks.length - 1)]!);
}

/** The q-quantile of a series over the drawn blocks (k6's interpolation); NaN when the draw holds none of its samples. */
export function quantileOf(series: Series, picks: number[], q: number): number {
  const { counts, start, ranks, sorted } = series;
  counts.fill(0);
  let total = 0;
  for (const b of picks) {
    const end = start[b + 1]!;
    for (let j = start[b]!; j < end; j++) counts[ranks[j]!]!++;
    total += end - start[b]!;
  }
  if (total === 0) return Number.NaN;
  const pos = (total - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(total - 1, lo + 1);
  let seen = 0;
  let loValue = Number.NaN;
  for (let r = 0; r < counts.length; r++) {
    seen += counts[r]!;
    if (Number.isNaN(loValue) && seen > lo) loValue = sorted[r]!;
    if (seen > hi) return loValue + (sorted[r]! - loValue) * (pos - lo);
  }
  return loValue;
}

/**
 * DerSimonian & Laird's (1986) moment estimate of the between-series variance tau^2: how much
 * more the estimates y scatter than their own sampling variances v explain, floored at 0. It is
 * the random-effects meta-analysis estimator; here it tells the endpoint x run interaction (how
 * unevenly a run moved its endpoints) apart from the bootstrap's sampling noise, which the raw
 * scatter of a few endpoints' changes would count twice.
 */
export function dersimonianLaird(y: number[], v: number[]): number {
  if (y.length < 2 || y.length !== v.length) return Number.NaN;
  const w = v.map((x) => 1 / Math.max(x, 1e-12));
  const sw = w.reduce((s, x) => s + x, 0);
  const mean = w.reduce((s, x, i) => s + x * y[i]!, 0) / sw;
  const q = w.reduce((s, x, i) => s + x * (y[i]! - mean) ** 2, 0);
  const c = sw - w.reduce((s, x) => s + x * x, 0) / sw;
  return Math.max(0, (q - (y.length - 1)) / c);
}

const medianOf = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * tau^2 that one endpoint's real change cannot inflate: the scatter of y measured by the median
 * absolute deviation (x 1.4826, a standard deviation for normal scatter), net of the median
 * sampling variance. DerSimonian-Laird over the same y would read a regressed endpoint among the
 * others as a run that moved every endpoint unevenly, and blur every other endpoint's verdict.
 */
export function robustTau2(y: number[], v: number[]): number {
  if (y.length < 3 || y.length !== v.length) return Number.NaN;
  const centre = medianOf(y);
  const sd = 1.4826 * medianOf(y.map((x) => Math.abs(x - centre)));
  return Math.max(0, sd * sd - medianOf(v));
}
