// Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY: failed thresholds first, in a
// table of their own; the passing ones folded in <details>, so a 38-row table never buries a failure.
// Pure: k6's handleSummary and the runner's finishing step render it from the same Results.
import { escapeMarkdownCell, markdownCode } from './escape.ts';
import { type Results, type ResultsThreshold, unitOf } from './results.ts';
import { formatValue, percentileCaveat, resourcesText } from './summary-data.ts';

function thresholdTable(rows: ResultsThreshold[]): string[] {
  return [
    '| | threshold | observed |',
    '|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.ok ? '✅' : '❌'} | ${markdownCode(`${r.metric} ${r.expression}`)} | ${formatValue(r.observed, unitOf(r))} |`,
    ),
  ];
}

export function markdownReport(results: Results): string {
  const rows = results.thresholds;
  const failed = rows.filter((r) => !r.ok);
  const passed = rows.filter((r) => r.ok);
  // No thresholds at all: a run k6 stopped before its summary (the outcome above says why).
  const verdict =
    rows.length === 0
      ? 'no thresholds'
      : failed.length > 0
        ? `❌ ${failed.length} of ${rows.length} thresholds failed`
        : results.verdict === 'inconclusive'
          ? `➖ inconclusive: all ${rows.length} thresholds held, but the run could not answer (see below)`
          : `✅ all ${rows.length} thresholds passed`;
  const lines = [`## course-perf ${markdownCode(results.run.scenario, { inTable: false })}: ${verdict}`, ''];
  if (failed.length > 0) lines.push(...thresholdTable(failed), '');
  if (passed.length > 0) {
    // GitHub renders Markdown inside <details> only after a blank line following </summary>.
    lines.push(
      '<details>',
      `<summary>${passed.length} passed threshold${passed.length === 1 ? '' : 's'}</summary>`,
      '',
      ...thresholdTable(passed),
      '',
      '</details>',
      '',
    );
  }
  const endpoints = results.endpoints;
  if (endpoints.length > 0) {
    lines.push('| endpoint | requests | p50 | p95 | p99 | max | errors |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const e of endpoints) {
      lines.push(
        `| ${escapeMarkdownCell(e.endpoint)} | ${e.requests} | ${formatValue(e.p50, 'ms')} | ${formatValue(e.p95, 'ms')} | ${formatValue(e.p99, 'ms')} | ${formatValue(e.max, 'ms')} | ${formatValue(e.errorRate, 'percent')} |`,
      );
    }
    lines.push('');
  }
  const dropped = results.dropped ?? null;
  const caveat = percentileCaveat(dropped);
  if (caveat) lines.push(`${dropped!.iterations > 0 ? '⚠️ ' : ''}${escapeMarkdownCell(caveat)}`, '');
  if (dropped && dropped.scenarios.length > 0) {
    lines.push('| scenario (open model) | iterations not sent on time | requests | allowed |', '|---|---:|---:|---:|');
    for (const row of dropped.scenarios) {
      lines.push(
        `| ${escapeMarkdownCell(row.scenario)} | ${formatValue(row.iterations, 'count')} | ${row.requests === null ? 'n/a' : formatValue(row.requests, 'count')} | ${row.allowed === null ? 'not gated' : formatValue(row.allowed, 'count')} |`,
      );
    }
    lines.push('');
  }
  lines.push(escapeMarkdownCell(resourcesText(results.resources)), '');
  return lines.join('\n');
}
