// Reading k6's end-of-test summary data (what handleSummary receives) into the rows every report
// shows. Pure: no k6 imports, no Node globals, so it runs inside k6 and under node:test alike.

export interface MetricData {
  type: 'trend' | 'rate' | 'counter' | 'gauge';
  contains?: string;
  values: Record<string, number>;
  thresholds?: Record<string, { ok: boolean }>;
}

export interface SummaryData {
  metrics: Record<string, MetricData>;
  root_group?: { checks?: { name: string; passes: number; fails: number }[]; groups?: unknown[] };
  state?: { isStdOutTTY?: boolean; testRunDurationMs?: number };
}

export interface ThresholdRow {
  metric: string;
  expression: string;
  ok: boolean;
  /** The aggregate the expression tests, as measured; null when the metric has no such value. */
  observed: number | null;
  stat: string;
  /** Trend metrics holding durations (ms) or data, for formatting. */
  unit: 'ms' | 'percent' | 'count' | 'value';
}

export interface EndpointRow {
  endpoint: string;
  requests: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
  errorRate: number | null;
}

/** The aggregation a threshold expression tests: `p(95)<200` -> `p(95)`. */
export function statOf(expression: string): string {
  return /^\s*([a-z]+(?:\([\d.]+\))?)/.exec(expression)?.[1] ?? expression;
}

function unitOf(metric: MetricData | undefined, stat: string): ThresholdRow['unit'] {
  if (!metric) return 'value';
  if (stat === 'rate' && metric.type === 'rate') return 'percent';
  if (stat === 'count') return 'count';
  return metric.type === 'trend' && metric.contains === 'time' ? 'ms' : 'value';
}

/** Every threshold with its verdict and observed value, failed ones first. */
export function thresholdRows(data: SummaryData): ThresholdRow[] {
  const rows: ThresholdRow[] = [];
  for (const [metric, values] of Object.entries(data.metrics ?? {})) {
    for (const [expression, result] of Object.entries(values.thresholds ?? {})) {
      const stat = statOf(expression);
      const observed = values.values?.[stat];
      rows.push({
        metric,
        expression,
        ok: result.ok,
        stat,
        observed: typeof observed === 'number' && Number.isFinite(observed) ? observed : null,
        unit: unitOf(values, stat),
      });
    }
  }
  return rows.sort((a, b) => Number(a.ok) - Number(b.ok) || a.metric.localeCompare(b.metric));
}

const SUB_METRIC = /^(\w+)\{endpoint:([^,}]+)\}$/;

/** Per-endpoint latency and errors from the tag-filtered sub-metrics the thresholds create. */
export function endpointRows(data: SummaryData): EndpointRow[] {
  const rows = new Map<string, EndpointRow>();
  const row = (endpoint: string) => {
    let r = rows.get(endpoint);
    if (!r) {
      r = { endpoint, requests: 0, p50: null, p95: null, p99: null, max: null, errorRate: null };
      rows.set(endpoint, r);
    }
    return r;
  };
  for (const [name, metric] of Object.entries(data.metrics ?? {})) {
    const match = SUB_METRIC.exec(name);
    if (!match) continue;
    const [, base, endpoint] = match as unknown as [string, string, string];
    const v = metric.values ?? {};
    if (base === 'http_req_duration') {
      Object.assign(row(endpoint), {
        requests: v.count ?? 0,
        p50: v.med ?? null,
        p95: v['p(95)'] ?? null,
        p99: v['p(99)'] ?? null,
        max: v.max ?? null,
      });
    } else if (base === 'http_req_failed') {
      row(endpoint).errorRate = typeof v.rate === 'number' ? v.rate : null;
    }
  }
  return [...rows.values()].sort((a, b) => a.endpoint.localeCompare(b.endpoint));
}

/** One open-model scenario's iterations k6 did not start on time (dropped_iterations{scenario:X}). */
export interface DroppedRow {
  scenario: string;
  iterations: number;
  /** Requests those iterations would have sent; null when the entry does not say how many an iteration sends. */
  requests: number | null;
  /** The most the scenario's gate allows (`count<=N`); null when it is not gated. */
  allowed: number | null;
}

export interface Dropped {
  iterations: number;
  requests: number | null;
  scenarios: DroppedRow[];
}

const DROPPED_SUB_METRIC = /^dropped_iterations\{scenario:([^,}]+)\}$/;

/**
 * Iterations the run's open-model scenarios did not start on time (k6's dropped_iterations: no VU
 * was free when one was due), per scenario, and the requests they would have sent; null when the
 * run had no open-model scenario. Their latency is in no percentile.
 */
