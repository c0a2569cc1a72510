// What the history keeps of a run: one value per series, read from results.json
// (schemas/results.schema.json). Series names use only [a-z0-9_.] so they are also Otava's CSV
// column and metric names.

/** The parts of results.json the history reads (a structural subset of lib/report/results.ts' Results). */
export interface RunResults {
  run: {
    scenario: string;
    profile?: string | null;
    target: string | null;
    k6_version: string | null;
    git_commit: string | null;
    started_at: string | null;
    finished_at: string;
    outcome?: string;
    load?: {
      concurrent_users: number;
      duration_s: number;
      ramp_up_s: number;
      ramp_down_s: number;
      user_weights: string;
      think_time_s: string;
    };
  };
  endpoints: {
    endpoint: string;
    requests: number;
    p50: number | null;
    p95: number | null;
    p99: number | null;
    errorRate: number | null;
  }[];
  metrics: Record<string, Record<string, number>>;
  resources: {
    memory_mb_peak: number | null;
    cpu_percent_p95: number | null;
    memory_growth_mb_per_min: number | null;
  } | null;
  dropped?: { iterations: number } | null;
  scaling?: {
    steps: { requests_per_s: number }[];
    memory: { value: number | null; unit: string };
    cpu: { value: number | null; unit: string };
  };
}

/** Which way is worse: latency, errors and resources up; checks down; counts neither. */
export type Worse = 'up' | 'down' | null;

export interface SeriesKind {
  unit: string;
  worse: Worse;
  /** Whether `history -- check` gates on it. */
  gated: boolean;
  /** The chart it is drawn in (history.html). */
  group: string;
}

const ENDPOINT_STATS: Record<string, Omit<SeriesKind, 'group'> & { group: string }> = {
  p50_ms: { unit: 'ms', worse: 'up', gated: true, group: 'latency p50 by endpoint (ms)' },
  p95_ms: { unit: 'ms', worse: 'up', gated: true, group: 'latency p95 by endpoint (ms)' },
  p99_ms: { unit: 'ms', worse: 'up', gated: true, group: 'latency p99 by endpoint (ms)' },
  error_rate: { unit: 'ratio', worse: 'up', gated: true, group: 'error rate by endpoint' },
  requests: { unit: 'requests', worse: null, gated: false, group: 'requests by endpoint' },
};

const RUN_SERIES: Record<string, SeriesKind> = {
  'run.requests_per_s': { unit: 'req/s', worse: null, gated: false, group: 'throughput (req/s)' },
  'run.checks_rate': { unit: 'ratio', worse: 'down', gated: true, group: 'checks passed' },
  'run.dropped_iterations': { unit: 'iterations', worse: 'up', gated: true, group: 'iterations not sent on time' },
  'server.cpu_p95_percent': { unit: '%', worse: 'up', gated: true, group: 'server CPU p95 (%)' },
  'server.memory_peak_mb': { unit: 'MB', worse: 'up', gated: true, group: 'server memory peak (MB)' },
  'server.memory_growth_mb_per_min': {
    unit: 'MB/min',
    worse: 'up',
    gated: false,
    group: 'server memory growth (MB/min)',
  },
  'scaling.memory_slope': {
    unit: 'MB per 100',
    worse: 'up',
    gated: false,
    group: 'memory per 100 users or req/s (MB)',
  },
  'scaling.cpu_slope': { unit: '% per 100 req/s', worse: 'up', gated: false, group: 'CPU per 100 req/s (%)' },
  'scaling.peak_requests_per_s': { unit: 'req/s', worse: 'down', gated: false, group: 'highest request rate (req/s)' },
};

/** The kind of a series by its name; an unknown name (an imported CSV column) is drawn, never gated. */
export function seriesKind(series: string): SeriesKind {
  const endpoint = /^endpoint\.[a-z0-9_]+\.([a-z0-9_]+)$/.exec(series);
  if (endpoint && ENDPOINT_STATS[endpoint[1]!]) return ENDPOINT_STATS[endpoint[1]!]!;
  return RUN_SERIES[series] ?? { unit: '', worse: null, gated: false, group: 'other' };
}

/** Series names are lower-case [a-z0-9_] parts joined by dots: k6 endpoint names are made safe that way. */
export function safeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9_]+/g, '_');
}

function add(out: Record<string, number>, series: string, value: number | null | undefined): void {
  if (typeof value === 'number' && Number.isFinite(value)) out[series] = value;
}

/** Requests an endpoint needs in a run for its figures to be kept. */
const MIN_REQUESTS = 20;

/** Every series value a run has; a figure the run lacks (no sidecar, too few requests) is left out, not 0. */
export function seriesValues(results: RunResults): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of results.endpoints) {
    // An endpoint's figures are kept from 20 requests on: fewer make a p95 their maximum and an error rate
    // a coin toss, noise that hides every real change. A p99 needs 100 (one request above it).
    if (row.requests < MIN_REQUESTS) continue;
    const prefix = `endpoint.${safeName(row.endpoint)}`;
    add(out, `${prefix}.p50_ms`, row.p50);
    add(out, `${prefix}.p95_ms`, row.p95);
    if (row.requests >= 100) add(out, `${prefix}.p99_ms`, row.p99);
    add(out, `${prefix}.error_rate`, row.errorRate);
    add(out, `${prefix}.requests`, row.requests);
  }
  add(out, 'run.requests_per_s', results.metrics.http_reqs?.rate);
  add(out, 'run.checks_rate', results.metrics.checks?.rate);
  add(out, 'run.dropped_iterations', results.dropped?.iterations);
  add(out, 'server.cpu_p95_percent', results.resources?.cpu_percent_p95);
  add(out, 'server.memory_peak_mb', results.resources?.memory_mb_peak);
  add(out, 'server.memory_growth_mb_per_min', results.resources?.memory_growth_mb_per_min);
  if (results.scaling) {
    add(out, 'scaling.memory_slope', results.scaling.memory.value);
    add(out, 'scaling.cpu_slope', results.scaling.cpu.value);
    const rates = results.scaling.steps.map((step) => step.requests_per_s);
    if (rates.length > 0) add(out, 'scaling.peak_requests_per_s', Math.max(...rates));
  }
  return out;
}
