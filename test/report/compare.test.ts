// npm run compare on run folders made here from a seeded generator in k6's --out json format, so
// each case has a known truth: the same load again is no regression; +20 ms on one endpoint is, and
// only there; a machine-wide slowdown of every endpoint alike is not an endpoint regression; error
// rates; bad input exits 2 naming what was wrong. (test/report/baseline-noise.test.ts does the same
// end to end with real k6 runs against the demo platform.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';
import { compareRuns, loadRun } from '../../runner/compare/compare.ts';
import type { ComparisonRow } from '../../runner/compare/compare-model.ts';
import { chartPoints, openReport } from '../helpers/browser.ts';
import { assertValidResults } from '../helpers/results-schema.ts';
import { type RunSpec, writeSyntheticRun } from '../helpers/synthetic-run.ts';
import { CHROMIUM, CHROMIUM_ARGS, skipUnless } from '../helpers/tools.ts';

const dir = mkdtempSync(join(tmpdir(), 'compare-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const compare = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'runner/cli/compare.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });

/** A seeded run folder under this test's folder (test/helpers/synthetic-run.ts). */
const makeRun = (name: string, spec: RunSpec): string => writeSyntheticRun(join(dir, name), spec);

const base = makeRun('base', { seed: 1 });
const again = makeRun('again', { seed: 2 });

test('the same load again: exit 0, nothing regressed, and the same verdicts for the same seed', () => {
  const run = compare(base, again, '--print-only');
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(
    run.stdout,
    /http_req_duration\{endpoint:course_get\}\s+(no change|inconclusive)\s+.*p95 [+−]\d+ % \[[+−]\d+ %, [+−]\d+ %, [+−][\d.]+…[+−][\d.]+ ms\]/,
  );
  assert.doesNotMatch(run.stdout, /REGRESSED/);
  // One baseline cannot judge the run-wide figures: they are inconclusive, and the closing line says so instead of "no regression".
  assert.match(run.stdout, /http_req_duration\{scope:api\}\s+inconclusive.*one baseline run cannot tell/);
  assert.match(
    run.stdout,
    /no regression shown, but \d+ of \d+ metrics inconclusive .*http_req_duration\{scope:api\} p\(95\).*; exit 0 \(--inconclusive fail would make it 99\)/,
  );
  assert.doesNotMatch(run.stdout, /no regression beyond/);
  assert.equal(
    compare(base, again, '--print-only', '--inconclusive', 'fail').status,
    99,
    'inconclusive metrics fail the gate when asked',
  );
  assert.equal(compare(base, again, '--print-only').stdout, run.stdout, 'seeded: reproducible');
});

