// Run-versus-baseline comparison of two results.json files: each metric's change, and the ones
// that got worse by more than the tolerance.
import { existsSync, readFileSync } from 'node:fs';
import { RESULTS_SCHEMA_VERSION, type Results } from '../../lib/report/results.ts';

export interface Comparison {
  metric: string;
  stat: string;
  baseline: number | null;
  current: number | null;
  /** Relative change, current vs baseline (0.2 = 20 % higher); null when either side is missing or zero. */
  change: number | null;
  regression: boolean;
}

export class CompareInputError extends Error {}

export function loadResults(file: string): Results {
  if (!existsSync(file)) throw new CompareInputError(`${file}: no such file`);
  let parsed: Results;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CompareInputError(`${file}: not JSON (${(error as Error).message})`);
  }
  if (parsed?.schema_version !== RESULTS_SCHEMA_VERSION || typeof parsed.metrics !== 'object') {
    throw new CompareInputError(`${file}: not a course-perf results.json of schema version ${RESULTS_SCHEMA_VERSION} (found ${JSON.stringify(parsed?.schema_version)})`);
  }
  return parsed;
}

/** What is compared: latency p95 and error rates of every metric that has them, and the server's CPU and memory; lower is better for all. */
function comparedStats(results: Results): { metric: string; stat: string }[] {
  const out: { metric: string; stat: string }[] = [];
  for (const [metric, values] of Object.entries(results.metrics)) {
    if (metric.startsWith('http_req_duration') || metric.endsWith('_ms')) {
      if (typeof values['p(95)'] === 'number') out.push({ metric, stat: 'p(95)' });
    } else if (metric.startsWith('http_req_failed') || metric === 'generation_failed') {
      if (typeof values.rate === 'number') out.push({ metric, stat: 'rate' });
    } else if (metric === 'server_memory_mb' && typeof values.max === 'number') out.push({ metric, stat: 'max' });
    else if (metric === 'server_cpu_percent' && typeof values['p(95)'] === 'number') out.push({ metric, stat: 'p(95)' });
  }
  return out;
}

/**
 * How much higher a value may get in absolute terms before a relative change counts: 0 -> 0.1 %
 * errors is +inf % but noise, and so is a sampled CPU p95 of 1.8 % -> 2.2 %, or a few MB of heap.
 * Latency has none: the tolerance is on p95 as such.
 */
function noiseFloor(metric: string, stat: string, rateSlack: number): number {
  if (stat === 'rate') return rateSlack;
  if (metric === 'server_cpu_percent') return 5; // percentage points
  if (metric === 'server_memory_mb') return 10; // MB
  return 0;
}

/**
 * Compares current with baseline. A metric regresses when it is higher by more than `tolerance`
 * (0.1 = 10 %) and by more than its noise floor in absolute terms. Metrics on one side only are
 * listed with n/a, never counted as regressions. `only` keeps the named metrics (and their
 * sub-metrics); a name that matches nothing is bad input.
 */
export function compareResults(baseline: Results, current: Results, options: { tolerance: number; only?: string[]; rateSlack?: number }): Comparison[] {
  const rateSlack = options.rateSlack ?? 0.01;
  const compared = new Map<string, { metric: string; stat: string }>();
  for (const item of [...comparedStats(baseline), ...comparedStats(current)]) compared.set(`${item.metric} ${item.stat}`, item);
  const matches = (metric: string, name: string) => metric === name || metric.startsWith(`${name}{`);
  for (const name of options.only ?? []) {
    if (![...compared.values()].some((c) => matches(c.metric, name))) throw new CompareInputError(`--metric ${name}: no compared metric of that name (compared: latency p95, error rates, server_cpu_percent, server_memory_mb)`);
  }
  const rows: Comparison[] = [];
  for (const { metric, stat } of compared.values()) {
    if (options.only && !options.only.some((name) => matches(metric, name))) continue;
    const before = baseline.metrics[metric]?.[stat] ?? null;
    const after = current.metrics[metric]?.[stat] ?? null;
    const change = before !== null && after !== null && before !== 0 ? (after - before) / before : null;
    let regression = false;
    if (before !== null && after !== null && after - before > noiseFloor(metric, stat, rateSlack)) {
      regression = before === 0 ? stat === 'rate' : (after - before) / before > options.tolerance;
    }
    rows.push({ metric, stat, baseline: before, current: after, change, regression });
  }
  return rows.sort((a, b) => Number(b.regression) - Number(a.regression) || a.metric.localeCompare(b.metric));
}

export function formatComparison(rows: Comparison[], tolerance: number): string {
  const fmt = (v: number | null, stat: string) => (v === null ? 'n/a' : stat === 'rate' ? `${(v * 100).toFixed(2)}%` : v.toFixed(2));
  const width = Math.max(6, ...rows.map((r) => `${r.metric} ${r.stat}`.length));
  const lines = [`${'metric'.padEnd(width)}  ${'baseline'.padStart(10)}  ${'current'.padStart(10)}  ${'change'.padStart(8)}`];
  for (const r of rows) {
    const change = r.change === null ? 'n/a' : `${r.change >= 0 ? '+' : ''}${(r.change * 100).toFixed(1)}%`;
    const missing = r.baseline === null ? '  (not in baseline)' : r.current === null ? '  (not in current run)' : '';
    lines.push(`${`${r.metric} ${r.stat}`.padEnd(width)}  ${fmt(r.baseline, r.stat).padStart(10)}  ${fmt(r.current, r.stat).padStart(10)}  ${change.padStart(8)}${r.regression ? `  REGRESSION (> ${(tolerance * 100).toFixed(0)}%)` : ''}${missing}`);
  }
  return lines.join('\n');
}
