// Writes a comparison into the current run's folder: the `comparison` section of results.json, a
// section of its own at the end of summary.md (replaced, never duplicated, when compared again),
// and report.html rebuilt with its before/after charts. Each file is written whole or not at all.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { escapeMarkdownCell } from '../../lib/report/escape.ts';
import { type ComparisonReport, describeChange, formatValue, type LoadedRun, labelOf } from '../compare/compare.ts';
import { writeHtmlReport } from './html-report.ts';

const BEGIN = '<!-- course-perf comparison: begin -->';
const END = '<!-- course-perf comparison: end -->';

function writeWhole(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

export function comparisonMarkdown(report: ComparisonReport): string {
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

/** Returns the run folder written to. */
export async function writeComparison(current: LoadedRun, report: ComparisonReport): Promise<string> {
  const resultsFile = current.label.endsWith('.json') ? current.label : join(current.label, 'results.json');
  const dir = dirname(resultsFile);
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  results.comparison = report;
  writeWhole(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  const markdown = join(dir, 'summary.md');
  if (existsSync(markdown)) {
    const text = readFileSync(markdown, 'utf8');
    const start = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    const kept = start >= 0 && end > start ? text.slice(0, start) + text.slice(end + END.length) : text;
    writeWhole(markdown, `${kept.trimEnd()}\n\n${BEGIN}\n${comparisonMarkdown(report)}\n${END}\n`);
  }
  await writeHtmlReport(dir);
  return dir;
}
