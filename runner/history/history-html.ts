// history.html: one self-contained page (uPlot and its CSS inlined, no network) with, per test, one
// chart per series group (latency p95 by endpoint, error rates, server CPU and memory, ...): a point per
// run, the run's commit on hover, and each change point marked with its magnitude. The browser script
// is history-page.js beside this file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { escapeXml as escapeHtml } from '../../lib/report/escape.ts';
import type { AnalysisOptions, SeriesAnalysis } from './analyze.ts';
import { changeLine, percent, shortCommit, shortTime } from './format.ts';
import type { StoredRun } from './store.ts';

const require = createRequire(import.meta.url);
const UPLOT_JS = readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8');
const UPLOT_CSS = readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8');
const PAGE_JS = readFileSync(new URL('./history-page.js', import.meta.url), 'utf8');

export interface TestHistory {
  test: string;
  runs: StoredRun[];
  analyses: SeriesAnalysis[];
}

interface ChartSeries {
  name: string;
  label: string;
  /** One value per run of the test (null where the run has none). */
  values: (number | null)[];
  changes: { at: number; text: string; worse: boolean | null }[];
}

const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** A test's series grouped by chart, each on the test's run axis; latency on a log scale (login's ~100 ms beside 1 ms reads). */
function chartGroups(history: TestHistory): { title: string; log: boolean; series: ChartSeries[] }[] {
  const index = new Map(history.runs.map((run, i) => [run.id, i]));
  const groups = new Map<string, ChartSeries[]>();
  for (const a of history.analyses) {
    const values: (number | null)[] = history.runs.map(() => null);
    for (const p of a.points) values[index.get(p.run)!] = p.value;
    const label = a.series.replace(/^endpoint\.([a-z0-9_]+)\.[a-z0-9_]+$/, '$1');
    const changes = a.changes.map((c) => ({
      at: index.get(c.run)!,
      text: c.change === null ? 'from 0' : percent(c.change),
      worse: c.worse,
    }));
    groups.set(a.kind.group, [...(groups.get(a.kind.group) ?? []), { name: a.series, label, values, changes }]);
  }
  return [...groups.entries()].map(([title, series]) => ({
    title,
    log: title.startsWith('latency') && series.every((s) => s.values.every((v) => v === null || v > 0)),
    series,
  }));
}

function testSection(history: TestHistory, n: number, options: AnalysisOptions): string {
  const changes = history.analyses.flatMap((a) => a.changes).sort((a, b) => a.time.localeCompare(b.time));
  const list = changes.length
    ? `<ul class="changes">${changes.map((c) => `<li class="${c.worse ? 'worse' : ''}">${escapeHtml(changeLine(c))}</li>`).join('')}</ul>`
    : `<p class="none">No change point in ${history.runs.length} runs (p ≤ ${options.pValue}).</p>`;
  const first = history.runs[0];
  const last = history.runs.at(-1);
  const span =
    first && last
      ? `${shortTime(first.time)} … ${shortTime(last.time)}, newest commit ${shortCommit(last.commit)}`
      : '';
  return `<section class="test"><h2>${escapeHtml(history.test)}</h2><p>${history.runs.length} runs, ${escapeHtml(span)}</p>${list}<div class="charts" id="charts-${n}"></div></section>`;
}

export function renderHistoryHtml(
  store: string,
  tests: TestHistory[],
  options: AnalysisOptions,
  generated: Date,
): string {
  const data = tests.map((t) => ({
    runs: t.runs.map((r) => ({ id: r.id, commit: r.commit, time: r.time, branch: r.branch })),
    groups: chartGroups(t),
  }));
  const settings = `window ${options.window}, p-value ${options.pValue}, minimum magnitude ${(options.minMagnitude * 100).toFixed(1)} %`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Performance history</title>
<style>${UPLOT_CSS}
body { font: 14px system-ui, sans-serif; margin: 1.5em; color: #222; }
.charts { display: flex; flex-wrap: wrap; gap: 1em; }
.chart h3 { font-size: 14px; margin: .5em 0; }
.chart .hover { font: 12px monospace; min-height: 1.4em; color: #555; }
.changes li.worse { color: #b00020; }
.none { color: #666; }
</style></head><body>
<h1>Performance history</h1>
<p>${escapeHtml(store)} · ${tests.reduce((n, t) => n + t.runs.length, 0)} runs in ${tests.length} test${tests.length === 1 ? '' : 's'} · change points by E-Divisive means with Student's t (${escapeHtml(settings)}) · written ${escapeHtml(generated.toISOString())}</p>
${tests.map((t, i) => testSection(t, i, options)).join('\n')}
<script type="application/json" id="history">${scriptJson(data)}</script>
<script>${UPLOT_JS}</script>
<script>${PAGE_JS}</script>
</body></html>
`;
}