export function droppedIterations(
  data: SummaryData,
  requestsPerIteration: Record<string, number> = {},
): Dropped | null {
  const scenarios: DroppedRow[] = [];
  for (const [name, metric] of Object.entries(data.metrics ?? {})) {
    const scenario = DROPPED_SUB_METRIC.exec(name)?.[1];
    if (scenario === undefined) continue;
    const iterations = metric.values?.count ?? 0;
    const perIteration = requestsPerIteration[scenario];
    const limit = Object.keys(metric.thresholds ?? {})
      .map((expression) => /^\s*count\s*<=\s*(\d+)\s*$/.exec(expression)?.[1])
      .find((n) => n !== undefined);
    scenarios.push({
      scenario,
      iterations,
      requests: perIteration === undefined ? null : iterations * perIteration,
      allowed: limit === undefined ? null : Number(limit),
    });
  }
  const total = metricValue(data, 'dropped_iterations', 'count');
  if (scenarios.length === 0 && total === null) return null;
  scenarios.sort((a, b) => a.scenario.localeCompare(b.scenario));
  const iterations = total ?? scenarios.reduce((sum, row) => sum + row.iterations, 0);
  const known =
    scenarios.reduce((sum, row) => sum + row.iterations, 0) === iterations &&
    scenarios.every((row) => row.requests !== null);
  return { iterations, requests: known ? scenarios.reduce((sum, row) => sum + row.requests!, 0) : null, scenarios };
}

/** What the percentiles leave out, said beside them: "percentiles exclude 45 requests not sent on time (34 dropped iterations) ...". */
export function percentileCaveat(dropped: Dropped | null): string | null {
  if (!dropped) return null;
  if (dropped.iterations === 0)
    return '0 requests not sent on time (0 dropped iterations): the percentiles cover every scheduled request';
  const what =
    dropped.requests === null
      ? `the requests of ${formatValue(dropped.iterations, 'count')} iterations`
      : `${formatValue(dropped.requests, 'count')} request${dropped.requests === 1 ? '' : 's'}`;
  return `percentiles exclude ${what} not sent on time (${formatValue(dropped.iterations, 'count')} dropped iterations: no VU was free when they were due), whose latency k6 cannot know`;
}

/** One scenario's line: "9 iterations not sent on time (9 requests), at most 2 allowed". */
export function droppedText(row: DroppedRow): string {
  const requests =
    row.requests === null ? '' : ` (${formatValue(row.requests, 'count')} request${row.requests === 1 ? '' : 's'})`;
  const allowed = row.allowed === null ? ', not gated' : `, at most ${formatValue(row.allowed, 'count')} allowed`;
  return `${formatValue(row.iterations, 'count')} iteration${row.iterations === 1 ? '' : 's'} not sent on time${requests}${allowed}`;
}

/** A number for people: ms with sensible precision, rates as percent, large counts grouped. */
export function formatValue(value: number | null | undefined, unit: ThresholdRow['unit']): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  if (unit === 'percent') return `${(value * 100).toFixed(2)}%`;
  if (unit === 'ms') {
    if (Math.abs(value) >= 60_000) return `${(value / 1000).toFixed(1)}s`;
    if (Math.abs(value) >= 1000) return `${(value / 1000).toFixed(2)}s`;
    return `${value.toFixed(value < 10 ? 2 : 1)}ms`;
  }
  if (unit === 'count')
    return Math.round(value)
      .toString()
      .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return Math.abs(value) >= 1e6 ? value.toExponential(3) : String(Math.round(value * 1000) / 1000);
}

export function metricValue(data: SummaryData, metric: string, stat: string): number | null {
  const value = data.metrics?.[metric]?.values?.[stat];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The server's CPU and memory over the load, from the sidecar's metrics (results.json's `resources`). */
export interface ServerResources {
  memory_mb_peak: number | null;
  cpu_percent_p95: number | null;
  memory_growth_mb_per_min: number | null;
  samples_missing: number;
}

/** The sidecar's figures; null when no sidecar measured the server. */
export function serverResources(data: SummaryData): ServerResources | null {
  if (!data.metrics?.server_memory_mb && !data.metrics?.server_cpu_percent) return null;
  return {
    memory_mb_peak: metricValue(data, 'server_memory_mb', 'max'),
    cpu_percent_p95: metricValue(data, 'server_cpu_percent', 'p(95)'),
    memory_growth_mb_per_min: metricValue(data, 'server_memory_growth_mb_per_min', 'max'),
    samples_missing: metricValue(data, 'server_samples_missing', 'count') ?? 0,
  };
}

/** Plain-language line about server resources: measured, or why not. */
export function resourcesText(resources: ServerResources | null): string {
  if (!resources || (resources.memory_mb_peak === null && resources.cpu_percent_p95 === null))
    return 'server resources: not measured (no sidecar)';
  const growth = resources.memory_growth_mb_per_min;
  return [
    `server resources over the load: memory peak ${formatValue(resources.memory_mb_peak, 'value')} MB`,
    `CPU p95 ${formatValue(resources.cpu_percent_p95, 'value')}% of available CPUs`,
    ...(growth === null ? [] : [`memory growth ${formatValue(growth, 'value')} MB/min`]),
    `samples missing ${resources.samples_missing}`,
  ].join(', ');
}

export const resourcesLine = (data: SummaryData): string => resourcesText(serverResources(data));
