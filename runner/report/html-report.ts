// The HTML report: one self-contained file (uPlot and its CSS inlined, no network needed) with
// charts over one time axis (request rate, API latency percentiles, errors, VUs, and the
// sidecar's CPU and memory) plus the threshold and endpoint tables. The time series come from
// k6's own JSON output (--out json=metrics.json.gz), streamed and bucketed per second.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { escapeXml as escapeHtml } from '../../lib/report/escape.ts';
import { RESULTS_SCHEMA_VERSION, type Results } from '../../lib/report/results.ts';
import { droppedText, formatValue, percentileCaveat } from '../../lib/report/summary-data.ts';
import type { Phase } from '../../sidecar/sample.ts';
import type { ComparisonReport } from '../compare/compare.ts';
import { readK6Json } from '../k6/json-output.ts';
import { isPhase, PHASE_HEADERS, type PhasedSample, phaseCells, phaseRows } from '../run/server-phases.ts';
import { SCALING_HEADERS, type Scaling, scalingRows, slopeText } from '../scaling/resource-scaling.ts';
import { comparisonHtml } from './comparison-html.ts';

const require = createRequire(import.meta.url);
const UPLOT_JS = readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8');
const UPLOT_CSS = readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8');

export interface Bucket {
  requests: number;
  errors: number;
  durations: number[];
  vus: number | null;
  /** Sum of the users_active samples (+1 a VU starts working, -1 it stops) of interactive runs. */
  usersDelta?: number;
}

export interface TimeSeries {
  t: number[];
  rps: number[];
  errors: number[];
  p50: (number | null)[];
  p95: (number | null)[];
  p99: (number | null)[];
  vus: (number | null)[];
  /** Interactive runs: users working (k6's users_active, summed over time) and users the person set. */
  usersWorking?: (number | null)[];
  usersSet?: (number | null)[];
  serverT: number[];
  cpu: number[];
  memory: number[];
  /** Each sample's phase (setup, load, teardown); null in series written before the sidecar marked them. */
  serverPhase: (Phase | null)[];
}

function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** The scenario that polls the sidecar (lib/config/entry.ts): its one VU is no user. */
const POLLER_SCENARIO = 'resources';

/**
 * k6's `vus` gauge counts every active VU, the sidecar poller's too: it is active from its first
 * iteration to its last (lib/metrics/resources.ts), so a reading within that span is one VU above
 * the users.
 */
function usersAt(
  readings: { ms: number; value: number }[],
  polls: { startMs: number; endMs: number }[],
): Map<number, number> {
  const users = new Map<number, number>();
  // Runs recorded before the poller stayed active polled in a few ms per iteration: there the gauge
  // rarely saw it, and is left as k6 wrote it.
  const lengths = polls.map((p) => p.endMs - p.startMs).sort((a, b) => a - b);
  if (lengths.length === 0 || lengths[Math.floor(lengths.length / 2)]! < 500) polls = [];
  const from = Math.min(...polls.map((p) => p.startMs));
  const to = Math.max(...polls.map((p) => p.endMs));
  for (const { ms, value } of readings)
    users.set(Math.floor(ms / 1000), Math.max(0, value - (ms >= from && ms <= to ? 1 : 0)));
  return users;
}

/** Reads k6's JSON output line by line (gzip when named .gz) into per-second buckets of API traffic and users. */
export async function readK6Series(file: string): Promise<Map<number, Bucket>> {
  const buckets = new Map<number, Bucket>();
  if (!existsSync(file)) return buckets;
  const vusReadings: { ms: number; value: number }[] = [];
  const polls: { startMs: number; endMs: number }[] = [];
  const bucketAt = (second: number) => {
    const bucket = buckets.get(second) ?? { requests: 0, errors: 0, durations: [], vus: null };
    buckets.set(second, bucket);
    return bucket;
  };
  await readK6Json(file, {
    onPoint: ({ metric, ms, value, tags }) => {
      if (metric === 'iteration_duration' && tags.scenario === POLLER_SCENARIO) {
        polls.push({ startMs: ms - value, endMs: ms });
        return;
      }
      const bucket = bucketAt(Math.floor(ms / 1000));
      const api = tags.scope === 'api';
      if (metric === 'http_req_duration' && api) bucket.durations.push(value);
      else if (metric === 'http_reqs' && api) bucket.requests += value;
      else if (metric === 'http_req_failed' && api && value === 1) bucket.errors++;
      else if (metric === 'vus') vusReadings.push({ ms, value });
      else if (metric === 'users_active') bucket.usersDelta = (bucket.usersDelta ?? 0) + value;
    },
  });
  for (const [second, users] of usersAt(vusReadings, polls)) bucketAt(second).vus = users;
  return buckets;
}

