// The HTML report of a recorded `npm run load` run (its results.json, k6's --out json series and
// the sidecar's series, in test/fixtures/report/load-run/), with a failed threshold and a hostile
// tag value edited in, opened in a real headless Chromium: no console errors, every chart draws
// the recorded points, the failed threshold shows in red, the hostile value stays text. The
// screenshot is kept in test-artifacts/; UPDATE_DOCS_SCREENSHOT=1 also copies it to docs/ for the README.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import type { Results } from '../../lib/report/results.ts';
import { readServerSeries, writeHtmlReport } from '../../runner/report/html-report.ts';
import { chartPoints, openReport } from '../helpers/browser.ts';
import { CHROMIUM, CHROMIUM_ARGS, skipUnless } from '../helpers/tools.ts';

const RECORDED = 'test/fixtures/report/load-run';
const HOSTILE = '<script>window.pwned=1</script>';
const work = mkdtempSync(join(tmpdir(), 'html-report-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the recorded run folder, its results.json edited. */
function runFolder(name: string, edit: (results: Results) => void = () => undefined): string {
  const dir = join(work, name);
  cpSync(RECORDED, dir, { recursive: true });
  const results: Results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
  edit(results);
  writeFileSync(join(dir, 'results.json'), JSON.stringify(results));
  return dir;
}

function withFailureAndHostileTag(results: Results): void {
  const course = results.thresholds.find((t) => t.metric === 'http_req_duration{endpoint:course_get}')!;
  course.ok = false;
  course.observed = 512.5;
  results.thresholds.unshift({
    metric: `http_req_duration{endpoint:${HOSTILE}}`,
    expression: 'p(95)<200',
    ok: true,
    observed: 1,
  });
  results.endpoints.push({ endpoint: HOSTILE, requests: 1, p50: 1, p95: 1, p99: 1, max: 1, errorRate: 0 });
}

describe('npm run report', () => {
  test('npm run report names what is wrong with a run folder', () => {
    const report = (dir: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'runner/cli/report.ts', dir], {
        encoding: 'utf8',
        timeout: 20_000,
      });
    const empty = join(work, 'empty');
    mkdirSync(empty);
    assert.equal(report(empty).status, 2);
    assert.match(report(empty).stderr, /empty\/results\.json is missing/);
    writeFileSync(join(empty, 'results.json'), '{"schema_version": 0}');
    assert.match(
      report(empty).stderr,
      /results\.json is not a course-perf results\.json of schema version 1 \(found 0\)/,
    );
    const ok = report(runFolder('cli'));
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /cli\/report\.html/);
  });
});

test('the HTML report renders in Chromium with charts, a red failed threshold and escaped values', {
  skip: skipUnless('chromium', 'chromium'),
}, async () => {
  const dir = runFolder('edited', withFailureAndHostileTag);
  const file = await writeHtmlReport(dir);
  assert.ok(!readFileSync(file, 'utf8').includes(HOSTILE), 'the hostile value is escaped in the file');
  const samples = readServerSeries(join(dir, 'server-resources.json')).samples.length;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // No network: the report must be self-contained.
    const { page, errors } = await openReport(browser, file);
    await page.waitForSelector('#chart-memory canvas');
    assert.deepEqual(errors, []);
    const points = await chartPoints(page);
    for (const id of ['chart-rps', 'chart-latency', 'chart-errors', 'chart-vus'])
      assert.ok(points[id]! >= 30, `${id} drew ${points[id]} points`);
    assert.equal(points['chart-cpu'], samples);
    assert.equal(points['chart-memory'], samples);
    assert.equal(await page.locator('#charts canvas').count(), 6);
    const failedRow = page.locator('#thresholds tr.fail', { hasText: 'endpoint:course_get' });
    assert.equal(await failedRow.count(), 1);
    assert.equal(
      await failedRow.evaluate(
        (row) =>
          (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(row).color,
      ),
      'rgb(176, 0, 32)',
    );
    assert.match(await failedRow.innerText(), /512\.5ms/);
    assert.equal(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned), undefined);
    assert.equal(await page.locator('#endpoints td', { hasText: HOSTILE }).count(), 1, 'shown as text');
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/report-screenshot.png', fullPage: true });
    if (process.env.UPDATE_DOCS_SCREENSHOT)
      copyFileSync('test-artifacts/report-screenshot.png', 'docs/report-screenshot.png');
  } finally {
    await browser.close();
  }
});

test("setup's and teardown's samples: a row each in the phase table, and lines of their own in the server charts", {
  skip: skipUnless('chromium', 'chromium'),
}, async () => {
  const dir = runFolder('phases');
  const file = join(dir, 'server-resources.json');
  const series = JSON.parse(readFileSync(file, 'utf8'));
  const n = series.samples.length;
  series.samples.forEach((sample: { phase: string; cpu_percent: number }, i: number) => {
    sample.phase = i < 4 ? 'setup' : i >= n - 2 ? 'teardown' : 'load';
    if (i < 4) sample.cpu_percent = 90 + i; // the seeding's busy seconds
  });
  writeFileSync(file, JSON.stringify(series));
  const report = await writeHtmlReport(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const { page, errors } = await openReport(browser, report);
    await page.waitForSelector('#chart-memory canvas');
    assert.deepEqual(errors, []);
    // phase, samples, CPU p95, gated
    const rows = (await page.locator('#server-phases tbody tr').allInnerTexts())
      .map((row) => row.split('\t'))
      .map((c) => [c[0], c[1], c[2], c[5]]);
    assert.deepEqual(rows, [
      ['setup', '4', '93.0 %', 'no (shown only)'],
      ['load', String(n - 6), rows[1]![2], 'yes'],
      ['teardown', '2', rows[2]![2], 'no (shown only)'],
    ]);
    assert.ok(Number.parseFloat(rows[1]![2]!) < 90, `the load's CPU p95 ${rows[1]![2]} is its own, not setup's`);
    const points = await chartPoints(page);
    assert.equal(points['chart-cpu'], n, 'every sample is drawn, setup and teardown included');
    const legend = await page.locator('#chart-cpu .u-legend').innerText();
    assert.match(legend, /CPU % \(load, gated\)[\s\S]*setup \(not gated\)[\s\S]*teardown \(not gated\)/);
  } finally {
    await browser.close();
  }
});

test('without a sidecar series the server charts say so', { skip: skipUnless('chromium', 'chromium') }, async () => {
  const dir = runFolder('no-sidecar', (r) => (r.resources = null));
  rmSync(join(dir, 'server-resources.json'));
  const file = await writeHtmlReport(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const { page } = await openReport(browser, file);
    await page.waitForSelector('#chart-memory');
    assert.match(await page.locator('#chart-cpu').innerText(), /not measured \(no sidecar series in this run\)/);
    assert.match(await page.locator('body').innerText(), /server resources: not measured \(no sidecar\)/);
    assert.equal(await page.locator('#charts canvas').count(), 4);
  } finally {
    await browser.close();
  }
});
