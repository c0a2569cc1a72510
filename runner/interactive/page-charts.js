// The page's charts over time (uPlot) and its CSV download. The points come from the server's
// /api/series (one a second, kept for the whole run: Apply, Pause and Resume only change what they
// say); the page asks only for those it has not drawn, and starts over when a new run starts.
/* global uPlot */

const CHARTS = {
  'chart-rps': [
    ['requests/s', '#1a73e8', 'rps'],
    ['errors/s', '#d93025', 'errorsPerS'],
  ],
  'chart-latency': [
    ['p50 ms', '#188038', 'p50'],
    ['p95 ms', '#e37400', 'p95'],
  ],
  'chart-users': [
    ['working', '#1a73e8', 'usersWorking'],
    ['set', '#9aa0a6', 'usersSet'],
  ],
  'chart-server': [
    ['CPU %', '#d93025', 'cpu'],
    ['memory MB', '#1a73e8', 'memoryMb', 'mb'],
  ],
};

const charts = { run: null, from: 0, points: [], plots: {} };
/** How many points each chart drew, by its element id (read by the tests). */
globalThis.chartPoints = {};

function chartOptions(id, series) {
  const el = document.getElementById(id);
  const scales = { x: { time: false } };
  const axes = [{ label: 's since Start' }, {}];
  if (series.some((s) => s[3] === 'mb')) {
    scales.mb = {};
    axes.push({ scale: 'mb', side: 1, grid: { show: false } });
  }
  return {
    width: Math.max(300, el.clientWidth || 520),
    height: 170,
    scales,
    axes,
    series: [
      { label: 's' },
      ...series.map(([label, stroke, , scale]) => ({ label, stroke, width: 2, ...(scale ? { scale } : {}) })),
    ],
  };
}

function drawCharts() {
  const t = charts.points.map((p) => p.t);
  for (const [id, series] of Object.entries(CHARTS)) {
    const data = [t, ...series.map(([, , key]) => charts.points.map((p) => p[key]))];
    if (!charts.plots[id]) charts.plots[id] = new uPlot(chartOptions(id, series), data, document.getElementById(id));
    else charts.plots[id].setData(data);
    globalThis.chartPoints[id] = data
      .slice(1)
      .reduce((most, values) => Math.max(most, values.filter((v) => v !== null).length), 0);
  }
}

/** Fetches the points not drawn yet and draws them; a new run's points replace the last run's. */
async function refreshCharts() {
  const answer = await (await fetch(`/api/series?from=${charts.from}`)).json();
  if (answer.run !== charts.run) {
    charts.run = answer.run;
    charts.points = [];
    charts.from = 0;
    if (answer.from !== 0) return refreshCharts();
  }
  if (answer.points.length === 0 && charts.points.length > 0) return;
  charts.points.push(...answer.points);
  charts.from = answer.from + answer.points.length;
  drawCharts();
}
globalThis.refreshCharts = refreshCharts;

const csvField = (v) =>
  v === null || v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v);

/** The per-endpoint table as CSV (ms, as k6 measured them), downloaded by the browser. */
document.getElementById('download-csv').onclick = () => {
  const rows = [['endpoint', 'p50_ms', 'p95_ms', 'p99_ms', 'max_ms'], ...(globalThis.endpointRows || [])];
  const blob = new Blob([`${rows.map((r) => r.map(csvField).join(',')).join('\n')}\n`], { type: 'text/csv' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'endpoints.csv';
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
};
