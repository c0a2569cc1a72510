// The history end to end on the demo: healthy `load` runs, then runs with +20 ms on course_get
// (DEMO_FAULTS latency:route=course_get,ms=20), each through the real runner and k6, which adds each
// to a SQLite history (PERFORMANCE_HISTORY_URL) with its own commit (PERFORMANCE_HISTORY_COMMIT). Then: one change point on course_get's p95 at the first
// faulted run, naming its commit, and none on any series of another endpoint or of the run or server;
// `npm run history -- check` exits 0 on the healthy history and 99 after the shift; history.html
// draws every series group in Chromium.
//
// How many runs: 6 healthy and 3 faulted. A change needs 2 runs after it (one odd run is not a
// change), and 6 before it keep the t-test's degrees of freedom up when one healthy run is slowed by
// a busy machine (5 healthy + 2 faulted of real runs found it in 4 of 16 windows of this machine's
// healthy runs, 6 in 8 of 15). The third faulted run: p is now corrected for E-Divisive's choice among
// the 5 splits of 8 runs (x5), and with a healthy p95 slowed by a neighbour's load the shift on
// course_get's p95 was then unproven after 2 faulted runs in 1 of 2 tests on a busy machine. The shape
// gives course_get ~100 requests a run (20 users, 0.3-0.7 s think time, 8 s hold), so its p95 is a
// figure (the history keeps endpoints from 20 requests), and +20 ms on ~10 % of requests moves the
// throughput by ~1 %, inside its noise.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import type { Results } from '../../lib/report/results.ts';
import { DEFAULT_DETECT } from '../../runner/history/change-points.ts';
import { loadTests } from '../../runner/history/commands.ts';
import { openHistoryStore } from '../../runner/history/open-store.ts';
import { MACHINE_GATES_OUT_OF_REACH } from '../helpers/gates-out-of-reach.ts';
import { runScript } from '../helpers/spawn.ts';
import { CHROMIUM, CHROMIUM_ARGS, skipUnless } from '../helpers/tools.ts';

const HEALTHY = 6;
const FAULTED = 3;
const FAULT = 'latency:route=course_get,ms=20';
/** The p-value other series are judged at (see below): 50x stricter than the default 0.005. */
const OTHER_SERIES_P_VALUE = 0.0001;
const work = mkdtempSync(join(tmpdir(), 'history-e2e-'));
const store = join(work, 'history.sqlite');
after(() => rmSync(work, { recursive: true, force: true }));

const SHAPE = ['--suite', 'load', '--concurrent-users', '20', '--duration', '8'];
const ENV = {
  ...MACHINE_GATES_OUT_OF_REACH, // latency is what the history judges here, not k6's gates
  PERFORMANCE_THINK_TIME: '0.3-0.7',
  PERFORMANCE_RAMP_UP: '2',
  PERFORMANCE_RAMP_DOWN: '1',
  PERFORMANCE_HISTORY_URL: store,
};
const cli = (args: string[], env: Record<string, string> = {}) =>
  runScript('runner/cli/history.ts', [...args, '--store', store], env, 60_000).done;

/**
 * One run through the runner with history on: the runner adds it (finishRun) and says so in results.json,
 * summary.md and report.html; `history add` of the same folder then finds it already there.
 */
