// E-Divisive means (Matteson & James 2014, arXiv:1306.4933) with Student's t as the significance test
// (Fleming et al. 2023, "Hunter", arXiv:2301.03034; what Apache Otava runs). Within an interval of a
// series, the candidate change point is the split tau (with an end kappa) that maximises the energy
// statistic Q between x[start, tau) and x[tau, kappa); the t-test then compares the whole interval's
// two sides (change-points.ts corrects its p for that choice: selection.ts). Points are split off one at a time, the best candidate over all intervals first, until
// the best one is not significant. Written here: no npm package implements E-Divisive.
import { twoSidedP } from './student-t.ts';

export interface SideStats {
  mean: number;
  /** Sample standard deviation (n - 1); 0 for a single value. */
  sd: number;
  n: number;
}

export interface SplitTest {
  before: SideStats;
  after: SideStats;
  pValue: number;
  /** Pooled standard deviation and degrees of freedom, for the interval of the difference. */
  pooledSd: number;
  df: number;
}

function sideStats(values: readonly number[], from: number, to: number): SideStats {
  const n = to - from;
  let sum = 0;
  for (let i = from; i < to; i++) sum += values[i]!;
  const mean = sum / n;
  let squares = 0;
  for (let i = from; i < to; i++) squares += (values[i]! - mean) ** 2;
  return { mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0, n };
}

/**
 * Student's two-sample t-test (pooled variance, two-sided) of x[from, at) against x[at, to). Sample
 * variances (n - 1): Otava passes population ones (n) to SciPy, which overstates t on short segments.
 */
export function splitTest(values: readonly number[], from: number, at: number, to: number): SplitTest {
  const before = sideStats(values, from, at);
  const after = sideStats(values, at, to);
  const df = before.n + after.n - 2;
  const pooledVariance = df > 0 ? ((before.n - 1) * before.sd ** 2 + (after.n - 1) * after.sd ** 2) / df : Number.NaN;
  const pooledSd = Math.sqrt(pooledVariance);
  const difference = after.mean - before.mean;
  let pValue = 1;
  if (df > 0 && pooledSd > 0) pValue = twoSidedP(difference / (pooledSd * Math.sqrt(1 / before.n + 1 / after.n)), df);
  else if (df > 0 && difference !== 0) pValue = 0; // no spread at all, and the sides differ
  return { before, after, pValue, pooledSd, df };
}

/** Sums of |x_i - x_j| over rectangles of index pairs, from a 2-D prefix table (O(1) each). */
class PairDistances {
  private readonly prefix: Float64Array;
  private readonly width: number;

  constructor(values: readonly number[]) {
    const n = values.length;
    this.width = n + 1;
    this.prefix = new Float64Array(this.width * this.width);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const cell = Math.abs(values[i]! - values[j]!);
        this.prefix[(i + 1) * this.width + j + 1] =
          cell +
          this.prefix[i * this.width + j + 1]! +
          this.prefix[(i + 1) * this.width + j]! -
          this.prefix[i * this.width + j]!;
      }
    }
  }

  /** Sum over i in [i0, i1), j in [j0, j1). */
  sum(i0: number, i1: number, j0: number, j1: number): number {
    const w = this.width;
    const p = this.prefix;
    return p[i1 * w + j1]! - p[i0 * w + j1]! - p[i1 * w + j0]! + p[i0 * w + j0]!;
  }
}

export interface Candidate {
  index: number;
  q: number;
}

/**
 * The split of x[start, end) maximising Q(tau, kappa) over start < tau < kappa <= end, with n = tau - start
 * and m = kappa - tau: Q = 2/(n+m) sum|X-Y| - 2m/((n+m)(n-1)) sum_{i<j}|X_i-X_j| - 2n/((n+m)(m-1)) sum_{i<j}|Y_i-Y_j|
 * (Matteson & James' Q-hat with alpha = 1; a within-sum over one point is 0). First maximum wins.
 */
function bestSplit(distances: PairDistances, start: number, end: number, minSize: number): Candidate | null {
  let best: Candidate | null = null;
  for (let tau = start + minSize; tau <= end - minSize; tau++) {
    const n = tau - start;
    const withinX = distances.sum(start, tau, start, tau) / 2;
    for (let kappa = tau + minSize; kappa <= end; kappa++) {
      const m = kappa - tau;
      const between = distances.sum(start, tau, tau, kappa);
      const withinY = distances.sum(tau, kappa, tau, kappa) / 2;
      const q =
        (2 / (n + m)) * between -
        (n > 1 ? ((2 * m) / ((n + m) * (n - 1))) * withinX : 0) -
        (m > 1 ? ((2 * n) / ((n + m) * (m - 1))) * withinY : 0);
      if (best === null || q > best.q) best = { index: tau, q };
    }
  }
  return best;
}

/** The bounds [from, to) of the segments that sorted change points cut x[0, length) into. */
export function segmentsOf(points: readonly number[], length: number): [number, number][] {
  const bounds = [0, ...points, length];
  return bounds.slice(0, -1).map((from, i) => [from, bounds[i + 1]!]);
}

/** The p-value of a split of x[from, to) at `at`; by default Student's t as Otava runs it. */
export type SplitP = (values: readonly number[], from: number, at: number, to: number) => number;

const tTestP: SplitP = (values, from, at, to) => splitTest(values, from, at, to).pValue;

/**
 * E-Divisive over one window: change points (indices into `values`) significant at maxP, each tested
 * between its neighbours at the time it was found. minSize: fewest points each side of a split.
 */
export function eDivisive(values: readonly number[], maxP: number, minSize = 1, pOf: SplitP = tTestP): number[] {
  const distances = new PairDistances(values);
  const found: number[] = [];
  for (;;) {
    let best: (Candidate & { from: number; to: number }) | null = null;
    for (const [from, to] of segmentsOf(found, values.length)) {
      if (to - from < 2 * minSize) continue;
      const candidate = bestSplit(distances, from, to, minSize);
      if (candidate && (best === null || candidate.q > best.q)) best = { ...candidate, from, to };
    }
    if (best === null) return found;
    if (pOf(values, best.from, best.index, best.to) > maxP) return found;
    found.push(best.index);
    found.sort((a, b) => a - b);
  }
}
