// The block bootstrap of every drawn latency metric's log p95, all sides in the same draws.
import { buildSide, drawBlocks, quantileOf, seededRng } from './change-interval.ts';
import type { LatencyOptions } from './compare-model.ts';
import type { LatencySamples } from './latency-samples.ts';

export interface LogDraws {
  /** Log p95 of every draw, by metric: pooled baselines. */
  baseLog: Map<string, Float64Array>;
  /** ... the current run. */
  curLog: Map<string, Float64Array>;
  /** ... each baseline run on its own (>= 2 baselines; else empty). */
  runLog: Map<string, Float64Array[]>;
}

export function drawLogP95s(samples: LatencySamples, options: LatencyOptions): LogDraws {
  const { baseRuns, current } = samples.input;
  const { k, keys, drawn } = samples;
  const base = buildSide(baseRuns, keys, options.blockS);
  const cur = buildSide([current], keys, options.blockS);
  const rng = seededRng(options.seed);
  const R = options.resamples;
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
  return { baseLog, curLog, runLog };
}
