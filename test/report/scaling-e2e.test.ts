// Resource scaling end to end: a real ramp-up run (real k6, the demo platform, the sidecar) through
// the runner; the scaling table in results.json, summary.md and the console, checked against the
// run's own raw material; the table and both charts in report.html opened in headless Chromium.
// The screenshot is kept in test-artifacts/ (docs/report-scaling.png is of a 100-user run, see README).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';
import { readServerSeries } from '../../runner/report/html-report.ts';
import { loadSeconds } from '../../runner/report/scaling-report.ts';
import type { Scaling, ScalingStep } from '../../runner/scaling/resource-scaling.ts';
import { chartPoints, openReport } from '../helpers/browser.ts';
import { MACHINE_GATES_OUT_OF_REACH } from '../helpers/gates-out-of-reach.ts';
import { assertValidResults } from '../helpers/results-schema.ts';
import { runScript } from '../helpers/spawn.ts';
import { CHROMIUM, CHROMIUM_ARGS, skipUnless } from '../helpers/tools.ts';

const root = mkdtempSync(join(tmpdir(), 'scaling-e2e-'));
after(() => rmSync(root, { recursive: true, force: true }));

// Regular users only, one more every 4 s up to 5, so each level gets ~4 sidecar samples (1/s).
const RAMP = {
  PERFORMANCE_USER_WEIGHTS: '100/0/0',
  PERFORMANCE_CONCURRENT_USERS: '5',
  PERFORMANCE_RAMP_UP: '20',
  PERFORMANCE_TEST_DURATION: '6',
  PERFORMANCE_RAMP_DOWN: '1',
  PERFORMANCE_THINK_TIME: '0.2-0.5',
  // The optional slope gates, one that must hold and one that cannot (a CPU slope is never below -1000 % per 100 req/s).
  THRESHOLD_MEMORY_MB_PER_100_USERS: '100000',
  THRESHOLD_CPU_PERCENT_PER_100_RPS: '-1000',
  // k6's own gates are not the subject: out of reach, so the slope gate is the run's only failure.
  ...MACHINE_GATES_OUT_OF_REACH,
};

interface RunResults {
  scaling: Scaling;
  verdict: string;
  thresholds: { metric: string; expression: string; ok: boolean; observed: number | null }[];
}

/** results.json: valid, the failed slope gate first with the slope as observed, a step per user level. */
function assertScalingInResults(results: RunResults): void {
  assertValidResults(results);
  const scaling = results.scaling;
  const gate = (metric: string) => results.thresholds.find((t) => t.metric === metric)!;
  assert.deepEqual(gate('server_cpu_percent_per_100_rps'), {
    metric: 'server_cpu_percent_per_100_rps',
    expression: 'slope<-1000',
    ok: false,
    observed: scaling.cpu.value,
  });
  assert.equal(results.thresholds[0]!.metric, 'server_cpu_percent_per_100_rps', 'failed first');
  assert.equal(gate('server_memory_mb_per_100_users').ok, true);
  assert.equal(results.verdict, 'failed');
  assert.equal(scaling.level, 'users');
  assert.equal(scaling.step_width, 1);
  // Users, not k6's vus gauge as is: the sidecar poller's VU is not a user.
  assert.deepEqual(
    scaling.steps.map((s) => s.to),
    [1, 2, 3, 4, 5],
    'a step per user level of the ramp, none above the 5 users',
  );
}

/** The steps against the run's raw material: k6's per-second series and the sidecar's samples. Resolves to the top step. */
async function assertStepsAgainstRawMaterial(dir: string, scaling: Scaling): Promise<ScalingStep> {
  const seconds = (await loadSeconds(dir)).filter((s) => s.t >= scaling.window.from && s.t <= scaling.window.to);
  const samples = readServerSeries(join(dir, 'server-resources.json')).samples;
  assert.equal(
    scaling.steps.reduce((n, s) => n + s.seconds, 0),
    seconds.filter((s) => (s.vus ?? 0) > 0).length,
    'every loaded second of the window is in one step',
  );
  const requests = seconds.reduce((n, s) => n + s.requests, 0);
  assert.ok(
    Math.abs(scaling.steps.reduce((n, s) => n + s.requests_per_s * s.seconds, 0) - requests) < 1e-6,
    'the steps account for every API request of the window',
  );
  const top = scaling.steps.find((s) => s.to === 5)!;
  assert.ok(top.seconds >= 6, `the hold is in the top step (${top.seconds} s)`);
  const first = scaling.steps[0]!;
  assert.ok(
    top.requests_per_s > 2.5 * first.requests_per_s,
    `5 users make more requests than 1: ${first.requests_per_s.toFixed(1)} vs ${top.requests_per_s.toFixed(1)} req/s`,
  );
  for (const step of scaling.steps.filter((s) => s.server_samples > 0)) {
    assert.ok(
      step.memory_mb_peak! > 20 && step.memory_mb_peak! <= Math.max(...samples.map((s) => s.memory_mb)),
      `step ${step.to}: memory ${step.memory_mb_peak} MB`,
    );
    assert.ok(step.cpu_percent_mean! >= 0 && step.cpu_percent_mean! <= 100);
    assert.ok(step.p95_ms! > 0 && step.p95_ms! < 500);
  }
  assert.ok(scaling.steps.filter((s) => s.server_samples >= 3).length >= 3, 'enough steps with samples for a slope');
  for (const slope of [scaling.memory, scaling.cpu]) {
    assert.ok(Number.isFinite(slope.value), `${slope.unit}: ${slope.reason}`);
    assert.ok(slope.r2! >= 0 && slope.r2! <= 1 && slope.steps_used >= 3);
  }
  assert.equal(scaling.memory.unit, 'MB per 100 users');
  assert.equal(scaling.cpu.unit, 'CPU % per 100 req/s');
  return top;
}

