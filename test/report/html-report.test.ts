// The HTML report in a real headless Chromium: it renders with no console errors, its charts draw
// data points, a failed threshold shows in red, and a hostile tag value stays text. A screenshot
// is kept in test-artifacts/ (and docs/report-screenshot.png is made the same way).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { renderHtml, toTimeSeries } from '../../scripts/lib/html-report.ts';
import type { Results } from '../../lib/report/results.ts';
import { CHROMIUM, CHROMIUM_ARGS, skipUnless } from '../helpers/tools.ts';

const HOSTILE = '<script>window.pwned=1</script>';

function recordedWithEdits(): Results {
  const results: Results = JSON.parse(readFileSync('test/fixtures/report/load-results.json', 'utf8'));
  const course = results.thresholds.find((t) => t.metric === 'http_req_duration{endpoint:course_get}')!;
  course.ok = false;
  course.observed = 512.5;
  results.thresholds.unshift({ metric: `http_req_duration{endpoint:${HOSTILE}}`, expression: 'p(95)<200', ok: true, observed: 1 });
  results.endpoints.push({ endpoint: HOSTILE, requests: 1, p50: 1, p95: 1, p99: 1, max: 1, errorRate: 0 });
  return results;
}

function syntheticSeries() {
  const t0 = Math.floor(Date.now() / 1000);
  const buckets = new Map<number, { requests: number; errors: number; durations: number[]; vus: number | null }>();
  for (let s = 0; s < 30; s++) buckets.set(t0 + s, { requests: 20 + s, errors: s % 7 === 0 ? 1 : 0, durations: [1 + s / 10, 2, 3 + s / 5], vus: Math.min(10, s) });
  const server = Array.from({ length: 30 }, (_, s) => ({ t: (t0 + s) * 1000, cpu_percent: 10 + s, memory_mb: 80 + s / 2 }));
  return toTimeSeries(buckets, server);
}

test('the HTML report renders in Chromium with charts, a red failed threshold and escaped values', { skip: skipUnless('chromium', 'chromium') }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'html-report-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, renderHtml(recordedWithEdits(), syntheticSeries()));
  assert.ok(!readFileSync(file, 'utf8').includes(HOSTILE), 'the hostile value is escaped in the file');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    // No network: the report must be self-contained.
    await page.route(/^(?!file:)/, (route) => route.abort());
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('#chart-memory');
    assert.deepEqual(errors, []);
    const points = await page.evaluate(() => (globalThis as unknown as { chartPoints: Record<string, number> }).chartPoints);
    for (const id of ['chart-rps', 'chart-latency', 'chart-errors', 'chart-vus', 'chart-cpu', 'chart-memory']) assert.ok(points[id]! > 0, `${id} drew no points`);
    assert.equal(await page.locator('#charts canvas').count(), 6);
    const failedRow = page.locator('#thresholds tr.fail', { hasText: 'endpoint:course_get' });
    assert.equal(await failedRow.count(), 1);
    assert.equal(await failedRow.evaluate((row) => (globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }).getComputedStyle(row).color), 'rgb(176, 0, 32)');
    assert.match(await failedRow.innerText(), /512\.5ms/);
    assert.equal(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned), undefined);
    assert.equal(await page.locator('#endpoints', { hasText: HOSTILE }).count(), 1, 'shown as text');
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/report-screenshot.png', fullPage: true });
    if (process.env.UPDATE_DOCS_SCREENSHOT) copyFileSync('test-artifacts/report-screenshot.png', 'docs/report-screenshot.png');
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
