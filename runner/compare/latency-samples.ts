// The raw latency samples of a comparison: how many each side has, which metrics can be judged,
// and their p95s.
import { percentileSorted } from './change-interval.ts';
import type { RunSamples } from './compare-model.ts';

/** A p95 needs at least one value above it: with fewer than 20 samples it is the maximum, and no interval can be drawn. */
export const MIN_P95_SAMPLES = 20;

export interface LatencyInput {
  endpointKeys: string[];
  runWideKeys: string[];
  baseRuns: RunSamples[];
  current: RunSamples;
}

export class LatencySamples {
  /** Baseline runs. */
  readonly k: number;
  readonly keys: string[];
  /** Endpoints with >= MIN_P95_SAMPLES on both sides: every one takes part in the run-wide shift, however few. */
  readonly eligible: string[];
  /** Run-wide figures are judged only when >= 2 baselines tell their run-to-run noise; endpoints also against the others' shift. */
  readonly judged: string[];
  /** Metrics whose p95 is bootstrapped: the judged ones and those that measure the shift. */
  readonly drawn: string[];

  constructor(readonly input: LatencyInput) {
    this.k = input.baseRuns.length;
    this.keys = [...input.endpointKeys, ...input.runWideKeys];
    this.eligible = input.endpointKeys.filter((key) => this.enough(key));
    this.judged = this.keys.filter((key) => this.enough(key) && (this.k >= 2 || this.adjusted(key)));
    this.drawn = [...new Set([...this.judged, ...this.eligible])];
  }

  isEndpoint(key: string): boolean {
    return this.input.endpointKeys.includes(key);
  }

  count(runs: RunSamples[], key: string): number {
    return runs.reduce((n, r) => n + (r.get(key)?.values.length ?? 0), 0);
  }

  enough(key: string): boolean {
    const { baseRuns, current } = this.input;
    return this.count(baseRuns, key) >= MIN_P95_SAMPLES && this.count([current], key) >= MIN_P95_SAMPLES;
  }

  /** The other endpoints that measure the run-wide shift an endpoint's change is taken against. */
  others(key: string): string[] {
    return this.isEndpoint(key) ? this.eligible.filter((o) => o !== key) : [];
  }

  /** Any other endpoint measures the run-wide shift; its own noise is in the draws. */
  adjusted(key: string): boolean {
    return this.others(key).length >= 1;
  }

  sorted(runs: RunSamples[], key: string): Float64Array {
    return Float64Array.from(runs.flatMap((r) => r.get(key)?.values ?? [])).sort();
  }

  p95(runs: RunSamples[], key: string): number {
    const all = this.sorted(runs, key);
    return all.length ? percentileSorted(all, 0.95) : Number.NaN;
  }
}
