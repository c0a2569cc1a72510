// Synthetic run histories with a known truth, for the change-point benchmark and its fast test: each
// series takes one real series of the demo's healthy runs (test/fixtures/history/healthy-load-runs.json),
// its median as the level and its runs' relative deviations from that median as the noise, drawn with
// replacement; half the series get a shift of +5, +10 or +20 % from a random run on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { ROOT } from '../../runner/k6/build-if-stale.ts';

export const HEALTHY_RUNS_FIXTURE = join(ROOT, 'test/fixtures/history/healthy-load-runs.json');

export interface FixtureRun {
  id: string;
  values: Record<string, number>;
}

export interface NoiseSource {
  series: string;
  level: number;
  /** value / median - 1 of each healthy run. */
  deviations: number[];
}

export interface SyntheticSeries {
  source: string;
  values: number[];
  /** Index of the first shifted run, or null for a shift-free series. */
  shiftAt: number | null;
  shift: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Series of the healthy runs with a value in at least 3 of 4 runs, a non-zero level, and some spread. */
function noiseSources(runs: FixtureRun[]): NoiseSource[] {
  const names = [...new Set(runs.flatMap((run) => Object.keys(run.values)))].sort();
  return names.flatMap((series) => {
    const values = runs.map((run) => run.values[series]).filter((v): v is number => v !== undefined);
    if (values.length < 0.75 * runs.length) return [];
    const level = median(values);
    if (level <= 0 || values.every((v) => v === values[0])) return [];
    return [{ series, level, deviations: values.map((v) => v / level - 1) }];
  });
}

export function loadNoiseSources(file = HEALTHY_RUNS_FIXTURE): NoiseSource[] {
  return noiseSources(JSON.parse(readFileSync(file, 'utf8')).runs as FixtureRun[]);
}

export interface SyntheticPlan {
  seed: number;
  count: number;
  minLength: number;
  maxLength: number;
  shifts: number[];
  /** Runs kept before and after a shift at least. */
  margin: number;
}

export const BENCH_PLAN: SyntheticPlan = {
  seed: 23,
  count: 240,
  minLength: 40,
  maxLength: 60,
  shifts: [0.05, 0.1, 0.2],
  margin: 5,
};

/** `count` series; the odd ones shifted (a shift size in turn), the even ones shift-free. */
export function syntheticHistories(sources: NoiseSource[], plan: SyntheticPlan): SyntheticSeries[] {
  const rng = xoroshiro128plus(plan.seed);
  for (let i = 0; i < 16; i++) uniformInt(rng, 0, 1); // its first draws are extreme for small seeds
  const int = (from: number, to: number) => uniformInt(rng, from, to);
  const out: SyntheticSeries[] = [];
  for (let i = 0; i < plan.count; i++) {
    const source = sources[int(0, sources.length - 1)]!;
    const length = int(plan.minLength, plan.maxLength);
    const shifted = i % 2 === 1;
    const shift = shifted ? plan.shifts[((i - 1) / 2) % plan.shifts.length]! : 0;
    const shiftAt = shifted ? int(plan.margin, length - plan.margin) : null;
    const values = Array.from({ length }, (_, run) => {
      const noise = source.deviations[int(0, source.deviations.length - 1)]!;
      const factor = shiftAt !== null && run >= shiftAt ? 1 + shift : 1;
      return source.level * factor * (1 + noise);
    });
    out.push({ source: source.series, values, shiftAt, shift });
  }
  return out;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Change points found in shift-free series, per 100 of them. */
  falsePer100Clean: number;
  /** Recall per shift size. */
  recallByShift: Record<string, number>;
}

/**
 * A found change point is right when it is within `slack` runs of the shift, once per shift; every other
 * one is a false positive.
 */
export function score(series: SyntheticSeries[], found: number[][], slack = 2): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let cleanFalse = 0;
  const byShift: Record<string, { hit: number; all: number }> = {};
  series.forEach((s, i) => {
    const points = found[i] ?? [];
    const hit = s.shiftAt !== null && points.some((p) => Math.abs(p - s.shiftAt!) <= slack);
    if (s.shiftAt === null) cleanFalse += points.length;
    else {
      const key = `+${Math.round(s.shift * 100)} %`;
      byShift[key] ??= { hit: 0, all: 0 };
      byShift[key].all++;
      if (hit) byShift[key].hit++;
    }
    tp += hit ? 1 : 0;
    fn += s.shiftAt !== null && !hit ? 1 : 0;
    fp += points.length - (hit ? 1 : 0);
  });
  const precision = tp + fp > 0 ? tp / (tp + fp) : 1;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 1;
  const clean = series.filter((s) => s.shiftAt === null).length;
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    falsePer100Clean: clean > 0 ? (100 * cleanFalse) / clean : 0,
    recallByShift: Object.fromEntries(Object.entries(byShift).map(([k, v]) => [k, v.hit / v.all])),
  };
}