async function run(name: string, commit: string, faults?: string): Promise<Results> {
  const reports = join(work, name);
  const env = { ...ENV, PERFORMANCE_HISTORY_COMMIT: commit };
  const perf = await runScript(
    'runner/cli/perf.ts',
    [...SHAPE, '--reports-dir', reports, ...(faults ? ['--faults', faults] : [])],
    env,
    240_000,
  ).done;
  assert.equal(
    perf.code,
    0,
    `${name}: the run passed its gates\n${perf.stdout.slice(-2000)}\n${perf.stderr.slice(-2000)}`,
  );
  const [folder] = readdirSync(reports);
  const runDir = join(reports, folder!);
  const results = JSON.parse(readFileSync(join(runDir, 'results.json'), 'utf8')) as Results;
  assert.equal(results.history?.added, true, `${name}: ${JSON.stringify(results.history)}`);
  assert.equal(results.history?.store, `sqlite:${store}`);
  assert.match(readFileSync(join(runDir, 'summary.md'), 'utf8'), /^### History: changes since /m);
  assert.match(readFileSync(join(runDir, 'report.html'), 'utf8'), /<section id="history"><h2>History: changes since /);
  assert.match(perf.stdout, /^History: changes since /m, 'the console says it too');
  const added = await cli(['add', runDir], env);
  assert.equal(added.code, 0, added.stderr);
  assert.match(added.stdout, /^already there: /m);
  return results;
}

describe('history on the demo: a real +20 ms on course_get', { timeout: 900_000 }, () => {
  test('one change point, at the first faulted run, on course_get only; check 0 before, 99 after', async (t) => {
    for (let i = 1; i <= HEALTHY; i++) await run(`healthy-${i}`, `healthy-commit-${i}`);
    // The healthy history's check at the stricter p-value, for the reason given below for other series.
    const healthyCheck = await cli(['check', '--p-value', String(OTHER_SERIES_P_VALUE)]);
    assert.equal(healthyCheck.code, 0, `healthy history: ${healthyCheck.stdout}${healthyCheck.stderr}`);
    assert.match(healthyCheck.stdout, /no gated series opened a worse segment/);
    let last: Results | undefined;
    for (let i = 1; i <= FAULTED; i++) last = await run(`faulted-${i}`, `faulted-commit-${i}`, FAULT);
    const gated = last!.history!.regressions;
    assert.ok(gated.includes('endpoint.course_get.p95_ms'), `the run's own report says what check fails on: ${gated}`);
    const strongElsewhere = last!
      .history!.changes.filter((c) => c.worse && c.p_value <= OTHER_SERIES_P_VALUE)
      .map((c) => c.series)
      .filter((series) => !series.startsWith('endpoint.course_get.'));
    assert.deepEqual(strongElsewhere, [], `worse elsewhere at p <= ${OTHER_SERIES_P_VALUE}: ${gated}`);

    const check = await cli(['check']);
    assert.equal(check.code, 99, `after the shift: ${check.stdout}${check.stderr}`);
    assert.match(check.stderr, /endpoint\.course_get\.p95_ms \+\d+ % .* worse from run \S+, commit faulted-c/);
    const opened = await openHistoryStore(store);
    const [history] = await loadTests(opened, {}, { ...DEFAULT_DETECT, last: 5, tolerance: 0.05 });
    await opened.close();
    assert.equal(history!.runs.length, HEALTHY + FAULTED);
    for (const a of history!.analyses.filter((x) => x.changes.length > 0))
      t.diagnostic(
        `${a.series}: ${a.changes.map((c) => `${c.commit} ${c.change?.toFixed(2)} p ${c.pValue.toExponential(1)}`).join('; ')}`,
      );
    // The shift, at the default options as a user sees them: a change point at the first faulted run.
    const p95 = history!.analyses.find((a) => a.series === 'endpoint.course_get.p95_ms')!;
    const shift = p95.changes.find((c) => c.commit === 'faulted-commit-1');
    assert.ok(shift, `a change point at the first faulted run: ${p95.changes.map((c) => c.commit)}`);
    assert.ok(shift.after.mean - shift.before.mean > 15, 'about +20 ms');
    // Any other change point on course_get is held to the other series' standard (below): CI once saw
    // the healthy runs' p95 of ~2 ms drift +31 % between runs 4 and 5 at p 4.5e-3, just under the
    // default 0.005 — the drift of one shared machine, not independent noise (bench/history-detection.ts
    // measures the false alarms on independent noise: 0.7-0.8 per 100 series at the default).
    assert.deepEqual(
      p95.changes.filter((c) => c !== shift && c.pValue <= OTHER_SERIES_P_VALUE).map((c) => c.commit),
      [],
      'no other strong change point on course_get',
    );
    // Other series are judged at a p-value 50x stricter than the default: across ~30 series of 8 short runs,
    // the default 0.001 found a false change point somewhere in about one test in six before p was
    // corrected for E-Divisive's choice of split (CI saw run.requests_per_s +12 % at p 2.3e-4,
    // job_get.requests -16 % at 1.7e-4; corrected, 1.2e-3 and 8.5e-4: runs on a shared machine drift
    // more than independent noise would, and the second would still fail). The course_get shift itself is
    // asserted above at the default, as a user would see it.
    const elsewhere = history!.analyses.filter(
      (a) => !a.series.startsWith('endpoint.course_get.') && a.changes.some((c) => c.pValue <= OTHER_SERIES_P_VALUE),
    );
    assert.deepEqual(
      elsewhere.map((a) => a.series),
      [],
      'no change point on any other endpoint, the run or the server',
    );

    const shown = await cli(['--html', join(work, 'history.html')]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /✗ endpoint\.course_get\.p95_ms .* commit faulted-co/);
    for (const line of shown.stdout.split('\n').filter((l) => /^\s+[✗·] /.test(l))) t.diagnostic(line.trim());
    assert.ok(existsSync(join(work, 'history.html')));
  });

  test('history.html draws every series group with points, commits on hover', {
    skip: skipUnless('chromium', 'chromium'),
  }, async () => {
    const file = join(work, 'history.html');
    assert.ok(existsSync(file), 'written by the test before');
    const html = readFileSync(file, 'utf8');
    assert.match(html, /faulted-commit-1/);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`file://${file}`);
      const points = (await page.evaluate('window.chartPoints')) as Record<string, number>;
      assert.deepEqual(errors, []);
      assert.ok(Object.keys(points).length >= 5, `charts: ${JSON.stringify(points)}`);
      for (const [chart, n] of Object.entries(points)) assert.ok(n >= HEALTHY + FAULTED, `${chart}: ${n} points`);
      const over = (await page.locator('#chart-0-0 .u-over').boundingBox())!;
      await page.mouse.move(over.x + over.width - 2, over.y + over.height / 2); // the newest run
      assert.match((await page.locator('#chart-0-0 .hover').textContent()) ?? '', /^run \S+ · commit faulted-co/);
    } finally {
      await browser.close();
    }
  });
});