test('+20 ms on one endpoint: exit 99, that endpoint only, interval printed; written to results.json (schema-valid), summary.md and report.html', () => {
  const slower = makeRun('slower', { seed: 3, addMs: { course_get: 20 } });
  const run = compare(base, slower);
  assert.equal(run.status, 99, run.stdout + run.stderr);
  assert.match(
    run.stdout,
    /http_req_duration\{endpoint:course_get\}\s+REGRESSED\s+.*p95 \+\d+ % \[\+\d+ %, \+\d+ %, \+[\d.]+…\+[\d.]+ ms\]\s+\d+ vs \d+/,
  );
  const regressed = run.stdout
    .split('\n')
    .filter((l) => /REGRESSED/.test(l))
    .map((l) => l.split(/\s+/)[0]);
  assert.deepEqual(
    regressed.filter((m) => m!.includes('endpoint:')),
    ['http_req_duration{endpoint:course_get}'],
  );
  assert.match(run.stderr, /regression\(s\): .*http_req_duration\{endpoint:course_get\} p\(95\)/);
  const text = readFileSync(join(slower, 'results.json'), 'utf8');
  const results = JSON.parse(text);
  assertValidResults(JSON.parse(text));
  const row = results.comparison.rows.find((r: ComparisonRow) => r.metric === 'http_req_duration{endpoint:course_get}');
  assert.equal(row.verdict, 'regressed');
  assert.ok(row.interval[0] > 0.1 && row.interval_abs[0] > 2, JSON.stringify(row));
  assert.equal(results.comparison.baselines.length, 1);
  const markdown = readFileSync(join(slower, 'summary.md'), 'utf8');
  assert.match(markdown, /^## course-perf `load`/, "the run's own summary is kept");
  assert.match(markdown, /### Against the baseline: ❌ 1 regression/);
  // Compared again: the section is replaced, not appended twice.
  compare(base, slower);
  assert.equal(readFileSync(join(slower, 'summary.md'), 'utf8').match(/### Against the baseline/g)?.length, 1);
  const html = readFileSync(join(slower, 'report.html'), 'utf8');
  assert.match(html, /id="comparison"/);
  assert.match(html, /"id":"cmp-course_get"/, 'a before/after chart for the regressed endpoint');
});

test('a machine-wide slowdown (every endpoint x1.8) is not an endpoint regression; run-wide figures need 2 baselines', () => {
  const busy = makeRun('busy', { seed: 4, factor: 1.8 });
  const run = compare(base, busy, '--print-only');
  assert.equal(run.status, 0, run.stdout);
  assert.match(run.stdout, /run-wide shift \(median p95 change of 6 endpoints\): \+\d+ %/);
  assert.match(run.stdout, /http_req_duration\{scope:api\}\s+inconclusive.*one baseline run cannot tell/);
  // Said, not silently cancelled: a change that slows everything alike looks the same as a busy machine.
  assert.match(run.stdout, /warning: every endpoint moved \+\d+ % \(median of 6\).*one baseline cannot tell which/);
  assert.doesNotMatch(
    compare(base, again, '--print-only').stdout,
    /every endpoint moved/,
    'not said when the runs agree',
  );
  // With several baselines the run-wide p95 is judged against their spread.
  const third = makeRun('third', { seed: 5 });
  const several = compare(base, again, third, busy, '--print-only');
  assert.match(several.stdout, /baseline: .* \(3 runs\)/);
  assert.match(
    several.stdout,
    /http_req_duration\{scope:api\}\s+(REGRESSED|no change|inconclusive)\s+.*p95 \+\d+ % \[.*\(3 baseline runs\)/,
  );
});

test('a run that moved its endpoints unevenly (x0.65 to x1.6) widens every interval by that scatter: no endpoint singled out', async () => {
  // The other endpoints scatter far beyond their sampling noise (tau ~0.25 in log units), so course_get's x1.6
  // is within what this run did to every endpoint, not a change of its own.
  const uneven = makeRun('uneven', {
    seed: 7,
    factors: {
      courses_list: 1,
      course_get: 1.6,
      chapter_get: 0.65,
      course_create: 1.3,
      course_delete: 0.8,
      job_get: 1.15,
    },
  });
  const run = compare(base, uneven, '--print-only');
  assert.equal(run.status, 0, run.stdout);
  assert.doesNotMatch(run.stdout, /REGRESSED/);
  const report = await compareRuns([loadRun(base)], loadRun(uneven), { tolerance: 0.1, minMs: 2, minRate: 0.005 });
  const row = report.rows.find((r) => r.metric === 'http_req_duration{endpoint:course_get}')!;
  const tau = Number(/tau = ([\d.]+)/.exec(row.method)?.[1]);
  assert.ok(tau > 0.15, `tau measured: ${row.method}`);
  // The same pair with an even run: the scatter is sampling noise only, and tau is (near) 0.
  const even = await compareRuns([loadRun(base)], loadRun(again), { tolerance: 0.1, minMs: 2, minRate: 0.005 });
  const evenTau = Number(
    /tau = ([\d.]+)/.exec(even.rows.find((r) => r.metric === 'http_req_duration{endpoint:course_get}')!.method)?.[1],
  );
  assert.ok(evenTau < tau / 2, `even run: tau ${evenTau}, uneven: ${tau}`);
});

test("users' sample sizes (~10-130 requests per endpoint, as 20 users at 1-3 s think time make in 15 s): a rise several times the p95 is caught; the healthy pair is inconclusive where it cannot tell, never a bare pass", async () => {
  // ~60 requests of course_get a run, p95 ~7-10 ms in this bursty synthetic world; +40 ms is x5 (the demo's +25 ms on ~2 ms is x15).
  const small = { seconds: 20, perSecond: 16 };
  const before = makeRun('small-base', { seed: 21, ...small });
  const healthy = makeRun('small-again', { seed: 22, ...small });
  const slower = makeRun('small-slower', { seed: 23, ...small, addMs: { course_get: 40 } });
  const caught = await compareRuns([loadRun(before)], loadRun(slower), { tolerance: 0.1, minMs: 2, minRate: 0.005 });
  const row = caught.rows.find((r) => r.metric === 'http_req_duration{endpoint:course_get}')!;
  assert.ok(row.samples!.current < 100, `a small run: ${row.samples!.current} requests`);
  assert.equal(row.verdict, 'regressed', JSON.stringify(row));
  assert.deepEqual(
    caught.rows.filter((r) => r.verdict === 'regressed').map((r) => r.metric),
    ['http_req_duration{endpoint:course_get}'],
  );
  const pair = await compareRuns([loadRun(before)], loadRun(healthy), { tolerance: 0.1, minMs: 2, minRate: 0.005 });
  assert.equal(pair.regressions, 0);
  assert.ok(pair.inconclusive > 0, 'at these counts some metrics cannot be judged');
  for (const r of pair.rows.filter((x) => x.verdict === 'inconclusive'))
    assert.match(
      r.note ?? '',
      /would settle it|would allow an interval|baseline run/,
      `${r.metric}: says what would settle it`,
    );
  const run = compare(before, healthy, '--print-only');
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /no regression shown, but \d+ of \d+ metrics inconclusive/);
});

test('error rates: 3 % failed on one endpoint regresses there; the summary counts suffice', () => {
  const flaky = makeRun('flaky', { seed: 6, errors: { courses_list: 0.03 } });
  const run = compare(base, flaky, '--print-only');
  assert.equal(run.status, 99, run.stdout);
  assert.match(
    run.stdout,
    /http_req_failed\{endpoint:courses_list\}\s+REGRESSED\s+.*rate \+\d\.\d pt \[\+\d\.\d, \+\d\.\d\]/,
  );
  assert.doesNotMatch(run.stdout, /http_req_failed\{endpoint:course_get\}\s+REGRESSED/);
});

test('without raw samples: summary figures, said to be weaker', () => {
  const bare = makeRun('bare', { seed: 7, raw: false });
  const run = compare(base, bare, '--print-only');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /warning: no raw samples \(metrics\.json\.gz\) beside .*bare.*weaker/);
  assert.match(run.stdout, /http_req_duration\{endpoint:course_get\}\s+inconclusive.*no raw samples/);
});

test('bad input exits 2 naming it; mismatched runs are refused by name unless allowed', () => {
  const missing = compare(base, join(dir, 'absent'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /absent: no such file or folder/);
  const old = makeRun('old-schema', { seed: 8, results: (r) => (r.schema_version = 0) });
  assert.equal(compare(base, old).status, 2);
  assert.match(compare(base, old).stderr, /not a course-perf results\.json of schema version 1/);
  assert.equal(compare(base).status, 2);
  assert.match(compare(base, again, '--tolerance', 'ten').stderr, /--tolerance "ten"/);
  assert.match(compare(base, again, '--min-ms', 'x').stderr, /--min-ms "x"/);
  const spike = makeRun('spike', { seed: 9, results: (r) => (r.run.scenario = 'spike') });
  const entry = compare(base, spike);
  assert.equal(entry.status, 2);
  assert.match(entry.stderr, /entry: baseline .*base ran "load", current .*spike ran "spike"/);
  const users = makeRun('users', { seed: 10, results: (r) => (r.run.load!.concurrent_users = 100) });
  const refused = compare(base, users);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /concurrent_users: baseline .* has 20, current has 100/);
  const allowed = compare(base, users, '--allow-mismatch', '--print-only');
  assert.equal(allowed.status, 0);
  assert.match(allowed.stdout, /warning: mismatch \(allowed\): concurrent_users/);
  const unrecorded = makeRun('unrecorded', { seed: 11, results: (r) => delete r.run.load });
  assert.match(compare(base, unrecorded, '--print-only').stdout, /warning: load settings not recorded in .*unrecorded/);
});

test('--metric keeps the named metrics; an unknown name is bad input', () => {
  const slower = join(dir, 'slower-copy');
  cpSync(join(dir, 'slower'), slower, { recursive: true });
  const other = compare(base, slower, '--metric', 'http_req_failed', '--print-only');
  assert.equal(other.status, 0, 'the regressed metric is not among those asked for');
  assert.doesNotMatch(other.stdout, /http_req_duration/);
  assert.equal(compare(base, slower, '--metric', 'http_req_duration', '--print-only').status, 99);
  const unknown = compare(base, slower, '--metric', 'http_req_durration');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /--metric http_req_durration: no compared metric/);
  assert.ok(existsSync(join(slower, 'results.json')));
});

test('report.html draws the before/after chart of the regressed endpoint in Chromium', {
  skip: skipUnless('chromium', 'chromium'),
}, async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const { page, errors } = await openReport(browser, join(dir, 'slower', 'report.html'));
    await page.waitForSelector('#cmp-course_get canvas');
    assert.deepEqual(errors, []);
    const points = await chartPoints(page);
    assert.equal(points['cmp-course_get'], 10, 'p50..p99 of baseline and current');
    assert.equal(await page.locator('#comparison tr.fail', { hasText: 'endpoint:course_get' }).count(), 1);
  } finally {
    await browser.close();
  }
});
