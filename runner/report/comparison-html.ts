// The report.html section of a comparison against baseline run(s): the verdict table and, per
// regressed endpoint, a small before/after chart of its latency percentiles (p50 to p99).
import { escapeXml as escapeHtml } from '../../lib/report/escape.ts';
import type { ComparisonResult } from '../../lib/report/results.ts';
import { describeChange, formatValue, labelOf } from '../compare/compare.ts';

/** JSON inside <script>: "<" escaped so no value can close the script element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function comparisonHtml(report: ComparisonResult | undefined): { html: string; script: string } {
  if (!report || !Array.isArray(report.rows)) return { html: '', script: '' };
  const o = report.options;
  const rows = report.rows
    .map(
      (r) =>
        `<tr class="${r.verdict === 'regressed' ? 'fail' : r.verdict === 'improved' ? 'pass' : ''}"><td>${escapeHtml(r.verdict)}</td><td><code>${escapeHtml(r.metric)}</code></td><td>${escapeHtml(formatValue(r.baseline, r.unit))}</td><td>${escapeHtml(formatValue(r.current, r.unit))}</td><td>${escapeHtml(describeChange(r))}</td><td>${r.samples ? `${r.samples.baseline} vs ${r.samples.current}` : '-'}</td><td>${escapeHtml(r.note ?? '')}</td></tr>`,
    )
    .join('');
  const charts = report.rows
    .filter((r) => r.verdict === 'regressed' && r.profile)
    .map((r) => ({
      id: `cmp-${r.endpoint ?? r.metric}`.replace(/[^A-Za-z0-9_-]/g, '_'),
      title: `${r.endpoint ?? r.metric}: latency before / after (ms)`,
      ...r.profile!,
    }));
  const open = report.inconclusive ?? 0;
  const head = report.regressions
    ? `${report.regressions} regression(s)`
    : open
      ? `no regression shown, ${open} inconclusive`
      : 'no regression';
  const html = `<h2>Against the baseline: <span class="${report.regressions ? 'fail' : open ? '' : 'ok'}">${head}</span></h2>
<p>${report.baselines.length} baseline run(s): ${report.baselines.map((b) => `<code>${escapeHtml(labelOf(b))}</code>`).join(', ')}. Regressed only when the whole interval (95 % for all judged metrics together) is beyond +${(o.tolerance * 100).toFixed(0)} % and +${o.min_ms} ms (error rates +${(o.min_rate * 100).toFixed(1)} points).${report.run_wide_shift ? ` Run-wide shift: median endpoint p95 ${(report.run_wide_shift.change * 100).toFixed(0)} %.` : ''}</p>
${report.warnings.map((w) => `<p class="note">${escapeHtml(w)}</p>`).join('')}
<div class="charts" id="comparison-charts"></div>
<table id="comparison"><thead><tr><th>verdict</th><th>metric</th><th>baseline</th><th>current</th><th>change [interval]</th><th>samples</th><th>note</th></tr></thead><tbody>${rows}</tbody></table>
<script type="application/json" id="comparison-profiles">${scriptJson(charts)}</script>`;
  const script = `(function () {
  var holder = document.getElementById('comparison-charts');
  if (!holder) return;
  JSON.parse(document.getElementById('comparison-profiles').textContent).forEach(function (c) {
    var box = document.createElement('div'); box.className = 'chart'; box.id = c.id;
    var h = document.createElement('h3'); h.textContent = c.title; box.appendChild(h); holder.appendChild(box);
    window.chartPoints[c.id] = c.baseline.length + c.current.length;
    new uPlot({ width: 360, height: 180, scales: { x: { time: false } }, axes: [{ values: function (u, v) { return v.map(function (x) { return 'p' + Math.round(x * 100); }); } }, {}],
      series: [{}, { label: 'baseline', stroke: '#5f6368', width: 1.5 }, { label: 'current', stroke: '#b00020', width: 2 }] },
      [c.q, c.baseline, c.current], box);
  });
})();`;
  return { html, script };
}
