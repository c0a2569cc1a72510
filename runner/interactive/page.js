// The page: sends Start / users / pause / resume / stop, and shows the server's /api/state once a second.

const $ = (id) => document.getElementById(id);
const FIELDS = ['target', 'weights', 'users', 'spawnRate', 'durationS', 'poolVus'];
let previous = null; // { count, at } of k6's API request counter, for requests per second

function showErrors(errors) {
  for (const field of FIELDS) $(`error-${field}`).textContent = errors?.[field] || '';
}

function say(text, bad) {
  $('message').textContent = text;
  $('message').className = bad ? 'bad' : '';
}

async function post(path, body) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body || {}),
  });
  const answer = await res.json().catch(() => ({}));
  showErrors(answer.errors);
  if (!res.ok) say(answer.error || 'Not accepted: see the messages beside the fields.', true);
  else say('');
  return res.ok;
}

$('start').onclick = () =>
  post('/api/start', {
    target: $('target').value,
    weights: $('weights').value,
    users: $('users').value,
    spawnRate: $('spawnRate').value,
    duration: $('duration').value,
    poolVus: $('poolVus').value,
  });
$('apply').onclick = () => post('/api/users', { users: $('users').value, spawnRate: $('spawnRate').value });
$('pause').onclick = () => post('/api/pause');
$('resume').onclick = () => post('/api/resume');
$('stop').onclick = () => post('/api/stop');

const metric = (live, name) => live?.metrics.find((m) => m.name === name) || null;
const ms = (v) => (typeof v === 'number' ? `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms` : '–');
const cell = (text) => {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
};

function render(state) {
  const run = state.run;
  const live = run?.live;
  renderControls(state);
  renderFigures(run, live);
  // k6's verdict per gated metric (its REST API), with the metric's expressions (its dashboard stream).
  const figures = run?.figures;
  renderThresholds(live, figures);
  renderEndpoints(live, figures);
}

/** The buttons a run allows, the links to its dashboard and the last report, and what the run is doing. */
function renderControls(state) {
  const run = state.run;
  $('start').disabled = !!run;
  for (const id of ['apply', 'pause', 'resume', 'stop']) $(id).disabled = !run || run.stopping;
  const links = [];
  if (run)
    links.push(`<a id="dashboard-link" target="_blank" href="${run.dashboardUrl}">k6 web dashboard of this run</a>`);
  const finished = state.finished;
  if (finished?.report) {
    const folder = `/runs/${encodeURIComponent(finished.report)}`;
    links.push(
      `<a id="report-link" target="_blank" href="${folder}/report.html">report of the last run</a> (${outcomeText(finished)})`,
      `<a id="results-link" download="results.json" href="${folder}/results.json">results.json</a>`,
    );
  }
  $('links').innerHTML = links.join(' · ');
  renderStatus(state);
}

/** How a finished run ended: a run that measured nothing is "no load ran", never "passed". */
function outcomeText(finished) {
  if (finished.outcome === 'no load ran') return 'no load ran';
  return `${finished.outcome}, thresholds ${finished.verdict}`;
}

/** The status line: what the run is doing now (the server's phase), or how the last one ended. */
function renderStatus(state) {
  const run = state.run;
  const status = $('status');
  const bad = !!run?.live?.error;
  if (run) {
    status.dataset.phase = run.phase.name;
    status.textContent = `${run.phase.text} · ${run.target} · ${run.elapsedS} s`;
  } else if (state.finished) {
    status.dataset.phase = 'finished';
    const f = state.finished;
    status.textContent = `finished: ${f.outcome ? outcomeText(f) : 'no results'}${f.error ? ` (${f.error})` : ''} · ${f.runDir}`;
  } else {
    status.dataset.phase = 'idle';
    status.textContent = 'no run';
  }
  status.className = bad ? 'bad' : '';
}

/** Requests per second, users, VUs, errors, and the server's CPU and memory. */
function renderFigures(run, live) {
  const reqs = metric(live, 'http_reqs{scope:api}');
  if (reqs && live) {
    const at = Date.parse(live.at);
    if (previous && at > previous.at)
      $('rps').textContent = ((reqs.sample.count - previous.count) / ((at - previous.at) / 1000)).toFixed(1);
    if (!previous || at > previous.at) previous = { count: reqs.sample.count, at };
  } else if (!run) {
    previous = null;
    $('rps').textContent = '–';
  }
  const working = metric(live, 'users_active');
  $('users-now').textContent = run
    ? (working ? working.sample.count : 0) +
      ' / ' +
      run.applied +
      (run.applied !== run.wanted ? ` → ${run.wanted}` : '')
    : '–';
  $('vus').textContent = live?.status ? String(live.status.vus) : '–';
  const failed = metric(live, 'http_req_failed{scope:api}');
  $('errors').textContent = failed ? `${(failed.sample.rate * 100).toFixed(2)} %` : '–';
  // Setup's samples (seeding the dataset) are the server's, but no gate judges them: say so.
  const phase = live?.server?.phase && live.server.phase !== 'load' ? ` (${live.server.phase})` : '';
  $('cpu').textContent = live?.server ? `${live.server.cpu_percent.toFixed(1)} %${phase}` : '–';
  $('memory').textContent = live?.server ? `${live.server.memory_mb.toFixed(0)} MB` : '–';
}

function renderThresholds(live, figures) {
  const thresholds = $('thresholds').tBodies[0];
  thresholds.replaceChildren();
  // Sub-metrics kept with an empty threshold list (API requests, the probe's dropped iterations) are no gates.
  const gated = (live ? live.metrics : [])
    .filter((m) => m.tainted !== null && m.name !== 'http_reqs{scope:api}' && !m.name.startsWith('dropped_iterations{'))
    .sort((a, b) => Number(!a.tainted) - Number(!b.tainted) || a.name.localeCompare(b.name));
  for (const m of gated) {
    const tr = document.createElement('tr');
    tr.className = m.tainted ? 'fail' : 'pass';
    tr.append(
      cell(m.tainted ? '✗' : '✓'),
      cell(m.name),
      cell(figures?.expressions[m.name] ? figures.expressions[m.name].join(', ') : ''),
    );
    thresholds.append(tr);
  }
}

/** Latency per endpoint: the dashboard stream's (with p99) when it has them, else k6's REST API's. */
function renderEndpoints(live, figures) {
  const endpoints = $('endpoints').tBodies[0];
  endpoints.replaceChildren();
  const rows = figures?.endpoints.length
    ? figures.endpoints.map((e) => [e.endpoint, e.p50, e.p95, e.p99, e.max])
    : (live ? live.metrics : [])
        .filter((m) => /^http_req_duration\{endpoint:/.test(m.name))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((m) => [
          m.name.slice('http_req_duration{endpoint:'.length, -1),
          m.sample.med,
          m.sample['p(95)'],
          null,
          m.sample.max,
        ]);
  globalThis.endpointRows = rows;
  for (const [name, p50, p95, p99, max] of rows) {
    const tr = document.createElement('tr');
    tr.append(cell(name), cell(ms(p50)), cell(ms(p95)), cell(ms(p99)), cell(ms(max)));
    endpoints.append(tr);
  }
}

let serverDown = false; // the message says so: cleared as soon as it answers again, never left stale

async function refresh() {
  let state;
  try {
    state = await (await fetch('/api/state')).json();
  } catch (error) {
    serverDown = true;
    say(`the page server does not answer: ${error.message}`, true);
    return;
  }
  if (serverDown) say('');
  serverDown = false;
  render(state);
  await globalThis.refreshCharts().catch(() => undefined); // the next second tries again
}
setInterval(refresh, 1000);
refresh();
