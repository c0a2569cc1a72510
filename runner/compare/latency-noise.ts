// The point changes of the latency metrics and the noise around them: the run-wide shift an
// endpoint is measured against, how unevenly the run moved the other endpoints (tau^2), and how
// much the baseline runs scatter among themselves (sigma^2).
import { mean, median, sampleVariance } from 'simple-statistics';
import { orderStatLogVariance, robustTau2 } from './change-interval.ts';
import type { RunSamples } from './compare-model.ts';
import type { LogDraws } from './latency-draws.ts';
import type { LatencySamples } from './latency-samples.ts';

/**
 * How unevenly a run may move its endpoints (log units), assumed when fewer than 3 other
 * endpoints can measure it: twice the largest tau measured between healthy runs (~0.25, README),
 * so only a change far beyond it can be shown that way.
 */
export const TAU_PRIOR = 0.5;

export const finite = (xs: ArrayLike<number>) => Array.from(xs).filter(Number.isFinite);

/** Variance of the finite values of a draw series (NaN when fewer than 2). */
export function drawVariance(xs: ArrayLike<number>): number {
  const ok = finite(xs);
  return ok.length >= 2 ? sampleVariance(ok) : Number.NaN;
}

export class LatencyNoise {
  /** Each p95 once: pooled baselines, current run, each baseline run. */
  readonly pooled: Map<string, number>;
  readonly now: Map<string, number>;
  private readonly perRun: Map<string, number>[];
  /** Sampling variance of each endpoint's log change, for tau^2. */
  private readonly changeVariance: Map<string, number>;

  constructor(
    private readonly s: LatencySamples,
    readonly draws: LogDraws,
    private readonly R: number,
  ) {
    const { baseRuns, current } = s.input;
    this.pooled = new Map(s.keys.map((key) => [key, s.p95(baseRuns, key)]));
    this.now = new Map(s.keys.map((key) => [key, s.p95([current], key)]));
    this.perRun = baseRuns.map((run) => new Map(s.drawn.map((key) => [key, s.p95([run], key)])));
    this.changeVariance = new Map(
      s.eligible.map((key) => [
        key,
        Math.max(
          drawVariance(Array.from({ length: R }, (_, i) => this.drawChange(key, i))),
          this.osVar(baseRuns, key) + this.osVar([current], key),
        ),
      ]),
    );
  }

  /** The order-statistic variance of a side's log p95: the least sampling noise a p95 of that many values has. */
  osVar(runs: RunSamples[], key: string): number {
    return orderStatLogVariance(this.s.sorted(runs, key), 0.95);
  }

  pointChange(key: string): number {
    return Math.log(this.now.get(key)! / this.pooled.get(key)!);
  }

  drawChange(key: string, i: number): number {
    return this.draws.curLog.get(key)![i]! - this.draws.baseLog.get(key)![i]!;
  }

  /** The median change of the other endpoints: the run-wide shift an endpoint's change is measured against. */
  commonPoint(key: string): number {
    return this.s.adjusted(key) ? median(this.s.others(key).map((o) => this.pointChange(o))) : 0;
  }

  commonDraws(key: string): number[] {
    const { s } = this;
    return Array.from({ length: this.R }, (_, i) =>
      s.adjusted(key) ? median(finite(s.others(key).map((o) => this.drawChange(o, i)))) : 0,
    );
  }

  /** tau^2: how unevenly this pair moved the other endpoints, beyond their sampling noise; assumed large when too few measure it. */
  tau2(key: string): number {
    if (!this.s.adjusted(key)) return 0;
    const rest = this.s.others(key);
    const v = rest.map((o) => this.changeVariance.get(o)!);
    const measured =
      rest.length >= 3 && v.every(Number.isFinite)
        ? robustTau2(
            rest.map((o) => this.pointChange(o)),
            v,
          )
        : Number.NaN;
    return Number.isFinite(measured) ? measured : TAU_PRIOR ** 2;
  }

  /** sigma^2 (>= 2 baselines): how far each baseline run's own (shift-adjusted) log p95 scatters, beyond its sampling noise. */
  sigma2(key: string): number {
    const { s, pooled } = this;
    if (s.k < 2) return 0;
    const rest = s.adjusted(key) ? s.others(key) : [];
    const own = (logOf: (o: string) => number) =>
      logOf(key) -
      Math.log(pooled.get(key)!) -
      (rest.length ? median(rest.map((o) => logOf(o) - Math.log(pooled.get(o)!))) : 0);
    const points = this.perRun.map((p95s) => own((o) => Math.log(p95s.get(o)!)));
    const v = s.input.baseRuns.map((_, r) =>
      drawVariance(Array.from({ length: this.R }, (_, i) => own((o) => this.draws.runLog.get(o)![r]![i]!))),
    );
    const ok = finite(points);
    if (ok.length < 2) return Number.NaN;
    return Math.max(0, sampleVariance(ok) - mean(finite(v)));
  }
}
