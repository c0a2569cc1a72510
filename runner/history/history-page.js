// history.html's charts: per test and series group, one uPlot chart over the test's runs (x: run
// number), a point per run, the hovered run's id, commit and time under the chart, and a dashed line
// at each change point labelled with its magnitude (red: worse).

const COLORS = ['#1a73e8', '#ea4335', '#34a853', '#fbbc04', '#673ab7', '#00897b', '#ff6d00', '#e91e63', '#795548'];
const COLORS_MORE = ['#3949ab', '#c0ca33', '#5d4037', '#00acc1', '#8e24aa', '#546e7a'];
const palette = COLORS.concat(COLORS_MORE);
window.chartPoints = {};

function markChanges(u, series) {
  const ctx = u.ctx;
  ctx.save();
  ctx.font = `${11 * devicePixelRatio}px sans-serif`;
  series.forEach((s, i) => {
    for (const change of s.changes) {
      const x = u.valToPos(change.at + 1, 'x', true);
      ctx.strokeStyle = change.worse ? '#b00020' : palette[i % palette.length];
      ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
      ctx.beginPath();
      ctx.moveTo(x, u.bbox.top);
      ctx.lineTo(x, u.bbox.top + u.bbox.height);
      ctx.stroke();
      ctx.fillStyle = ctx.strokeStyle;
      ctx.fillText(
        `${s.label} ${change.text}`,
        x + 3 * devicePixelRatio,
        u.bbox.top + (12 + 12 * i) * devicePixelRatio,
      );
    }
  });
  ctx.restore();
}

function chart(holder, id, group, runs) {
  const box = document.createElement('div');
  box.className = 'chart';
  box.id = id;
  const title = document.createElement('h3');
  title.textContent = group.title;
  box.appendChild(title);
  holder.appendChild(box);
  const hover = document.createElement('div');
  hover.className = 'hover';
  window.chartPoints[id] = group.series.reduce((n, s) => n + s.values.filter((v) => v !== null).length, 0);
  const xs = runs.map((_, i) => i + 1);
  const options = {
    width: 560,
    height: 240,
    scales: { x: { time: false }, y: group.log ? { distr: 3 } : {} },
    axes: [{ label: 'run', incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] }, {}],
    series: [{ label: 'run' }].concat(
      group.series.map((s, i) => ({
        label: s.label,
        stroke: palette[i % palette.length],
        width: 1.5,
        spanGaps: true,
        points: { show: true, size: 5 },
      })),
    ),
    hooks: {
      draw: [(u) => markChanges(u, group.series)],
      setCursor: [
        (u) => {
          const run = runs[u.cursor.idx];
          hover.textContent = run ? `run ${run.id} · commit ${(run.commit || 'none').slice(0, 10)} · ${run.time}` : '';
        },
      ],
    },
  };
  new uPlot(options, [xs].concat(group.series.map((s) => s.values)), box);
  box.appendChild(hover);
}

const tests = JSON.parse(document.getElementById('history').textContent);
tests.forEach((test, n) => {
  const holder = document.getElementById(`charts-${n}`);
  test.groups.forEach((group, g) => {
    chart(holder, `chart-${n}-${g}`, group, test.runs);
  });
});
