// The comparison's data: the runs it reads, its options, and the report it answers with (one row per metric).
import type { Results } from '../../lib/report/results.ts';
import type { TimedSamples } from './change-interval.ts';
import type { ChangeVerdict } from './compare-verdict.ts';

export class CompareInputError extends Error {}

export interface ComparisonRow {
  metric: string;
  stat: 'p(95)' | 'rate' | 'max';
  /** The endpoint a per-endpoint metric belongs to; null for run-wide metrics. */
  endpoint: string | null;
  unit: 'ms' | 'rate' | 'percent' | 'MB';
  baseline: number | null;
  current: number | null;
  /** p95, CPU, memory: relative (0.12 = +12 %); rates: absolute difference (0.01 = +1 point). */
  change: number | null;
  interval: [number, number] | null;
  /** The interval in the metric's unit (ms, MB, rate points); for endpoints, beyond the run-wide shift. */
  interval_abs: [number, number] | null;
  verdict: ChangeVerdict;
  method: string;
  samples: { baseline: number; current: number; baseline_runs: number } | null;
  note?: string;
  /** Latency quantiles (p50, p75, p90, p95, p99) of baseline and current, for the before/after chart of a regressed endpoint. */
  profile?: { q: number[]; baseline: number[]; current: number[] };
}

export interface ComparisonReport {
  method: string;
  options: {
    tolerance: number;
    min_ms: number;
    min_rate: number;
    resamples: number;
    seed: number;
    block_s: number;
    inconclusive: 'warn' | 'fail';
  };
  /** Every interval is at per_metric confidence so that all judged metrics together are at family confidence. */
  confidence: { family: number; per_metric: number; judged: number };
  baselines: string[];
  current: string;
  raw_samples: boolean;
  /** Median p95 change of all endpoints with enough samples: how much the machine (or a global change) moved the run. */
  run_wide_shift: { change: number; endpoints: number } | null;
  warnings: string[];
  regressions: number;
  /** Rows whose interval could neither show nor rule out a regression (or that could not be compared at all). */
  inconclusive: number;
  rows: ComparisonRow[];
}

export interface CompareOptions {
  /** Relative tolerance (0.1 = 10 %). */
  tolerance: number;
  minMs: number;
  /** Absolute floor of an error-rate change (0.01 = one percentage point). */
  minRate: number;
  resamples?: number;
  seed?: number;
  blockS?: number;
  only?: string[];
  /** Turn refusals of mismatched runs (entry, users, duration, ...) into warnings. */
  allowMismatch?: boolean;
  /** What an inconclusive metric does to the gate: warn (exit 0, said) or fail (exit 99). */
  inconclusive?: 'warn' | 'fail';
}

/** The latency options with their defaults filled in. */
export type LatencyOptions = Required<Pick<CompareOptions, 'tolerance' | 'minMs' | 'resamples' | 'seed' | 'blockS'>>;

export interface LoadedRun {
  /** What the user gave (a run folder or a results.json). */
  label: string;
  results: Results;
  /** k6's --out json beside results.json, when there is one. */
  samplesFile: string | null;
}

/** One run's raw samples by metric key. */
export type RunSamples = Map<string, TimedSamples>;

/** A row and, when it can be judged, how to draw its interval once z is known (it depends on how many rows are judged). */
export interface Pending {
  row: ComparisonRow;
  finish?: (z: number) => void;
}

export const endpointOf = (metric: string) => /\{endpoint:([^,}]+)\}$/.exec(metric)?.[1] ?? null;
