// report.html's capacity section: the steps, the answer in words, and the holder of the chart of
// the measured points with the fitted USL curve and its band, N* and X_max, and the confirmation
// (drawn by report-page.js from #capacity-chart).
import { escapeXml as escapeHtml } from '../../lib/report/escape.ts';
import type { Results } from '../../lib/report/results.ts';
import { answerLines, STEP_HEADERS, stepRows, unsteadyLines } from './capacity-report.ts';

const cells = (values: string[], tag = 'td') => values.map((v) => `<${tag}>${escapeHtml(v)}</${tag}>`).join('');

/** What the chart draws: measured steps, the curve and band, the peak, and the confirmation at its observed requests in flight (Little: X·R). */
export function capacityChartData(results: Results) {
  const c = results.capacity;
  if (!c) return null;
  const observed = c.confirmation?.observed;
  return {
    steps: c.steps.map((s) => ({ n: s.users, x: s.requests_per_s })),
    curve: c.fit?.curve ?? null,
    peak: c.fit?.n_star != null && c.fit.x_max != null ? { n: c.fit.n_star, x: c.fit.x_max } : null,
    confirmation: observed
      ? { n: (observed.requests_per_s * observed.mean_ms) / 1000, x: observed.requests_per_s }
      : null,
  };
}

export function capacitySection(results: Results): string {
  const c = results.capacity;
  if (!c) return '';
  const rows = stepRows(c)
    .map((r) => `<tr>${cells(r)}</tr>`)
    .join('');
  const lines = [...unsteadyLines(c), ...answerLines(c)].map((l) => `<li>${escapeHtml(l.trim())}</li>`).join('');
  return `<section id="capacity-section"><h2>Capacity</h2>
<table id="capacity-steps"><thead><tr>${cells(STEP_HEADERS, 'th')}</tr></thead><tbody>${rows}</tbody></table>
<ul id="capacity-answer">${lines}</ul>
<div class="charts" id="capacity-charts"></div></section>`;
}