export function toTimeSeries(
  buckets: Map<number, Bucket>,
  server: ServerSample[],
  usersTimeline?: UsersPoint[],
): TimeSeries {
  const seconds = [...buckets.keys()].sort((a, b) => a - b);
  const series: TimeSeries = {
    t: [],
    rps: [],
    errors: [],
    p50: [],
    p95: [],
    p99: [],
    vus: [],
    serverT: [],
    cpu: [],
    memory: [],
    serverPhase: [],
  };
  const interactive = usersTimeline !== undefined || [...buckets.values()].some((b) => b.usersDelta !== undefined);
  if (interactive) {
    series.usersWorking = [];
    series.usersSet = [];
  }
  let working = 0;
  const timeline = (usersTimeline ?? []).map((p) => ({ t: Date.parse(p.at) / 1000, users: p.paused ? 0 : p.users }));
  if (seconds.length > 0) {
    for (let s = seconds[0]!; s <= seconds.at(-1)!; s++) {
      const b = buckets.get(s) ?? { requests: 0, errors: 0, durations: [], vus: null };
      if (interactive) {
        working += b.usersDelta ?? 0;
        series.usersWorking!.push(working);
        series.usersSet!.push(timeline.filter((p) => p.t < s + 1).at(-1)?.users ?? 0);
      }
      const sorted = b.durations.sort((x, y) => x - y);
      series.t.push(s);
      series.rps.push(b.requests);
      series.errors.push(b.errors);
      series.p50.push(quantile(sorted, 0.5));
      series.p95.push(quantile(sorted, 0.95));
      series.p99.push(quantile(sorted, 0.99));
      series.vus.push(b.vus);
    }
  }
  for (const sample of server) {
    series.serverT.push(sample.t / 1000);
    series.cpu.push(sample.cpu_percent);
    series.memory.push(sample.memory_mb);
    series.serverPhase.push(sample.phase ?? null);
  }
  return series;
}

function resourcesText(r: Results['resources']): string {
  if (!r) return 'server resources: not measured (no sidecar)';
  const growth =
    r.memory_growth_mb_per_min === null
      ? ''
      : `, memory growth ${formatValue(r.memory_growth_mb_per_min, 'value')} MB/min`;
  return `server resources over the load: memory peak ${formatValue(r.memory_mb_peak, 'value')} MB, CPU p95 ${formatValue(r.cpu_percent_p95, 'value')}% of available CPUs${growth}, samples missing ${r.samples_missing}`;
}

/** The sidecar's samples per phase: setup's and teardown's are shown here and in the charts, never gated. */
function phasesTable(samples: PhasedSample[]): string {
  const rows = phaseRows(samples);
  if (rows.length === 0) return '';
  return `<table id="server-phases"><thead><tr>${PHASE_HEADERS.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map(
      (row) =>
        `<tr class="phase-${row.phase}">${phaseCells(row)
          .map((cell) => `<td>${escapeHtml(cell)}</td>`)
          .join('')}</tr>`,
    )
    .join('')}</tbody></table>`;
}

