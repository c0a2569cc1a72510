// results.json: our stable, versioned machine-readable result (schemas/results.schema.json).
// Consumers (compare, CI) read this rather than k6's summary, whose shape k6 may change.
// k6's handleSummary writes what k6 knows (buildResults); the runner's finishing step
// (runner/finish/finish-run.ts) adds what is known only after k6: the outcome, resource scaling
// and its slope gates, an interactive run's timeline, a comparison. Every report is rendered from it.
import type { CapacityResult } from './capacity-result.ts';
import {
  type Dropped,
  droppedIterations,
  type EndpointRow,
  endpointRows,
  type ServerResources,
  type SummaryData,
  serverResources,
  type ThresholdRow,
  thresholdRows,
} from './summary-data.ts';

export const RESULTS_SCHEMA_VERSION = 1;

export interface RunMeta {
  scenario: string;
  profile: string | null;
  target: string | null;
  k6_version: string | null;
  git_commit: string | null;
  started_at: string | null;
  finished_at: string;
}

/** The load shape a run was asked for, recorded by the runner so compare can refuse unlike runs. */
export interface LoadShape {
  concurrent_users: number;
  duration_s: number;
  ramp_up_s: number;
  ramp_down_s: number;
  user_weights: string;
  think_time_s: string;
}

export type RunOutcome =
  | 'completed'
  | 'thresholds failed'
  | 'aborted'
  | 'interrupted'
  | 'stopped'
  | 'error'
  /** The run ended before any iteration (e.g. stopped during setup): nothing was measured, so nothing passed. */
  | 'no load ran';

/** What k6 knew (RunMeta, duration) and what the runner adds after k6 exits. */
interface RunInfo extends RunMeta {
  duration_ms: number | null;
  load?: LoadShape;
  /** k6's exit code; null when k6 never ran, absent when the runner could not see it (compose). */
  k6_exit_code?: number | null;
  outcome?: RunOutcome;
  /** Why a run did not complete, e.g. k6's own first error line. */
  outcome_reason?: string;
  /** npm run merge: the k6 --out json files merged into this result. */
  merged_from?: string[];
}

export interface ResultsThreshold {
  metric: string;
  expression: string;
  ok: boolean;
  observed: number | null;
  /** How observed reads (ms, a 0..1 rate as percent, a count); absent: a plain value. */
  unit?: ThresholdRow['unit'];
  /** Why observed is missing (a slope gate whose slope could not be fitted). */
  reason?: string;
}

/** Resource scaling per step of load (runner/scaling/resource-scaling.ts computes it). */
interface ScalingStepResult {
  from: number;
  to: number;
  seconds: number;
  users_mean: number | null;
  requests_per_s: number;
  p95_ms: number | null;
  server_samples: number;
  cpu_percent_mean: number | null;
  memory_mb_peak: number | null;
}

interface SlopeResult {
  unit: string;
  value: number | null;
  r2: number | null;
  steps_used: number;
  x_from: number | null;
  x_to: number | null;
  fit: string;
  reason?: string;
}

interface ScalingResult {
  level: 'users' | 'requests_per_s';
  step_width: number;
  window: { from: number; to: number };
  steps: ScalingStepResult[];
  memory: SlopeResult;
  cpu: SlopeResult;
}

/** One metric's verdict against the baseline run(s) (runner/compare/compare.ts computes it). */
interface ComparisonRowResult {
  metric: string;
  stat: 'p(95)' | 'rate' | 'max';
  endpoint: string | null;
  unit: 'ms' | 'rate' | 'percent' | 'MB';
  baseline: number | null;
  current: number | null;
  change: number | null;
  interval: [number, number] | null;
  interval_abs: [number, number] | null;
  verdict: 'improved' | 'no change' | 'regressed' | 'inconclusive';
  method: string;
  samples: { baseline: number; current: number; baseline_runs: number } | null;
  note?: string;
  profile?: { q: number[]; baseline: number[]; current: number[] };
}

