// The concise console summary: thresholds first (verdict, expression, observed value), then
// per-endpoint latency, throughput, errors, checks, custom metrics and server resources.
import {
  droppedIterations,
  droppedText,
  endpointRows,
  formatValue,
  metricValue,
  percentileCaveat,
  resourcesLine,
  type SummaryData,
  thresholdRows,
} from './summary-data.ts';

// k6's own metrics (shown above or not worth a line) and the sidecar's (the resources line):
// whatever else a run reports is one of the suite's custom metrics.
const BUILT_IN = new Set([
  'http_reqs',
  'http_req_duration',
  'http_req_blocked',
  'http_req_connecting',
  'http_req_tls_handshaking',
  'http_req_sending',
  'http_req_waiting',
  'http_req_receiving',
  'http_req_failed',
  'iterations',
  'iteration_duration',
  'dropped_iterations',
  'vus',
  'vus_max',
  'data_sent',
  'data_received',
  'checks',
  'group_duration',
]);
const isCustom = (name: string) =>
  !name.includes('{') && !BUILT_IN.has(name) && !/^(server_|ws_|grpc_|browser_)/.test(name);

function paint(color: boolean) {
  const wrap = (code: number) => (text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  return { red: wrap(31), green: wrap(32), bold: wrap(1), dim: wrap(2) };
}

export function textSummary(
  data: SummaryData,
  options: { scenario: string; color: boolean; requestsPerIteration?: Record<string, number> },
): string {
  const c = paint(options.color);
  const lines: string[] = [];
  const thresholds = thresholdRows(data);
  const failed = thresholds.filter((t) => !t.ok).length;
  lines.push(
    c.bold(
      `course-perf ${options.scenario}: ${thresholds.length === 0 ? 'no thresholds' : failed === 0 ? c.green(`all ${thresholds.length} thresholds passed`) : c.red(`${failed} of ${thresholds.length} thresholds failed`)}`,
    ),
  );
  lines.push('', c.bold('thresholds'));
  for (const t of thresholds) {
    const mark = t.ok ? c.green('✓') : c.red('✗');
    lines.push(`  ${mark} ${t.metric} ${t.expression}  ${c.dim('observed')} ${formatValue(t.observed, t.unit)}`);
  }
  const endpoints = endpointRows(data);
  if (endpoints.length > 0) {
    const width = Math.max(16, ...endpoints.map((e) => e.endpoint.length));
    lines.push(
      '',
      c.bold(
        `${'endpoints'.padEnd(width + 2)} ${'requests'.padStart(8)} ${['p50', 'p95', 'p99', 'max', 'errors'].map((h) => h.padStart(8)).join(' ')}`,
      ),
    );
    for (const e of endpoints) {
      const cell = (v: number | null) => formatValue(v, 'ms').padStart(8);
      lines.push(
        `  ${e.endpoint.padEnd(width)} ${String(e.requests).padStart(8)} ${cell(e.p50)} ${cell(e.p95)} ${cell(e.p99)} ${cell(e.max)} ${formatValue(e.errorRate, 'percent').padStart(8)}`,
      );
    }
  }
  const dropped = droppedIterations(data, options.requestsPerIteration);
  const caveat = percentileCaveat(dropped);
  if (caveat) lines.push(`  ${dropped!.iterations > 0 ? c.red(caveat) : caveat}`);
  if (dropped && dropped.scenarios.length > 0) {
    lines.push('', c.bold('requests not sent on time (open model: k6 dropped_iterations per scenario)'));
    const width = Math.max(16, ...dropped.scenarios.map((row) => row.scenario.length));
    for (const row of dropped.scenarios) lines.push(`  ${row.scenario.padEnd(width)} ${droppedText(row)}`);
  }
  const seconds = (data.state?.testRunDurationMs ?? 0) / 1000;
  const requests = metricValue(data, 'http_reqs', 'count');
  const iterations = metricValue(data, 'iterations', 'count');
  lines.push('', c.bold('throughput'));
  lines.push(
    `  ${formatValue(requests ?? 0, 'count')} requests (${seconds > 0 && requests !== null ? (requests / seconds).toFixed(1) : 'n/a'}/s), ${formatValue(iterations ?? 0, 'count')} iterations in ${seconds.toFixed(1)} s`,
  );
  lines.push(`  errors: ${formatValue(metricValue(data, 'http_req_failed', 'rate'), 'percent')} of requests failed`);
  const checks = metricValue(data, 'checks', 'rate');
  lines.push(
    `  checks: ${formatValue(checks, 'percent')} passed (${formatValue(metricValue(data, 'checks', 'passes'), 'count')} of ${formatValue((metricValue(data, 'checks', 'passes') ?? 0) + (metricValue(data, 'checks', 'fails') ?? 0), 'count')})`,
  );
  const custom = Object.keys(data.metrics ?? {})
    .filter(isCustom)
    .sort();
  if (custom.length > 0) {
    lines.push('', c.bold('custom metrics'));
    for (const name of custom) {
      const m = data.metrics[name]!;
      const v = m.values;
      const unit = m.contains === 'time' ? 'ms' : 'value';
      const text =
        m.type === 'trend'
          ? `avg ${formatValue(v.avg, unit)}, p95 ${formatValue(v['p(95)'], unit)}, max ${formatValue(v.max, unit)}`
          : m.type === 'rate'
            ? formatValue(v.rate, 'percent')
            : formatValue(v.count ?? v.value, 'count');
      lines.push(`  ${name.padEnd(Math.max(30, ...custom.map((n) => n.length)))} ${text}`);
    }
  }
  lines.push('', `  ${resourcesLine(data)}`, '');
  return lines.join('\n');
}