/** JSON inside <script>: "<" escaped so no value can close the script element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function renderHtml(results: Results, series: TimeSeries, notes: string[] = []): string {
  const serverSamples = series.cpu.map((cpu_percent, i) => ({
    cpu_percent,
    memory_mb: series.memory[i]!,
    phase: series.serverPhase[i] ?? undefined,
  }));
  const failed = results.thresholds.filter((t) => !t.ok).length;
  const unit = (metric: string, expression: string) =>
    expression.startsWith('rate') ? 'percent' : /duration|_ms/.test(metric) ? 'ms' : 'value';
  const thresholdRows = results.thresholds
    .map(
      (t) =>
        `<tr class="${t.ok ? 'pass' : 'fail'}"><td>${t.ok ? '✓' : '✗'}</td><td><code>${escapeHtml(t.metric)}</code></td><td><code>${escapeHtml(t.expression)}</code></td><td>${escapeHtml(formatValue(t.observed, unit(t.metric, t.expression)))}</td></tr>`,
    )
    .join('');
  const endpointRows = results.endpoints
    .map(
      (e) =>
        `<tr><td>${escapeHtml(e.endpoint)}</td><td>${e.requests}</td>${[e.p50, e.p95, e.p99, e.max].map((v) => `<td>${escapeHtml(formatValue(v, 'ms'))}</td>`).join('')}<td>${escapeHtml(formatValue(e.errorRate, 'percent'))}</td></tr>`,
    )
    .join('');
  // results.json files written before dropped iterations were recorded have no such field.
  const dropped = results.dropped ?? null;
  const caveat = percentileCaveat(dropped);
  const droppedSection =
    dropped && dropped.scenarios.length > 0
      ? `<h2>Requests not sent on time</h2><p>Open-model scenarios start iterations at a fixed rate; k6 drops one (<code>dropped_iterations</code>) when no VU is free when it is due, and its requests are never sent.</p>
<table id="dropped"><thead><tr><th>scenario</th><th>not sent on time</th></tr></thead><tbody>${dropped.scenarios
          .map(
            (row) =>
              `<tr class="${row.allowed !== null && row.iterations > row.allowed ? 'fail' : 'pass'}"><td>${escapeHtml(row.scenario)}</td><td>${escapeHtml(droppedText(row))}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : '';
  const scaling = (results as Results & { scaling?: Scaling }).scaling;
  const scalingSection = scaling
    ? `<section id="scaling-section"><h2>Resource scaling</h2><p>Server CPU and memory per step of load (${scaling.level === 'users' ? 'virtual users' : 'API requests per second'}), over the rising and holding part of the run.</p>
<table id="scaling"><thead><tr>${SCALING_HEADERS.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${scalingRows(
        scaling,
      )
        .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>
<ul class="slopes"><li id="slope-memory">memory: ${escapeHtml(slopeText(scaling.memory))}</li><li id="slope-cpu">CPU: ${escapeHtml(slopeText(scaling.cpu))}</li></ul>
<div class="charts" id="scaling-charts"></div></section>`
    : '';
  const run = results.run;
  const meta = [
    ['scenario', run.scenario],
    ['profile', run.profile],
    ['target', run.target],
    ['started', run.started_at],
    ['finished', run.finished_at],
    ['k6', run.k6_version],
    ['commit', run.git_commit],
    ['outcome', (run as { outcome?: string }).outcome ?? null],
    ['why', (run as { outcome_reason?: string }).outcome_reason ?? null],
  ]
    .filter(([, v]) => v)
    .map(([k, v]) => `<span><b>${escapeHtml(k!)}</b> ${escapeHtml(String(v))}</span>`)
    .join(' ');
  const comparison = comparisonHtml(results.comparison as ComparisonReport | undefined);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>course-perf ${escapeHtml(run.scenario)} report</title>
<style>${UPLOT_CSS}
body{font:14px system-ui,sans-serif;margin:24px;color:#222}h1{font-size:20px}.meta span{margin-right:16px}
table{border-collapse:collapse;margin:8px 0 24px}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}
tr.fail{background:#fde2e2;color:#b00020;font-weight:600}tr.pass td:first-child{color:#137333}
.verdict{font-weight:700;color:${failed ? '#b00020' : '#137333'}}.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:16px}
.chart h3{font-size:14px;margin:4px 0}.none{color:#777}.note{color:#8a5300}</style></head>
<body><h1>course-perf <code>${escapeHtml(run.scenario)}</code>: <span class="verdict">${failed ? `${failed} of ${results.thresholds.length} thresholds failed` : `all ${results.thresholds.length} thresholds passed`}</span></h1>
<p class="meta">${meta}</p>
${notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('')}
<h2>Thresholds</h2><table id="thresholds"><thead><tr><th></th><th>metric</th><th>threshold</th><th>observed</th></tr></thead><tbody>${thresholdRows}</tbody></table>
<p class="resources">${escapeHtml(resourcesText(results.resources))}</p>
${phasesTable(serverSamples)}
<h2>Over time</h2><div class="charts" id="charts"></div>
${scalingSection}
${comparison.html}
<h2>Endpoints</h2><table id="endpoints"><thead><tr><th>endpoint</th><th>requests</th><th>p50</th><th>p95</th><th>p99</th><th>max</th><th>errors</th></tr></thead><tbody>${endpointRows}</tbody></table>
${caveat ? `<p id="percentile-caveat" class="${dropped!.iterations > 0 ? 'note' : 'none'}">${escapeHtml(caveat)}</p>` : ''}
${droppedSection}
<script type="application/json" id="series">${scriptJson(series)}</script>
<script type="application/json" id="scaling-steps">${scriptJson(scaling?.steps ?? [])}</script>
<script>${UPLOT_JS}</script>
<script>
(function () {
  var s = JSON.parse(document.getElementById('series').textContent);
  var holder = document.getElementById('charts');
  window.chartPoints = {};
  window.chartScales = {};
  // One time axis for every chart: k6's series and the sidecar's rarely start and stop at the same second.
  var all = s.t.concat(s.serverT);
  var lo = Math.min.apply(null, all), hi = Math.max.apply(null, all);
  if (!(hi > lo)) hi = lo + 1;
  function chart(id, title, xs, lines, emptyText) {
    var box = document.createElement('div'); box.className = 'chart'; box.id = id;
    var h = document.createElement('h3'); h.textContent = title; box.appendChild(h); holder.appendChild(box);
    var points = lines.reduce(function (n, l) { return n + l.values.filter(function (v) { return v !== null; }).length; }, 0);
    window.chartPoints[id] = points;
    if (!xs.length) { var p = document.createElement('p'); p.className = 'none'; p.textContent = emptyText || 'no data'; box.appendChild(p); return; }
    var u = new uPlot({ width: 520, height: 220, cursor: { sync: { key: 'run' } },
      scales: { x: { time: true, range: function () { return [lo, hi]; } } },
      series: [{}].concat(lines.map(function (l) { return { label: l.label, stroke: l.color, width: 1.5, spanGaps: !l.gaps }; })) },
      [xs].concat(lines.map(function (l) { return l.values; })), box);
    window.chartScales[id] = [u.scales.x.min, u.scales.x.max];
  }
  chart('chart-rps', 'API requests per second', s.t, [{ label: 'req/s', values: s.rps, color: '#1a73e8' }]);
  chart('chart-latency', 'API latency (ms)', s.t, [{ label: 'p50', values: s.p50, color: '#34a853' }, { label: 'p95', values: s.p95, color: '#fbbc04' }, { label: 'p99', values: s.p99, color: '#ea4335' }]);
  chart('chart-errors', 'Failed API requests per second', s.t, [{ label: 'errors/s', values: s.errors, color: '#b00020' }]);
  chart('chart-vus', 'Virtual users', s.t, [{ label: 'VUs', values: s.vus, color: '#673ab7' }].concat(s.usersSet ? [{ label: 'users set (0 while paused)', values: s.usersSet, color: '#e91e63' }, { label: 'users working', values: s.usersWorking, color: '#009688' }] : []));
  var noSidecar = 'not measured (no sidecar series in this run)';
  // The load's samples (gated) and, apart, setup's and teardown's (shown, not gated); one line for a series without phases.
  function phased(values, label, color) {
    if (!s.serverPhase.some(function (p) { return p; })) return [{ label: label, values: values, color: color }];
    var only = function (phase) { return values.map(function (v, i) { return s.serverPhase[i] === phase ? v : null; }); };
    return [{ label: label + ' (load, gated)', values: only('load'), color: color },
      { label: 'setup (not gated)', values: only('setup'), color: '#9e9e9e', gaps: true },
      { label: 'teardown (not gated)', values: only('teardown'), color: '#5c6bc0', gaps: true }];
  }
  chart('chart-cpu', 'Server CPU (% of the CPUs available to it)', s.serverT, phased(s.cpu, 'CPU %', '#ff6d00'), noSidecar);
  chart('chart-memory', 'Server memory (MB)', s.serverT, phased(s.memory, 'MB', '#00897b'), noSidecar);

  // Resource scaling: per step of load, peak memory (left axis) and mean CPU (right axis) against
  // the step's mean users and its requests per second.
  var steps = JSON.parse(document.getElementById('scaling-steps').textContent);
  var scalingHolder = document.getElementById('scaling-charts');
  function scalingChart(id, title, xKey, xLabel) {
    var box = document.createElement('div'); box.className = 'chart'; box.id = id;
    var h = document.createElement('h3'); h.textContent = title; box.appendChild(h); scalingHolder.appendChild(box);
    var rows = steps.filter(function (st) { return st[xKey] !== null && (st.memory_mb_peak !== null || st.cpu_percent_mean !== null); })
      .sort(function (a, b) { return a[xKey] - b[xKey]; });
    window.chartPoints[id] = rows.length;
    if (!rows.length) { var p = document.createElement('p'); p.className = 'none'; p.textContent = 'no step has server samples'; box.appendChild(p); return; }
    var xs = rows.map(function (st) { return st[xKey]; });
    var line = function (label, key, color, scale) { return { label: label, stroke: color, width: 1.5, scale: scale, spanGaps: true, points: { show: true, size: 7 } }; };
    new uPlot({ width: 520, height: 240, cursor: { sync: { key: 'scaling-' + xKey } },
      scales: { x: { time: false }, mb: {}, cpu: {} },
      axes: [{ label: xLabel }, { scale: 'mb', label: 'memory peak (MB)' }, { scale: 'cpu', side: 1, label: 'CPU mean (%)', grid: { show: false } }],
      series: [{ label: xLabel }, line('memory peak MB', 'memory_mb_peak', '#00897b', 'mb'), line('CPU mean %', 'cpu_percent_mean', '#ff6d00', 'cpu')] },
      [xs, rows.map(function (st) { return st.memory_mb_peak; }), rows.map(function (st) { return st.cpu_percent_mean; })], box);
  }
  if (scalingHolder) {
    scalingChart('chart-scaling-users', 'Server CPU and memory vs users', 'users_mean', 'users (step mean)');
    scalingChart('chart-scaling-rps', 'Server CPU and memory vs requests per second', 'requests_per_s', 'API req/s (step mean)');
  }
})();
${comparison.script}
</script></body></html>
`;
}

export interface UsersPoint {
  at: string;
  users: number;
  paused: boolean;
}

export interface ServerSample {
  t: number;
  cpu_percent: number;
  memory_mb: number;
  /** setup, load or teardown, when the sidecar marked it. */
  phase?: Phase;
}

