// Bootstrap replicates of a concurrency sweep, by resampling requests within each step (seeded, so
// a run's intervals are the same every time it is rendered). In a closed model a step's throughput
// is its users over their cycle time (Little's law, X = N / (R + Z)): a replicate redraws the
// step's response times with replacement and moves its measured cycle time by the change in their
// mean. Pure.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { meanOf } from './steady-window.ts';
import type { SweepPoint } from './usl-fit.ts';

export interface StepSample {
  /** Users of the step. */
  n: number;
  /** Its measured throughput, requests/s. */
  x: number;
  /** Its requests' response times, ms. */
  durationsMs: number[];
}

/** Replicates asked for by default: enough for 95 % percentile intervals, a second or so of fitting. */
const DEFAULT_REPLICATES = 300;

/** One replicate of the sweep's points. */
function replicate(steps: StepSample[], rng: ReturnType<typeof xoroshiro128plus>): SweepPoint[] {
  return steps.map((step) => {
    const { durationsMs: d } = step;
    if (d.length === 0) return { n: step.n, x: step.x };
    let sum = 0;
    for (let i = 0; i < d.length; i++) sum += d[uniformInt(rng, 0, d.length - 1)]!;
    const cycleS = step.n / step.x + (sum / d.length - meanOf(d)) / 1000;
    return { n: step.n, x: cycleS > 0 ? step.n / cycleS : step.x };
  });
}

/** `estimate` of each of `replicates` resampled sweeps; the ones it cannot make (null) are left out. */
export function bootstrap<T>(
  steps: StepSample[],
  estimate: (points: SweepPoint[]) => T | null,
  { replicates = DEFAULT_REPLICATES, seed = 24 }: { replicates?: number; seed?: number } = {},
): { values: T[]; failed: number } {
  const rng = xoroshiro128plus(seed);
  const values: T[] = [];
  let failed = 0;
  for (let i = 0; i < replicates; i++) {
    const value = estimate(replicate(steps, rng));
    if (value === null) failed++;
    else values.push(value);
  }
  return { values, failed };
}

/** The [2.5 %, 97.5 %] percentile interval of `values` (Infinity allowed); null when empty. */
export function interval95(values: number[]): [number, number] | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;
  return [at(0.025), at(0.975)];
}