export interface ComparisonResult {
  method: string;
  options: {
    tolerance: number;
    min_ms: number;
    min_rate: number;
    resamples: number;
    seed: number;
    block_s: number;
    /** Absent in comparisons written before it was an option. */
    inconclusive?: 'warn' | 'fail';
  };
  confidence: { family: number; per_metric: number; judged: number };
  baselines: string[];
  current: string;
  raw_samples: boolean;
  run_wide_shift: { change: number; endpoints: number } | null;
  warnings: string[];
  regressions: number;
  inconclusive: number;
  rows: ComparisonRowResult[];
}

/** An interactive run (npm run ui): the users the person set over time, and the pauses. */
export interface InteractiveResult {
  pool_vus: number;
  weights: string;
  users_timeline: { at: string; users: number; paused: boolean }[];
}

/** A change point of the run's test over its last runs (results.json history.changes). */
export interface HistoryChange {
  series: string;
  unit: string;
  run: string;
  commit: string | null;
  time: string;
  change: number | null;
  interval: [number, number] | null;
  before: number;
  after: number;
  runs_before: number;
  runs_after: number;
  p_value: number;
  worse: boolean | null;
}

/** results.json `history` (schemas/results.schema.json). */
export interface HistoryFacts {
  store: string;
  test: string | null;
  added: boolean;
  /** Why this run was not added (its figures cover part of the run). */
  refused?: string;
  /** The store failed: said here and on stderr; the run's own reports are complete. */
  error?: string;
  runs: number;
  /** The oldest of the last `last` runs: what "changes since" counts from. */
  since: { run: string; commit: string | null; time: string } | null;
  options: { window: number; p_value: number; min_magnitude: number; last: number; tolerance: number };
  changes: HistoryChange[];
  /** Series `npm run history -- check` would fail on now. */
  regressions: string[];
}

export interface Results {
  schema_version: number;
  run: RunInfo;
  /**
   * passed: every threshold held; failed: one did not; inconclusive: every threshold held but the run
   * could not answer its own question (a capacity run with no confirmed answer), so it is no pass.
   */
  verdict: 'passed' | 'failed' | 'inconclusive';
  thresholds: ResultsThreshold[];
  endpoints: EndpointRow[];
  /** Open-model scenarios' iterations not started on time (k6 dropped_iterations), which no percentile holds; null without one. */
  dropped: Dropped | null;
  /** Every metric's aggregate values as k6 computed them. */
  metrics: Record<string, Record<string, number>>;
  resources: ServerResources | null;
  /** Entries whose load changes (ramp-up, spike, breakpoint): server CPU and memory per step of load. */
  scaling?: ScalingResult;
  /** A capacity run: the sweep, the USL fit, the users held and the confirmation (runner/capacity/). */
  capacity?: CapacityResult;
  /** Added by npm run compare / perf --baseline: the verdicts against the baseline run(s). */
  comparison?: ComparisonResult;
  /** Added for an interactive run (npm run ui). */
  interactive?: InteractiveResult;
  /** Added when history is on (runner/history/record-run.ts): the run in the history and what changed over the last runs. */
  history?: HistoryFacts;
}

export function buildResults(
  data: SummaryData,
  meta: RunMeta,
  requestsPerIteration: Record<string, number> = {},
): Results {
  const thresholds = thresholdRows(data).map(({ metric, expression, ok, observed, unit }) => ({
    metric,
    expression,
    ok,
    observed,
    unit,
  }));
  return {
    schema_version: RESULTS_SCHEMA_VERSION,
    run: { ...meta, duration_ms: data.state?.testRunDurationMs ?? null },
    verdict: thresholds.every((t) => t.ok) ? 'passed' : 'failed',
    thresholds,
    endpoints: endpointRows(data),
    dropped: droppedIterations(data, requestsPerIteration),
    metrics: Object.fromEntries(Object.entries(data.metrics ?? {}).map(([name, m]) => [name, m.values ?? {}])),
    resources: serverResources(data),
  };
}

/** A threshold's unit; results.json files written before units were recorded get one from its name. */
export function unitOf(threshold: ResultsThreshold): ThresholdRow['unit'] {
  if (threshold.unit) return threshold.unit;
  if (threshold.expression.startsWith('rate')) return 'percent';
  return /duration|_ms/.test(threshold.metric) ? 'ms' : 'value';
}
