// A sweep step's steady window, found from its data: the step's completions binned in time, its
// warm-up truncated by MSER (White 1997, "An effective truncation heuristic for bias reduction in
// simulation output"; the MSER-5 of White, Cobb & Spratt 2000 batches raw observations in fives
// first — a bin of completions is already such a batch): the truncation point d minimises the
// squared standard error of the mean of what is left, Σ(Z_j − Z̄_d)² / (n − d)², searched from the
// fixed settling cut (CAPACITY_SETTLE_S, k6's `window` tag) to half the step, never beyond. Written
// here: no npm package implements MSER or any other warm-up rule from simulation output analysis
// (searched 2026-12-06). Pure.
import { twoSidedP } from '../history/student-t.ts';

/** Bin width: half a second, finer on short steps so a step always has 20 bins. */
export const binWidthS = (stepS: number): number => Math.min(0.5, stepS / 20);

/** Completions per bin of `widthS` over [0, toS): `timesS` are seconds after the step's start. */
export function binCounts(timesS: readonly number[], toS: number, widthS: number): number[] {
  const bins = new Array<number>(Math.max(0, Math.floor(toS / widthS + 1e-9))).fill(0);
  for (const t of timesS) {
    const i = Math.floor(t / widthS);
    if (i >= 0 && i < bins.length) bins[i]!++;
  }
  return bins;
}

/**
 * MSER's truncation of `series`: the d in [minD, ⌊n/2⌋] whose remainder's mean has the least
 * squared standard error (the first such d on ties). `atBound`: the rule wanted the whole half it
 * may cut, the sign of a series that was still drifting (White's rule of thumb: a truncation at the
 * half bound means the run was too short to reach a steady state). A `minD` at or past the half
 * leaves nothing to search: d = minD, not at the bound.
 */
export function mserTruncation(series: readonly number[], minD: number): { d: number; atBound: boolean } {
  const n = series.length;
  const half = Math.floor(n / 2);
  if (minD >= half) return { d: Math.min(minD, n), atBound: false };
  let sum = 0;
  let squares = 0;
  const stats: number[] = new Array(n + 1).fill(Infinity);
  for (let d = n - 1; d >= minD; d--) {
    sum += series[d]!;
    squares += series[d]! ** 2;
    const m = n - d;
    stats[d] = (squares - (sum * sum) / m) / (m * m);
  }
  let best = minD;
  for (let d = minD; d <= half; d++) if (stats[d]! < stats[best]! - 1e-12) best = d;
  return { d: best, atBound: best === half };
}

export const meanOf = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
const varianceOf = (xs: readonly number[]) => {
  const m = meanOf(xs);
  return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
};

/** The halves of a steady window may differ by this share of its mean before it is called unsteady. */
const HALVES_TOLERANCE = 0.05;
/** ... and only beyond their noise at this two-sided level (Welch's t on their bins). */
const HALVES_ALPHA = 0.01;

/**
 * Why `later` differs from `earlier` beyond their noise (Welch's t on their bins, two-sided at
 * 1 %) and by more than 5 % of their mean (a drift too small to move a fit is not called
 * unsteady); null when it does not, or when either has fewer than 3 bins (nothing to judge).
 */
function differs(earlier: readonly number[], later: readonly number[]): string | null {
  const [a, b] = [earlier, later];
  if (a.length < 3 || b.length < 3) return null;
  const [ma, mb] = [meanOf(a), meanOf(b)];
  const overall = meanOf([...a, ...b]);
  if (overall === 0 || Math.abs(mb - ma) <= HALVES_TOLERANCE * overall) return null;
  const [va, vb] = [varianceOf(a) / a.length, varianceOf(b) / b.length];
  const se = Math.sqrt(va + vb);
  const df = se === 0 ? Infinity : (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  const p = se === 0 ? 0 : twoSidedP((mb - ma) / se, Number.isFinite(df) ? df : 1e6);
  if (p >= HALVES_ALPHA) return null;
  return `${ma === 0 ? 'from nothing' : `${(((mb - ma) / ma) * 100).toFixed(0)} %`} ${mb > ma ? 'faster' : 'slower'} (p ${p < 0.001 ? '< 0.001' : p.toFixed(3)})`;
}

export interface SteadyWindow {
  /** Seconds after the step's start where its steady window begins (the settling cut at least). */
  fromS: number;
  toS: number;
  /** Whether the step reached a steady state; `why` says what showed it did not. */
  steady: boolean;
  why: string | null;
}

/**
 * The steady window of a step of `stepS` seconds whose requests completed at `timesS` (seconds
 * after its start), measured up to `toS` (the step's end, or where the run stopped).
 */
export function steadyWindow(
  timesS: readonly number[],
  { stepS, settleS, toS }: { stepS: number; settleS: number; toS: number },
): SteadyWindow {
  const width = binWidthS(stepS);
  const bins = binCounts(timesS, toS, width);
  const minD = Math.ceil(settleS / width - 1e-9);
  const { d, atBound } = mserTruncation(bins, minD);
  const fromS = Math.min(toS, Math.max(settleS, d * width));
  // On a steady series MSER's minimum falls at the half bound now and then by chance (measured on
  // stationary Poisson bins: 2-9 % of steps): only a cut part that really differs from the rest says
  // the step was still changing.
  const warming = atBound ? differs(bins.slice(minD, d), bins.slice(d)) : null;
  if (warming)
    return {
      fromS,
      toS,
      steady: false,
      why: `still changing: the warm-up cut reached half the step, and what is left ran ${warming} than what was cut`,
    };
  const kept = bins.slice(d);
  const mid = Math.floor(kept.length / 2);
  const drift = differs(kept.slice(0, mid), kept.slice(mid));
  return {
    fromS,
    toS,
    steady: drift === null,
    why: drift && `its steady window's second half ran ${drift} than its first`,
  };
}
