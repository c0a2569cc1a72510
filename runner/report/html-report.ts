// The HTML report: one self-contained file (uPlot and its CSS inlined, no network needed) with
// charts over one time axis (request rate, API latency percentiles, errors, VUs, and the
// sidecar's CPU and memory) plus the threshold and endpoint tables, rendered from Results. The
// time series come from k6's own JSON output (--out json=metrics.json.gz), streamed and bucketed
// per second; the charts are drawn in the page by report-page.js, inlined at render time.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { escapeXml as escapeHtml } from '../../lib/report/escape.ts';
import type { Results } from '../../lib/report/results.ts';
import { resourcesText } from '../../lib/report/summary-data.ts';
import type { Phase } from '../../sidecar/sample.ts';
import { writeFileAtomic } from '../finish/atomic-write.ts';
import { readResults } from '../finish/results-file.ts';
import { historySection } from '../history/history-section.ts';
import { readK6Json } from '../k6/json-output.ts';
import { isPhase } from '../run/server-phases.ts';
import { capacityChartData, capacitySection } from './capacity-html.ts';
import { comparisonHtml } from './comparison-html.ts';
import {
  droppedSection,
  endpointsTable,
  metaLine,
  phasesTable,
  scalingSection,
  thresholdsTable,
} from './html-sections.ts';

const require = createRequire(import.meta.url);
const UPLOT_JS = readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8');
const UPLOT_CSS = readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8');
const REPORT_PAGE_JS = readFileSync(new URL('./report-page.js', import.meta.url), 'utf8');

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

function toTimeSeries(buckets: Map<number, Bucket>, server: ServerSample[], usersTimeline?: UsersPoint[]): TimeSeries {
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

/** The report's headline: an inconclusive run is never shown as passed. */
function headline(results: Results, failed: number, total: number): string {
  if (total === 0) return 'no thresholds';
  if (failed > 0) return `${failed} of ${total} thresholds failed`;
  if (results.verdict === 'inconclusive')
    return `inconclusive: all ${total} thresholds held, but the run could not answer`;
  return `all ${total} thresholds passed`;
}

/** JSON inside <script>: "<" escaped so no value can close the script element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const STYLE = (failed: number) => `${UPLOT_CSS}
body{font:14px system-ui,sans-serif;margin:24px;color:#222}h1{font-size:20px}.meta span{margin-right:16px}
table{border-collapse:collapse;margin:8px 0 24px}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}
tr.fail{background:#fde2e2;color:#b00020;font-weight:600}tr.pass td:first-child{color:#137333}
.verdict{font-weight:700;color:${failed ? '#b00020' : '#137333'}}.verdict.inconclusive{color:#8a6d00}.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:16px}
.chart h3{font-size:14px;margin:4px 0}.none{color:#777}.note{color:#8a5300}`;

function renderHtml(results: Results, series: TimeSeries, notes: string[] = []): string {
  const serverSamples = series.cpu.map((cpu_percent, i) => ({
    cpu_percent,
    memory_mb: series.memory[i]!,
    phase: series.serverPhase[i] ?? undefined,
  }));
  const failed = results.thresholds.filter((t) => !t.ok).length;
  const total = results.thresholds.length;
  const scenario = escapeHtml(results.run.scenario);
  const comparison = comparisonHtml(results.comparison);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>course-perf ${scenario} report</title>
<style>${STYLE(failed)}</style></head>
<body><h1>course-perf <code>${scenario}</code>: <span class="verdict${results.verdict === 'inconclusive' ? ' inconclusive' : ''}">${headline(results, failed, total)}</span></h1>
<p class="meta">${metaLine(results.run)}</p>
${notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('')}
${thresholdsTable(results)}
<p class="resources">${escapeHtml(resourcesText(results.resources))}</p>
${phasesTable(serverSamples)}
<h2>Over time</h2><div class="charts" id="charts"></div>
${scalingSection(results)}
${capacitySection(results)}
${comparison.html}
${historySection(results.history, 'html')}
${endpointsTable(results)}
${droppedSection(results)}
<script type="application/json" id="series">${scriptJson(series)}</script>
<script type="application/json" id="scaling-steps">${scriptJson(results.scaling?.steps ?? [])}</script>
<script type="application/json" id="capacity-chart">${scriptJson(capacityChartData(results))}</script>
<script>${UPLOT_JS}</script>
<script>${REPORT_PAGE_JS}</script>
${comparison.script ? `<script>${comparison.script}</script>` : ''}</body></html>
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

/** k6's series of one run, or of the processes of one merged run, per second. */
async function readK6Buckets(files: string[]): Promise<Map<number, Bucket>> {
  const [only, ...more] = files;
  if (only !== undefined && more.length === 0) return readK6Series(only);
  const merged = new Map<number, Bucket>();
  for (const file of files) {
    for (const [second, b] of await readK6Series(file)) {
      const m = merged.get(second);
      if (!m) merged.set(second, { ...b, durations: [...b.durations] });
      else {
        m.requests += b.requests;
        m.errors += b.errors;
        m.durations.push(...b.durations);
        m.vus = m.vus === null && b.vus === null ? null : (m.vus ?? 0) + (b.vus ?? 0);
      }
    }
  }
  return merged;
}

/**
 * Renders `results` as runDir/report.html with the charts of runDir's metrics.json.gz (or of
 * `k6Files`, a merged run's processes) and server-resources.json; returns its path.
 */
export async function renderHtmlReport(runDir: string, results: Results, k6Files?: string[]): Promise<string> {
  const server = readServerSeries(join(runDir, 'server-resources.json'));
  const buckets = await readK6Buckets(k6Files ?? [join(runDir, 'metrics.json.gz')]);
  const series = toTimeSeries(buckets, server.samples, results.interactive?.users_timeline);
  const out = join(runDir, 'report.html');
  writeFileAtomic(out, renderHtml(results, series, server.note ? [server.note] : []));
  return out;
}

/** Writes runDir/report.html from results.json, metrics.json.gz and server-resources.json; returns its path. */
export async function writeHtmlReport(runDir: string): Promise<string> {
  return renderHtmlReport(runDir, readResults(join(runDir, 'results.json')));
}
