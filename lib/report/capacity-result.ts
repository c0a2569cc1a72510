// results.json `capacity` (schemas/results.schema.json): a capacity run's concurrency sweep, the
// Universal Scalability Law fitted to it, the users it holds at the think time, and the
// confirmation run that judges the prediction (runner/capacity/ computes it).

export interface CapacityStepResult {
  users: number;
  /** Seconds of its steady window: the step less its warm-up cut. */
  seconds: number;
  /** Seconds cut from the step's start as warm-up: CAPACITY_SETTLE_S at least, more where MSER found the step still settling (absent in runs before it was found from the data). */
  cut_s?: number;
  /** Whether the step reached a steady state (runner/capacity/steady-window.ts); `unsteady` says what showed it did not. */
  steady?: boolean;
  unsteady?: string | null;
  requests: number;
  requests_per_s: number;
  mean_ms: number;
  p95_ms: number;
  error_rate: number;
  /** The sidecar's samples in the steady window; null without a sidecar. */
  cpu_percent_mean: number | null;
  memory_mb_peak: number | null;
  /** How busy the machine running k6 was over the window (all CPUs, 0–100); absent in older runs, null when not sampled. */
  generator_cpu_percent_mean?: number | null;
}

/** A 95 % bootstrap interval; an upper bound may be null (unbounded: e.g. no peak in that replicate). */
export type Interval = [number, number | null];

export interface CapacityFitResult {
  sigma: number;
  kappa: number;
  /** Requests/s of one user. */
  lambda: number;
  r2: number;
  /** Measured minus fitted requests/s, per step. */
  residuals: number[];
  /** Peak concurrency √((1−σ)/κ); null when κ = 0. */
  n_star: number | null;
  /** Peak (or asymptotic) requests/s; null when unbounded. */
  x_max: number | null;
  intervals: { sigma: Interval; kappa: Interval; lambda: Interval; n_star: Interval | null; x_max: Interval | null };
  /** Bootstrap replicates fitted, and those refused. */
  replicates: number;
  replicates_refused: number;
  /** Which term limits the platform over the measured range, and in words. */
  limited_by: 'contention' | 'coherency' | 'nothing measurable';
  words: string;
  /** The fitted X(N) and its 95 % band (over the bootstrap replicates) at concurrency n, for the chart. */
  curve: { n: number[]; x: number[]; lower: number[]; upper: number[] };
}

export interface CapacityAnswer {
  /** Users held at the think time while the predicted p95 meets the target. */
  users: number;
  interval: Interval;
  think_time_s: number;
  p95_target_ms: number;
  /** Requests in flight, requests/s, mean and p95 ms predicted there. */
  in_flight: number;
  requests_per_s: number;
  mean_ms: number;
  p95_ms: number;
  limited_by: 'p95 target' | 'peak' | 'highest level measured';
  /** How the p95 is carried from the model's mean response time. */
  p95_from_mean: string;
}

export interface CapacityConfirmation {
  users: number;
  think_time_s: number;
  seconds: number;
  predicted: { requests_per_s: number; p95_ms: number };
  observed: { requests_per_s: number; mean_ms: number; p95_ms: number; error_rate: number } | null;
  /** observed / predicted − 1. */
  throughput_error: number | null;
  /** Whether the observed p95 is on the side of the target the model said. */
  p95_side_as_predicted: boolean | null;
  verdict: 'confirmed' | 'not confirmed' | 'inconclusive';
  reason: string;
}

export interface CapacityResult {
  /** The request mix swept (CAPACITY_MIX): the regular user's reads and writes, or reads only; absent in older runs (reads only). */
  mix?: 'readwrite' | 'read';
  levels: number[];
  step_s: number;
  settle_s: number;
  /** Why the sweep ended before its last level; null when it ran them all. */
  stopped_early: string | null;
  steps: CapacityStepResult[];
  fit: CapacityFitResult | null;
  /** Why there is no fit (and so no answer): it is never shown as one. */
  refused: string | null;
  answer: CapacityAnswer | null;
  confirmation: CapacityConfirmation | null;
}