/**
 * The sidecar's series, when the run had one: `{ samples: [...] }` as sidecar/main.ts writes it, or a
 * bare array of samples. A missing file means no sidecar; an unreadable one must not cost the
 * run its report, so it is reported as a note instead.
 */
export function readServerSeries(file: string): { samples: ServerSample[]; note: string | null } {
  if (!existsSync(file)) return { samples: [], note: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return {
      samples: [],
      note: `${file} is not readable JSON (${(error as Error).message}): server charts left empty`,
    };
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { samples?: unknown } | null)?.samples;
  if (!Array.isArray(list)) return { samples: [], note: `${file} holds no "samples" array: server charts left empty` };
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const samples = list
    .filter((s): s is ServerSample => finite(s?.t) && finite(s?.cpu_percent) && finite(s?.memory_mb))
    .map(({ t, cpu_percent, memory_mb, phase }) => ({
      t,
      cpu_percent,
      memory_mb,
      ...(isPhase(phase) ? { phase } : {}),
    }))
    .sort((a, b) => a.t - b.t);
  return { samples, note: null };
}

function readResults(file: string): Results {
  if (!existsSync(file)) throw new Error(`${file} is missing: k6 wrote no summary (did it start?)`);
  let parsed: Results;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed?.schema_version !== RESULTS_SCHEMA_VERSION || !Array.isArray(parsed.thresholds) || !parsed.run) {
    throw new Error(
      `${file} is not a course-perf results.json of schema version ${RESULTS_SCHEMA_VERSION} (found ${JSON.stringify(parsed?.schema_version)})`,
    );
  }
  return parsed;
}

/** Writes runDir/report.html from results.json, metrics.json.gz and server-resources.json; returns its path. */
export async function writeHtmlReport(runDir: string): Promise<string> {
  const results = readResults(join(runDir, 'results.json'));
  const server = readServerSeries(join(runDir, 'server-resources.json'));
  const usersTimeline = (results as { interactive?: { users_timeline?: UsersPoint[] } }).interactive?.users_timeline;
  const series = toTimeSeries(await readK6Series(join(runDir, 'metrics.json.gz')), server.samples, usersTimeline);
  const out = join(runDir, 'report.html');
  writeFileSync(out, renderHtml(results, series, server.note ? [server.note] : []));
  return out;
}
