// report.html's tables and sections, each rendered from Results (every value escaped): the
// thresholds, the endpoints, requests not sent on time, resource scaling, the server's phases.
import { escapeXml as escapeHtml } from '../../lib/report/escape.ts';
import { type Results, unitOf } from '../../lib/report/results.ts';
import { droppedText, formatValue, percentileCaveat } from '../../lib/report/summary-data.ts';
import { PHASE_HEADERS, type PhasedSample, phaseCells, phaseRows } from '../run/server-phases.ts';
import { SCALING_HEADERS, scalingRows, slopeText } from '../scaling/resource-scaling.ts';

const cells = (values: string[], tag = 'td') => values.map((v) => `<${tag}>${escapeHtml(v)}</${tag}>`).join('');

export function thresholdsTable(results: Results): string {
  const rows = results.thresholds
    .map(
      (t) =>
        `<tr class="${t.ok ? 'pass' : 'fail'}"><td>${t.ok ? '✓' : '✗'}</td><td><code>${escapeHtml(t.metric)}</code></td><td><code>${escapeHtml(t.expression)}</code></td><td>${escapeHtml(t.observed === null && t.reason ? `not measured: ${t.reason}` : formatValue(t.observed, unitOf(t)))}</td></tr>`,
    )
    .join('');
  return `<h2>Thresholds</h2><table id="thresholds"><thead><tr><th></th><th>metric</th><th>threshold</th><th>observed</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function endpointsTable(results: Results): string {
  const rows = results.endpoints
    .map(
      (e) =>
        `<tr><td>${escapeHtml(e.endpoint)}</td><td>${e.requests}</td>${cells([e.p50, e.p95, e.p99, e.max].map((v) => formatValue(v, 'ms')))}<td>${escapeHtml(formatValue(e.errorRate, 'percent'))}</td></tr>`,
    )
    .join('');
  return `<h2>Endpoints</h2><table id="endpoints"><thead><tr><th>endpoint</th><th>requests</th><th>p50</th><th>p95</th><th>p99</th><th>max</th><th>errors</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** What the percentiles leave out, and the open-model scenarios' iterations not sent on time. */
export function droppedSection(results: Results): string {
  // results.json files written before dropped iterations were recorded have no such field.
  const dropped = results.dropped ?? null;
  const caveat = percentileCaveat(dropped);
  const note =
    caveat && dropped
      ? `<p id="percentile-caveat" class="${dropped.iterations > 0 ? 'note' : 'none'}">${escapeHtml(caveat)}</p>`
      : '';
  if (!dropped || dropped.scenarios.length === 0) return `${note}\n`;
  const rows = dropped.scenarios
    .map(
      (row) =>
        `<tr class="${row.allowed !== null && row.iterations > row.allowed ? 'fail' : 'pass'}"><td>${escapeHtml(row.scenario)}</td><td>${escapeHtml(droppedText(row))}</td></tr>`,
    )
    .join('');
  return `${note}
<h2>Requests not sent on time</h2><p>Open-model scenarios start iterations at a fixed rate; k6 drops one (<code>dropped_iterations</code>) when no VU is free when it is due, and its requests are never sent.</p>
<table id="dropped"><thead><tr><th>scenario</th><th>not sent on time</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/** The resource-scaling table, slopes and the holder of its two charts; '' without scaling. */
export function scalingSection(results: Results): string {
  const scaling = results.scaling;
  if (!scaling) return '';
  const rows = scalingRows(scaling)
    .map((row) => `<tr>${cells(row)}</tr>`)
    .join('');
  return `<section id="scaling-section"><h2>Resource scaling</h2><p>Server CPU and memory per step of load (${scaling.level === 'users' ? 'virtual users' : 'API requests per second'}), over the rising and holding part of the run.</p>
<table id="scaling"><thead><tr>${cells(SCALING_HEADERS, 'th')}</tr></thead><tbody>${rows}</tbody></table>
<ul class="slopes"><li id="slope-memory">memory: ${escapeHtml(slopeText(scaling.memory))}</li><li id="slope-cpu">CPU: ${escapeHtml(slopeText(scaling.cpu))}</li></ul>
<div class="charts" id="scaling-charts"></div></section>`;
}

/** The sidecar's samples per phase: setup's and teardown's are shown here and in the charts, never gated. */
export function phasesTable(samples: PhasedSample[]): string {
  const rows = phaseRows(samples);
  if (rows.length === 0) return '';
  return `<table id="server-phases"><thead><tr>${cells(PHASE_HEADERS, 'th')}</tr></thead><tbody>${rows
    .map((row) => `<tr class="phase-${row.phase}">${cells(phaseCells(row))}</tr>`)
    .join('')}</tbody></table>`;
}

/** The run's facts under the heading: what ran, where, when, with what, and how it ended. */
export function metaLine(run: Results['run']): string {
  const facts: [string, string | null][] = [
    ['scenario', run.scenario],
    ['profile', run.profile],
    ['target', run.target],
    ['started', run.started_at],
    ['finished', run.finished_at],
    ['k6', run.k6_version],
    ['commit', run.git_commit],
    ['outcome', run.outcome ?? null],
    ['why', run.outcome_reason ?? null],
  ];
  return facts
    .filter(([, v]) => v)
    .map(([k, v]) => `<span><b>${escapeHtml(k)}</b> ${escapeHtml(String(v))}</span>`)
    .join(' ');
}
