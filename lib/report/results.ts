// results.json: our stable, versioned machine-readable result (schemas/results.schema.json).
// Consumers (compare, CI) read this rather than k6's summary, whose shape k6 may change.
import {
  type Dropped,
  droppedIterations,
  type EndpointRow,
  endpointRows,
  metricValue,
  type SummaryData,
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

export interface Results {
  schema_version: number;
  run: RunMeta & { duration_ms: number | null; load?: LoadShape };
  verdict: 'passed' | 'failed';
  thresholds: { metric: string; expression: string; ok: boolean; observed: number | null }[];
  endpoints: EndpointRow[];
  /** Open-model scenarios' iterations not started on time (k6 dropped_iterations), which no percentile holds; null without one. */
  dropped: Dropped | null;
  /** Every metric's aggregate values as k6 computed them. */
  metrics: Record<string, Record<string, number>>;
  /** Added by npm run compare / perf --baseline: the verdicts against the baseline run(s). */
  comparison?: unknown;
  resources: {
    memory_mb_peak: number | null;
    cpu_percent_p95: number | null;
    memory_growth_mb_per_min: number | null;
    samples_missing: number;
  } | null;
}

export function buildResults(
  data: SummaryData,
  meta: RunMeta,
  requestsPerIteration: Record<string, number> = {},
): Results {
  const thresholds = thresholdRows(data).map(({ metric, expression, ok, observed }) => ({
    metric,
    expression,
    ok,
    observed,
  }));
  const measured = data.metrics?.server_memory_mb || data.metrics?.server_cpu_percent;
  return {
    schema_version: RESULTS_SCHEMA_VERSION,
    run: { ...meta, duration_ms: data.state?.testRunDurationMs ?? null },
    verdict: thresholds.every((t) => t.ok) ? 'passed' : 'failed',
    thresholds,
    endpoints: endpointRows(data),
    dropped: droppedIterations(data, requestsPerIteration),
    metrics: Object.fromEntries(Object.entries(data.metrics ?? {}).map(([name, m]) => [name, m.values ?? {}])),
    resources: measured
      ? {
          memory_mb_peak: metricValue(data, 'server_memory_mb', 'max'),
          cpu_percent_p95: metricValue(data, 'server_cpu_percent', 'p(95)'),
          memory_growth_mb_per_min: metricValue(data, 'server_memory_growth_mb_per_min', 'max'),
          samples_missing: metricValue(data, 'server_samples_missing', 'count') ?? 0,
        }
      : null,
  };
}
