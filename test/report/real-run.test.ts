// The reports of a real k6 run, end to end: test/fixtures/report/report-probe.ts (bundled with
// esbuild, so lib/report runs inside k6) loads a small local server for ~15 s with k6's web
// dashboard on. While it runs, the dashboard page shows live data in Chromium; afterwards the
// run folder holds every report, each valid, none with the setup secret; and the HTML report
// built from k6's real --out json series draws every chart on one time axis.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import { type Browser, chromium } from 'playwright-core';
import type { Results } from '../../lib/report/results.ts';
import { ROOT } from '../../runner/k6/build-if-stale.ts';
import { resolveK6 } from '../../runner/k6/k6-binary.ts';
import { writeHtmlReport } from '../../runner/report/html-report.ts';
import { openReport } from '../helpers/browser.ts';
import { freePort, listenOnLoopback } from '../helpers/net.ts';
import { assertValidResults } from '../helpers/results-schema.ts';
import { CHROMIUM, CHROMIUM_ARGS, hasCommand, skipUnless } from '../helpers/tools.ts';
import { until, untilOk, waitForSnapshots } from '../helpers/wait.ts';

const PROBE_SECONDS = 15;
const SECRET = 'probe-secret-token-3f9a';
const HOSTILE = '<script>alert(1)</script>';
const work = mkdtempSync(join(tmpdir(), 'report-real-run-'));
const runDir = join(work, 'run');
let server: Server;
let dashboardPort: number;
let k6Done: Promise<{ code: number | null; stdout: string; stderr: string }>;
let browser: Browser | undefined;

/** The server under test: /ok at once, /slow after 40 ms, /sometimes-fails a 500 every fourth time. */
async function startTestServer(): Promise<string> {
  let count = 0;
  server = createServer((req, res) => {
    if (req.url === '/slow') return void setTimeout(() => res.end('slow'), 40);
    if (req.url === '/sometimes-fails') res.statusCode = ++count % 4 === 0 ? 500 : 200;
    res.end('ok');
  });
  return `http://127.0.0.1:${await listenOnLoopback(server)}`;
}

/** Samples this process (it hosts the server under test) in the sidecar's series format. */
function sampleServerResources(): () => void {
  const samples: object[] = [];
  let last = { cpu: process.cpuUsage(), at: performance.now() };
  const timer = setInterval(() => {
    const cpu = process.cpuUsage(last.cpu);
    const at = performance.now();
    const percent = ((cpu.user + cpu.system) / 1000 / (at - last.at)) * 100;
    const rss = process.memoryUsage().rss / 2 ** 20;
    samples.push({
      seq: samples.length + 1,
      t: Date.now(),
      cpu_percent: percent,
      cpu_cores_percent: percent,
      memory_mb: rss,
      rss_mb: rss,
    });
    last = { cpu: process.cpuUsage(), at };
  }, 500);
  return () => {
    clearInterval(timer);
    writeFileSync(join(runDir, 'server-resources.json'), JSON.stringify({ summary: null, samples }));
  };
}

