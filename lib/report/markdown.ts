// Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY.
import { escapeMarkdownCell } from './escape.ts';
import { endpointRows, formatValue, resourcesLine, thresholdRows, type SummaryData } from './summary-data.ts';

export function markdownReport(data: SummaryData, options: { scenario: string }): string {
  const rows = thresholdRows(data);
  const failed = rows.filter((r) => !r.ok).length;
  const lines = [
    `## course-perf \`${escapeMarkdownCell(options.scenario)}\`: ${failed === 0 ? `✅ all ${rows.length} thresholds passed` : `❌ ${failed} of ${rows.length} thresholds failed`}`,
    '',
    '| | threshold | observed |',
    '|---|---|---|',
    ...rows.map((r) => `| ${r.ok ? '✅' : '❌'} | \`${escapeMarkdownCell(`${r.metric} ${r.expression}`)}\` | ${formatValue(r.observed, r.unit)} |`),
  ];
  const endpoints = endpointRows(data);
  if (endpoints.length > 0) {
    lines.push('', '| endpoint | requests | p50 | p95 | p99 | max | errors |', '|---|---:|---:|---:|---:|---:|---:|');
    for (const e of endpoints) {
      lines.push(`| ${escapeMarkdownCell(e.endpoint)} | ${e.requests} | ${formatValue(e.p50, 'ms')} | ${formatValue(e.p95, 'ms')} | ${formatValue(e.p99, 'ms')} | ${formatValue(e.max, 'ms')} | ${formatValue(e.errorRate, 'percent')} |`);
    }
  }
  lines.push('', escapeMarkdownCell(resourcesLine(data)), '');
  return lines.join('\n');
}
