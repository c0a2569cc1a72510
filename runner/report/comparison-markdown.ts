// summary.md's section for a comparison against baseline run(s): the verdict per metric with its
// interval and samples, between markers that say where it begins and ends.
import { escapeMarkdownCell } from '../../lib/report/escape.ts';
import type { ComparisonResult } from '../../lib/report/results.ts';
import { describeChange, formatValue, labelOf } from '../compare/compare.ts';

const BEGIN = '<!-- course-perf comparison: begin -->';
const END = '<!-- course-perf comparison: end -->';

/** summary.md's comparison section, between markers that say where it begins and ends. */
export function comparisonSection(report: ComparisonResult): string {
  return `${BEGIN}\n${comparisonMarkdown(report)}\n${END}\n`;
}

function comparisonMarkdown(report: ComparisonResult): string {
  const o = report.options;
  const open = report.inconclusive ?? 0;
  const head =
    report.regressions > 0
      ? `❌ ${report.regressions} regression(s)`
      : open > 0
        ? `➖ no regression shown, ${open} inconclusive`
        : '✅ no regression';
  const lines = [
    `### Against the baseline: ${head}`,
    '',
    `${report.baselines.length} baseline run(s): ${report.baselines.map((b) => `\`${escapeMarkdownCell(labelOf(b))}\``).join(', ')}. ` +
      `Regressed only when the whole interval (95 % for all judged metrics together) is beyond +${(o.tolerance * 100).toFixed(0)} % and +${o.min_ms} ms (error rates: +${(o.min_rate * 100).toFixed(1)} points); ` +
      `${report.rows.length - open} of ${report.rows.length} metrics judged; ${open} inconclusive (a regression could be neither shown nor ruled out: each note says what would settle it).`,
  ];
  if (report.run_wide_shift)
    lines.push(
      '',
      `Run-wide shift: the median endpoint p95 moved ${(report.run_wide_shift.change * 100).toFixed(0)} %; endpoint changes are relative to it.`,
    );
  for (const w of report.warnings) lines.push('', `> ⚠️ ${escapeMarkdownCell(w)}`);
  lines.push(
    '',
    '| verdict | metric | baseline | current | change [interval] | samples |',
    '|---|---|---:|---:|---|---|',
  );
  for (const r of report.rows) {
    const icon =
      r.verdict === 'regressed' ? '❌' : r.verdict === 'improved' ? '⬇️' : r.verdict === 'no change' ? '✅' : '➖';
    const samples = r.samples ? `${r.samples.baseline} vs ${r.samples.current}` : '-';
    lines.push(
      `| ${icon} ${r.verdict} | \`${escapeMarkdownCell(r.metric)}\` | ${formatValue(r.baseline, r.unit)} | ${formatValue(r.current, r.unit)} | ${escapeMarkdownCell(describeChange(r))}${r.note ? ` (${escapeMarkdownCell(r.note)})` : ''} | ${samples} |`,
    );
  }
  return lines.join('\n');
}
