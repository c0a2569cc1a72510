// The verdict of one compared metric from its interval, and what would settle an inconclusive one.
//
// The regression zone is a change beyond BOTH the relative tolerance and the absolute floor
// (--min-ms, --min-rate). A verdict is a statement about that zone, made only when the interval
// allows it (an equivalence test in the manner of TOST, at the family-wise level):
// - regressed:    the whole interval is in the regression zone;
// - improved:     the whole interval is in the mirror zone below;
// - no change:    the interval's upper end is outside the regression zone (a regression is ruled
//                 out) and no improvement is shown;
// - inconclusive: a regression is neither shown nor ruled out — the interval reaches into the zone
//                 from outside it. More requests or more baseline runs narrow it; a gate must not
//                 read this as "no regression".
import type { ComparisonRow } from './compare-model.ts';

export type ChangeVerdict = 'improved' | 'no change' | 'regressed' | 'inconclusive';

/** low/high: relative ends (0.1 = +10 %, or for rates the end over the baseline rate); lowAbs/highAbs: in the metric's unit. */
export function judge(
  low: number,
  high: number,
  lowAbs: number,
  highAbs: number,
  tolerance: number,
  floor: number,
): ChangeVerdict {
  if (low > tolerance && lowAbs > floor) return 'regressed';
  if (high < -tolerance && highAbs < -floor) return 'improved';
  if (high <= tolerance || highAbs <= floor) return 'no change';
  return 'inconclusive';
}

/** Sets a row's interval (relative and absolute) and the verdict they give. */
export function settleRow(
  row: ComparisonRow,
  interval: [number, number],
  intervalAbs: [number, number],
  tolerance: number,
  floor: number,
): void {
  row.interval = interval;
  row.interval_abs = intervalAbs;
  row.verdict = judge(interval[0], interval[1], intervalAbs[0], intervalAbs[1], tolerance, floor);
}

/**
 * How much more sampling would make a latency interval conclusive, when its half-width is what
 * keeps it so: the sampling part of a variance shrinks as 1/n, the between-run part (tau^2,
 * sigma^2) does not. point/margin/variances in log units; null when more requests cannot do it.
 */
export function requestsFactor(
  point: number,
  margin: number,
  samplingVar: number,
  extraVar: number,
  z: number,
): number | null {
  // Upper end inside the margin: no regression. Lower end beyond it: a regression. Whichever is nearer.
  const room = Math.abs(margin - point);
  const roomForSampling = (room / z) ** 2 - extraVar;
  if (roomForSampling <= 0 || samplingVar <= 0) return null;
  return samplingVar / roomForSampling;
}

/** "about 3x the requests per side" / "more baseline runs": what would settle an inconclusive row. */
export function settleHint(factor: number | null, baselineRuns: number): string {
  if (factor === null || !Number.isFinite(factor)) {
    return `the noise between runs alone spans the tolerance: ${baselineRuns < 5 ? 'more baseline runs (and longer runs)' : 'longer runs'} would settle it`;
  }
  const times = Math.max(1.1, factor);
  return `about ${times < 10 ? times.toFixed(1) : Math.round(times).toLocaleString('en-US')}× the requests per side (longer or busier runs) would settle it`;
}