/** The console, summary.md and junit.xml show the same table, slopes and failed gate. */
function assertScalingInTextReports(stdout: string, dir: string, top: ScalingStep): void {
  assert.match(
    stdout,
    /resource scaling \(rising and holding part of the run\)\n\s+load step\s+seconds\s+users\s+req\/s/,
  );
  assert.match(stdout, new RegExp(`5 users\\s+${top.seconds}\\s+`));
  assert.match(
    stdout,
    /memory: [+-]\d+\.\d\d MB per 100 users \(least-squares line through the steps: [3-9] steps from \d\.\d to \d\.\d users, R² \d\.\d\d\)/,
  );
  const markdown = readFileSync(join(dir, 'summary.md'), 'utf8');
  assert.match(markdown, /### Resource scaling/);
  assert.match(markdown, new RegExp(`\\| 5 users \\| ${top.seconds} \\| `));
  assert.match(markdown, /- ❌ server_cpu_percent_per_100_rps slope<-1000: observed /);
  assert.match(
    markdown,
    /^> \*\*Resource-scaling gate failed\*\*: `server_cpu_percent_per_100_rps slope<-1000`/,
    'said before the heading k6 wrote',
  );
  const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
  assert.match(junit, /<testsuite name="course-perf.ramp-up" tests="\d+" failures="1"/);
  assert.match(
    junit,
    /<testcase classname="course-perf.ramp-up" name="server_cpu_percent_per_100_rps slope&lt;-1000" time="0">\n\s+<failure /,
  );
}

/** report.html in Chromium: the table and both scaling charts; the screenshot kept in test-artifacts/. */
async function assertScalingInHtmlReport(dir: string, scaling: Scaling, top: ScalingStep): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const { page, errors } = await openReport(browser, join(dir, 'report.html'));
    await page.waitForSelector('#chart-scaling-rps canvas');
    assert.deepEqual(errors, []);
    assert.equal(await page.locator('#scaling tbody tr').count(), scaling.steps.length);
    assert.match(
      await page.locator('#scaling tbody tr', { hasText: '5 users' }).innerText(),
      new RegExp(`${top.memory_mb_peak!.toFixed(1)} MB`),
    );
    assert.match(await page.locator('#slope-memory').innerText(), /MB per 100 users \(least-squares line/);
    const points = await chartPoints(page);
    const withSamples = scaling.steps.filter((s) => s.server_samples > 0).length;
    assert.equal(points['chart-scaling-users'], withSamples);
    assert.equal(points['chart-scaling-rps'], withSamples);
    assert.equal(await page.locator('#scaling-charts canvas').count(), 2);
    mkdirSync('test-artifacts', { recursive: true });
    await page.locator('#scaling-section').screenshot({ path: 'test-artifacts/report-scaling.png' });
  } finally {
    await browser.close();
  }
}

test('a ramp-up run reports CPU and memory per step of users, with slopes, in every report', {
  skip: skipUnless('chromium', 'chromium'),
}, async () => {
  const run = await runScript('runner/cli/perf.ts', ['--suite', 'ramp-up', '--reports-dir', root], RAMP).done;
  // k6's own thresholds held; the failed slope gate makes it a threshold failure.
  assert.equal(run.code, 99, run.stderr.slice(-3000));
  assert.match(run.stdout, /ramp-up\s+thresholds failed\s+server_cpu_percent_per_100_rps slope<-1000/);
  assert.doesNotMatch(run.stderr, /level=error msg="thresholds on metrics/, "k6's own thresholds held");
  const [dir] = readdirSync(root).map((name) => join(root, name));
  const results: RunResults = JSON.parse(readFileSync(join(dir!, 'results.json'), 'utf8'));
  assertScalingInResults(results);
  const top = await assertStepsAgainstRawMaterial(dir!, results.scaling);
  assertScalingInTextReports(run.stdout, dir!, top);
  await assertScalingInHtmlReport(dir!, results.scaling, top);
});
