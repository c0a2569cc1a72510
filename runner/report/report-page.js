// report.html's charts, inlined into the page by runner/report/html-report.ts after uPlot. It reads
// the run's series (#series) and the resource-scaling steps (#scaling-steps) from JSON in the page,
// and tells the tests what each chart drew (window.chartPoints, window.chartScales).
const series = JSON.parse(document.getElementById('series').textContent);
window.chartPoints = {};
window.chartScales = {};

/** A chart's box with its title, in `holder`. */
function chartBox(holder, id, title) {
  const box = document.createElement('div');
  box.className = 'chart';
  box.id = id;
  const h = document.createElement('h3');
  h.textContent = title;
  box.appendChild(h);
  holder.appendChild(box);
  return box;
}

function sayNone(box, text) {
  const p = document.createElement('p');
  p.className = 'none';
  p.textContent = text;
  box.appendChild(p);
}

// One time axis for every chart: k6's series and the sidecar's rarely start and stop at the same second.
const all = series.t.concat(series.serverT);
const lo = Math.min.apply(null, all);
let hi = Math.max.apply(null, all);
if (!(hi > lo)) hi = lo + 1;

function timeChart(id, title, xs, lines, emptyText) {
  const box = chartBox(document.getElementById('charts'), id, title);
  window.chartPoints[id] = lines.reduce((n, l) => n + l.values.filter((v) => v !== null).length, 0);
  if (!xs.length) return sayNone(box, emptyText || 'no data');
  const u = new uPlot(
    {
      width: 520,
      height: 220,
      cursor: { sync: { key: 'run' } },
      scales: { x: { time: true, range: () => [lo, hi] } },
      series: [{}].concat(lines.map((l) => ({ label: l.label, stroke: l.color, width: 1.5, spanGaps: !l.gaps }))),
    },
    [xs].concat(lines.map((l) => l.values)),
    box,
  );
  window.chartScales[id] = [u.scales.x.min, u.scales.x.max];
}

// The load's samples (gated) and, apart, setup's and teardown's (shown, not gated); one line for a series without phases.
function phased(values, label, color) {
  if (!series.serverPhase.some((p) => p)) return [{ label: label, values: values, color: color }];
  const only = (phase) => values.map((v, i) => (series.serverPhase[i] === phase ? v : null));
  return [
    { label: `${label} (load, gated)`, values: only('load'), color: color },
    { label: 'setup (not gated)', values: only('setup'), color: '#9e9e9e', gaps: true },
    { label: 'teardown (not gated)', values: only('teardown'), color: '#5c6bc0', gaps: true },
  ];
}

function runCharts() {
  timeChart('chart-rps', 'API requests per second', series.t, [
    { label: 'req/s', values: series.rps, color: '#1a73e8' },
  ]);
  timeChart('chart-latency', 'API latency (ms)', series.t, [
    { label: 'p50', values: series.p50, color: '#34a853' },
    { label: 'p95', values: series.p95, color: '#fbbc04' },
    { label: 'p99', values: series.p99, color: '#ea4335' },
  ]);
  timeChart('chart-errors', 'Failed API requests per second', series.t, [
    { label: 'errors/s', values: series.errors, color: '#b00020' },
  ]);
  const users = series.usersSet
    ? [
        { label: 'users set (0 while paused)', values: series.usersSet, color: '#e91e63' },
        { label: 'users working', values: series.usersWorking, color: '#009688' },
      ]
    : [];
  timeChart(
    'chart-vus',
    'Virtual users',
    series.t,
    [{ label: 'VUs', values: series.vus, color: '#673ab7' }].concat(users),
  );
  const noSidecar = 'not measured (no sidecar series in this run)';
  timeChart(
    'chart-cpu',
    'Server CPU (% of the CPUs available to it)',
    series.serverT,
    phased(series.cpu, 'CPU %', '#ff6d00'),
    noSidecar,
  );
  timeChart('chart-memory', 'Server memory (MB)', series.serverT, phased(series.memory, 'MB', '#00897b'), noSidecar);
}

