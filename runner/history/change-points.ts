// Change points of one series, the Hunter/Otava way: E-Divisive over sliding windows at a relaxed
// p-value (10x) finds "weak" change points; then the weakest is dropped, and its neighbours re-tested
// against their new neighbours, until every one left is significant at the asked p-value and larger
// than the minimum magnitude. Each change point comes with the two segments it separates, the relative
// change of the mean and a 95 % interval of it (Student t, pooled variance). The p-value, by default,
// is the t-test's corrected for E-Divisive's choice of split (selection.ts); 'otava' is Otava's own.
import { eDivisive, type SideStats, type SplitP, type SplitTest, segmentsOf, splitTest } from './e-divisive.ts';
import { chosenSplitP } from './selection.ts';
import { tQuantile } from './student-t.ts';

export interface DetectOptions {
  /** Points per sliding window (Otava's --window; default 50). */
  window: number;
  /**
   * Largest p-value a change point may have, corrected for E-Divisive's choice (default 0.005: corrected, it
   * keeps under 1 false change point per 100 shift-free series, fewer than Otava's uncorrected 0.001 — README).
   */
  pValue: number;
  /** Smallest relative change kept, Otava's magnitude: max(|after/before - 1|, |before/after - 1|). */
  minMagnitude: number;
  /** Fewest runs on each side of a change point: 2 tells a shift from one odd run; 1 is Otava's. */
  minSegment: number;
  /**
   * 'chosen-split' (the default): the t-test's p corrected for E-Divisive's choice among the splits of the
   * interval. 'otava': the t-test's own p, as if the split had been fixed in advance (Otava's).
   */
  test?: 'chosen-split' | 'otava';
}

export const DEFAULT_DETECT: DetectOptions = {
  window: 50,
  pValue: 0.005,
  minMagnitude: 0,
  minSegment: 2,
  test: 'chosen-split',
};

/** The p-value of a split under the options' test. */
function splitPOf(options: DetectOptions): SplitP {
  if (options.test === 'otava') return (xs, from, at, to) => splitTest(xs, from, at, to).pValue;
  // The split was chosen among those of at most one window (the merge step re-tests it more widely).
  return (xs, from, at, to) =>
    chosenSplitP(splitTest(xs, from, at, to).pValue, Math.min(to - from, options.window) - 2 * options.minSegment + 1);
}

export interface ChangePoint {
  /** Index of the first point of the new segment. */
  index: number;
  before: SideStats;
  after: SideStats;
  pValue: number;
  /** after.mean / before.mean - 1; null when the mean before was 0. */
  change: number | null;
  /** 95 % interval of that change (the difference of means, over the mean before); null without one. */
  interval: [number, number] | null;
  magnitude: number;
}

export interface Segment {
  from: number;
  /** Exclusive. */
  to: number;
  mean: number;
  sd: number;
}

function relative(from: number, to: number): number | null {
  return from === 0 ? (to === 0 ? 0 : null) : to / from - 1;
}

/** Otava's magnitude: the larger of the forward and backward relative changes; a mean of 0 counts as 0 change that way. */
function magnitudeOf(test: SplitTest): number {
  const forward = test.before.mean === 0 ? 0 : Math.abs(test.after.mean / test.before.mean - 1);
  const backward = test.after.mean === 0 ? 0 : Math.abs(test.before.mean / test.after.mean - 1);
  return Math.max(forward, backward);
}

function changePointOf(values: readonly number[], pOf: SplitP, from: number, at: number, to: number): ChangePoint {
  const test = splitTest(values, from, at, to);
  const { before, after } = test;
  let interval: [number, number] | null = null;
  if (test.df > 0 && before.mean !== 0 && Number.isFinite(test.pooledSd)) {
    const half = tQuantile(0.975, test.df) * test.pooledSd * Math.sqrt(1 / before.n + 1 / after.n);
    const difference = after.mean - before.mean;
    const scale = Math.abs(before.mean);
    interval = [(difference - half) / scale, (difference + half) / scale];
  }
  return {
    index: at,
    before,
    after,
    pValue: pOf(values, from, at, to),
    change: relative(before.mean, after.mean),
    interval,
    magnitude: magnitudeOf(test),
  };
}

/** Each change point tested between its neighbours (the series' ends for the first and last). */
function retest(values: readonly number[], pOf: SplitP, points: readonly number[]): ChangePoint[] {
  const bounds = [0, ...points, values.length];
  return points.map((at, i) => changePointOf(values, pOf, bounds[i]!, at, bounds[i + 2]!));
}

/** Split step: E-Divisive in windows of `window` points, each starting half a window (or at the last find) on. */
function weakChangePoints(values: readonly number[], options: DetectOptions, maxP: number): number[] {
  const found = new Set<number>();
  const step = Math.max(1, Math.floor(options.window / 2));
  let start = 0;
  while (start < values.length) {
    const end = Math.min(start + options.window, values.length);
    const inWindow = eDivisive(values.slice(start, end), maxP, options.minSegment, splitPOf(options)).map(
      (i) => i + start,
    );
    for (const index of inWindow) found.add(index);
    start = Math.max(inWindow.at(-1) ?? 0, start + step);
  }
  return [...found].sort((a, b) => a - b);
}

/** Merge step: drop the weakest (highest p, else smallest magnitude) until all pass; re-test its neighbours. */
function mergeWeak(values: readonly number[], weak: number[], options: DetectOptions): ChangePoint[] {
  const pOf = splitPOf(options);
  const points = retest(values, pOf, weak);
  while (points.length > 0) {
    let weakest = points.reduce((a, b) => (b.pValue > a.pValue ? b : a));
    if (weakest.pValue <= options.pValue) {
      weakest = points.reduce((a, b) => (b.magnitude < a.magnitude ? b : a));
      if (weakest.magnitude > options.minMagnitude) return points;
    }
    const at = points.indexOf(weakest);
    points.splice(at, 1);
    const bounds = [0, ...points.map((p) => p.index), values.length];
    for (const i of [at - 1, at]) {
      if (i >= 0 && i < points.length)
        points[i] = changePointOf(values, pOf, bounds[i]!, points[i]!.index, bounds[i + 2]!);
    }
  }
  return points;
}

/** Change points of a series, in order; the first-pass p-value is 10x the asked one, as Otava's. */
export function detectChangePoints(values: readonly number[], options: Partial<DetectOptions> = {}): ChangePoint[] {
  const all = { ...DEFAULT_DETECT, ...options };
  if (values.length < 2) return [];
  const firstPass = all.pValue < 0.05 ? all.pValue * 10 : all.pValue < 0.5 ? all.pValue * 2 : all.pValue;
  return mergeWeak(values, weakChangePoints(values, all, firstPass), all);
}

/** The segments the change points cut the series into, with their means and spreads. */
export function segments(values: readonly number[], points: readonly ChangePoint[]): Segment[] {
  return segmentsOf(
    points.map((p) => p.index),
    values.length,
  ).map(([from, to]) => {
    const part = values.slice(from, to);
    const mean = part.reduce((a, b) => a + b, 0) / part.length;
    const sd = part.length > 1 ? Math.sqrt(part.reduce((a, b) => a + (b - mean) ** 2, 0) / (part.length - 1)) : 0;
    return { from, to, mean, sd };
  });
}