/** Polls `read` until `ok` holds; fails naming what never happened. */
before(async () => {
  mkdirSync(runDir, { recursive: true });
  const script = join(work, 'report-probe.js');
  await build({
    entryPoints: [join(ROOT, 'test/fixtures/report/report-probe.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    external: ['k6', 'k6/*'],
    outfile: script,
    logLevel: 'warning',
  });
  const baseUrl = await startTestServer();
  dashboardPort = await freePort();
  const stopSampling = sampleServerResources();
  const child = spawn(resolveK6(), ['run', '--out', `json=${join(runDir, 'metrics.json.gz')}`, script], {
    cwd: ROOT,
    env: {
      ...process.env,
      K6_NO_USAGE_REPORT: 'true',
      BASE_URL: baseUrl,
      PROBE_SECONDS: String(PROBE_SECONDS),
      REPORTS_DIR: runDir,
      RUN_TARGET: baseUrl,
      RUN_K6_VERSION: '2.2.0',
      K6_WEB_DASHBOARD: 'true',
      K6_WEB_DASHBOARD_HOST: '127.0.0.1',
      K6_WEB_DASHBOARD_PORT: String(dashboardPort),
      K6_WEB_DASHBOARD_OPEN: 'false',
      // k6 refreshes the dashboard every 10 s by default and skips the export of a run with too few
      // refreshes: once a second gives a 15 s run live updates and an export.
      K6_WEB_DASHBOARD_PERIOD: '1s',
      K6_WEB_DASHBOARD_EXPORT: join(runDir, 'dashboard.html'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const killer = setTimeout(() => child.kill('SIGKILL'), (PROBE_SECONDS + 45) * 1000);
  k6Done = new Promise((done) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      stopSampling();
      done({ code, stdout, stderr });
    }),
  );
  if (hasCommand('chromium')) browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await k6Done?.catch(() => undefined);
  server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a real k6 run', () => {
  test('the web dashboard shows live data while k6 runs', { skip: skipUnless('chromium', 'chromium') }, async () => {
    const url = `http://127.0.0.1:${dashboardPort}/`;
    await untilOk(url, 10_000, `the dashboard answering on ${url}`);
    // k6 v2.2's dashboard page breaks (a TypeError in its chart code, a blank page) when a metric
    // first appears after the page drew its charts; a page opened once the run's metrics exist
    // works. So wait for two snapshots on k6's event stream, as a person would open it a moment in.
    await waitForSnapshots(`${url}events`, 2, 10_000);
    const page = await browser!.newPage({ viewport: { width: 1200, height: 1000 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(url);
    // The overview's first stat panels: "HTTP Request Rate" then a value such as "178/s".
    const rate = async () => {
      const text = await page.locator('body').innerText();
      return { text, rate: Number(/HTTP Request Rate\s+([\d.]+)\/s/.exec(text)?.[1] ?? 0) };
    };
    const first = await until(rate, (shown) => shown.rate > 0, 8_000, 'a positive request rate on the dashboard');
    // Live: the panels change as new snapshots arrive (once a second here).
    await until(rate, (shown) => shown.text !== first.text && shown.rate > 0, 5_000, 'the dashboard updating itself');
    await until(
      () => page.locator('.uplot canvas').count(),
      (n) => n > 0,
      8_000,
      'the dashboard drawing its charts',
    );
    assert.deepEqual(pageErrors, []);
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/dashboard-live.png' });
    await page.close();
  });

  test('every report is written: console text, summary.json without secrets, results.json, JUnit, Markdown, dashboard export', async () => {
    const run = await k6Done;
    assert.equal(run.code, 99, `k6 exits 99 on the failed threshold\n${run.stderr.slice(-2000)}`);
    // The console text comes from our handleSummary; k6's stdout is not a TTY here, so no colour.
    assert.match(run.stdout, /course-perf report-probe: 1 of 7 thresholds failed/);
    assert.match(run.stdout, /✗ http_req_duration\{endpoint:courses_list\} p\(95\)<5 {2}observed [\d.]+ms/);
    assert.match(run.stdout, /server resources: not measured \(no sidecar\)/);
    assert.doesNotMatch(run.stdout, new RegExp(`${String.fromCharCode(27)}\\[`), 'no ANSI colour codes');

    const summaryJson = readFileSync(join(runDir, 'summary.json'), 'utf8');
    assert.ok(JSON.parse(summaryJson).metrics['http_req_duration{endpoint:course_get}'], "k6's summary data as is");
    for (const file of ['summary.json', 'results.json', 'junit.xml', 'summary.md']) {
      assert.ok(!readFileSync(join(runDir, file), 'utf8').includes(SECRET), `${file} leaks setup data`);
    }

    const results: Results = JSON.parse(readFileSync(join(runDir, 'results.json'), 'utf8'));
    assertValidResults(results);
    assert.equal(results.verdict, 'failed');
    assert.equal(results.run.scenario, 'report-probe');
    assert.equal(results.run.k6_version, '2.2.0');
    assert.equal(results.run.git_commit, null, 'not set by the caller: null, never invented');
    assert.ok((results.run.duration_ms ?? 0) >= PROBE_SECONDS * 1000, `duration_ms ${results.run.duration_ms}`);
    const courseGet = results.endpoints.find((e) => e.endpoint === 'course_get')!;
    assert.ok(courseGet.requests > 100 && courseGet.p99! >= courseGet.p50!, JSON.stringify(courseGet));

    const junit = readFileSync(join(runDir, 'junit.xml'), 'utf8');
    assert.equal((junit.match(/<testcase /g) ?? []).length, 7);
    assert.equal((junit.match(/<failure /g) ?? []).length, 1);
    assert.ok(!junit.includes(HOSTILE) && junit.includes('&lt;script&gt;'));
    if (hasCommand('xmllint')) {
      const lint = spawnSync('xmllint', ['--noout', '--schema', 'schemas/junit.xsd', join(runDir, 'junit.xml')], {
        encoding: 'utf8',
      });
      assert.equal(lint.status, 0, lint.stderr);
    }
    assert.match(readFileSync(join(runDir, 'summary.md'), 'utf8'), /❌ 1 of 7 thresholds failed/);

    const dashboard = join(runDir, 'dashboard.html');
    assert.ok(existsSync(dashboard), "k6's dashboard export is written next to the other reports");
    assert.ok(statSync(dashboard).size > 50_000, `dashboard.html is only ${statSync(dashboard).size} bytes`);
  });

  test("the HTML report draws k6's real series and the server's on one time axis", {
    skip: skipUnless('chromium', 'chromium'),
  }, async () => {
    await k6Done;
    const file = await writeHtmlReport(runDir);
    assert.ok(!readFileSync(file, 'utf8').includes(HOSTILE));
    const { page, errors } = await openReport(browser!, file);
    await page.waitForSelector('#chart-memory canvas');
    assert.deepEqual(errors, []);
    const { points, scales } = await page.evaluate(() => {
      const w = globalThis as unknown as {
        chartPoints: Record<string, number>;
        chartScales: Record<string, [number, number]>;
      };
      return { points: w.chartPoints, scales: w.chartScales };
    });
    // About one point per second of the run for k6's series, two per second for the server's.
    for (const id of ['chart-rps', 'chart-vus'])
      assert.ok(points[id]! >= PROBE_SECONDS - 2, `${id}: ${points[id]} points`);
    for (const id of ['chart-latency', 'chart-errors'])
      assert.ok(points[id]! >= PROBE_SECONDS - 2, `${id}: ${points[id]} points`);
    for (const id of ['chart-cpu', 'chart-memory'])
      assert.ok(points[id]! >= PROBE_SECONDS, `${id}: ${points[id]} points`);
    for (const id of Object.keys(scales))
      assert.deepEqual(scales[id], scales['chart-rps'], `${id} shares the time axis`);
    const failedRow = page.locator('#thresholds tr.fail');
    assert.equal(await failedRow.count(), 1);
    assert.match(await failedRow.innerText(), /endpoint:courses_list/);
    assert.equal(await page.locator('#endpoints td', { hasText: HOSTILE }).count(), 1, 'the hostile tag shows as text');
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/report-real-run.png', fullPage: true });
    await page.close();
  });
});