// Resource scaling: per step of load, peak memory (left axis) and mean CPU (right axis) against
// the step's mean users and its requests per second.
function scalingChart(holder, steps, id, title, xKey, xLabel) {
  const box = chartBox(holder, id, title);
  const rows = steps
    .filter((st) => st[xKey] !== null && (st.memory_mb_peak !== null || st.cpu_percent_mean !== null))
    .sort((a, b) => a[xKey] - b[xKey]);
  window.chartPoints[id] = rows.length;
  if (!rows.length) return sayNone(box, 'no step has server samples');
  const line = (label, color, scale) => ({
    label: label,
    stroke: color,
    width: 1.5,
    scale: scale,
    spanGaps: true,
    points: { show: true, size: 7 },
  });
  new uPlot(
    {
      width: 520,
      height: 240,
      cursor: { sync: { key: `scaling-${xKey}` } },
      scales: { x: { time: false }, mb: {}, cpu: {} },
      axes: [
        { label: xLabel },
        { scale: 'mb', label: 'memory peak (MB)' },
        { scale: 'cpu', side: 1, label: 'CPU mean (%)', grid: { show: false } },
      ],
      series: [{ label: xLabel }, line('memory peak MB', '#00897b', 'mb'), line('CPU mean %', '#ff6d00', 'cpu')],
    },
    [rows.map((st) => st[xKey]), rows.map((st) => st.memory_mb_peak), rows.map((st) => st.cpu_percent_mean)],
    box,
  );
}

function scalingCharts() {
  const holder = document.getElementById('scaling-charts');
  if (!holder) return;
  const steps = JSON.parse(document.getElementById('scaling-steps').textContent);
  scalingChart(
    holder,
    steps,
    'chart-scaling-users',
    'Server CPU and memory vs users',
    'users_mean',
    'users (step mean)',
  );
  scalingChart(
    holder,
    steps,
    'chart-scaling-rps',
    'Server CPU and memory vs requests per second',
    'requests_per_s',
    'API req/s (step mean)',
  );
}

// Capacity: throughput against requests in flight, the measured steps as points, the fitted USL
// curve with its 95 % band, its peak (N*, X_max) and the confirmation run's observed point.
function capacityChart() {
  const holder = document.getElementById('capacity-charts');
  const data = JSON.parse(document.getElementById('capacity-chart').textContent);
  if (!holder || !data) return;
  const box = chartBox(holder, 'chart-capacity', 'Throughput vs concurrency: measured, fitted (USL) and confirmed');
  const curve = data.curve || { n: [], x: [], lower: [], upper: [] };
  const marks = [
    ['steps', data.steps],
    ['peak', data.peak ? [data.peak] : []],
    ['confirmation', data.confirmation ? [data.confirmation] : []],
  ];
  const xs = Array.from(new Set(curve.n.concat(marks.flatMap((m) => m[1].map((p) => p.n))))).sort((a, b) => a - b);
  const at = (ns, values) =>
    xs.map((x) => {
      const i = ns.indexOf(x);
      return i < 0 ? null : values[i];
    });
  const pointsOf = (list) =>
    at(
      list.map((p) => p.n),
      list.map((p) => p.x),
    );
  window.chartPoints['chart-capacity'] = data.steps.length;
  if (!xs.length) return sayNone(box, 'no steps measured');
  const line = (label, color, dash) => ({
    label,
    stroke: color,
    width: 1.5,
    dash,
    spanGaps: true,
    points: { show: false },
  });
  const dots = (label, color, size) => ({
    label,
    stroke: color,
    fill: color,
    width: 0,
    paths: () => null,
    points: { show: true, size },
  });
  new uPlot(
    {
      width: 640,
      height: 300,
      scales: { x: { time: false } },
      axes: [{ label: 'requests in flight (sweep users)' }, { label: 'requests/s' }],
      series: [
        {},
        line('USL fit', '#1565c0'),
        line('band low', '#90caf9', [4, 4]),
        line('band high', '#90caf9', [4, 4]),
        dots('measured steps', '#222', 8),
        dots('peak N*, X_max', '#b00020', 12),
        dots('confirmation', '#2e7d32', 12),
      ],
    },
    [xs, at(curve.n, curve.x), at(curve.n, curve.lower), at(curve.n, curve.upper)].concat(
      marks.map((m) => pointsOf(m[1])),
    ),
    box,
  );
}

runCharts();
scalingCharts();
capacityChart();
