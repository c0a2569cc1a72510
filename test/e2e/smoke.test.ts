// The spine end to end: the bundled smoke entry on plain k6 against a fresh demo platform passes
// with every threshold evaluated, and the faults the suite exists to catch make it exit 99 naming
// the threshold that caught them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildIfStale } from '../../runner/k6/build-if-stale.ts';
import { type DemoPlatform, startDemoPlatform } from '../../runner/run/demo-process.ts';
import { MACHINE_GATES_OUT_OF_REACH } from '../helpers/gates-out-of-reach.ts';
import { failedMetrics, runK6 } from '../helpers/k6.ts';

const SMOKE = 'dist/smoke.js';

const LOAD = 'dist/load.js';
/** The main job shrunk to seconds: enough requests per route that a 20 % error rate cannot hide. */
const SHORT_LOAD = {
  PERFORMANCE_CONCURRENT_USERS: '10',
  PERFORMANCE_TEST_DURATION: '8',
  PERFORMANCE_RAMP_UP: '2',
  PERFORMANCE_RAMP_DOWN: '1',
  PERFORMANCE_THINK_TIME: '0.1-0.3',
  GENERATION_CHAPTERS: '1',
};

async function runAgainst(script: string, faults: string | undefined, env: Record<string, string> = {}) {
  const platform = await startDemoPlatform({ faults });
  try {
    return await runK6(script, { env: { BASE_URL: platform.url, ...env }, timeoutMs: 90_000 });
  } finally {
    await platform.stop();
  }
}
const smokeAgainst = (faults: string | undefined, env: Record<string, string> = {}) => runAgainst(SMOKE, faults, env);

describe('dist/smoke.js on plain k6', () => {
  before(() => buildIfStale());

  test('passes against a healthy demo platform with every threshold evaluated on real samples', async () => {
    // The subject is the spine, not latency: the latency gates are there and evaluated, out of reach.
    const run = await smokeAgainst(undefined, MACHINE_GATES_OUT_OF_REACH);
    assert.equal(run.code, 0, `k6 exited ${run.code}\n${run.stdout}\n${run.stderr}`);
    assert.ok(run.thresholds.length >= 30, `expected the full threshold set, got ${run.thresholds.length}`);
    for (const threshold of run.thresholds) {
      assert.ok(threshold.ok, `${threshold.metric} ${threshold.expression} failed`);
      const values = run.summary!.metrics[threshold.metric]!;
      const samples = Number(values.count ?? 0) + Number(values.passes ?? 0) + Number(values.fails ?? 0);
      assert.ok(samples > 0, `${threshold.metric} was never measured: smoke must call every endpoint`);
    }
  });

  test('300 ms extra on course reads fails the course-read latency threshold (exit 99)', async () => {
    const run = await smokeAgainst('latency:route=course_get,ms=300');
    assert.equal(run.code, 99, run.stderr);
    const failed = failedMetrics(run);
    assert.ok(failed.includes('http_req_duration{endpoint:course_get}'), `failed: ${failed.join(', ')}`);
    assert.match(run.stderr, /http_req_duration\{endpoint:course_get\}/);
  });

  test("a 20 % error rate on one route fails that route's error-rate threshold (exit 99)", async () => {
    // The main job, shortened: smoke calls each route only a few times, too few to see 20 % reliably.
    const run = await runAgainst(LOAD, 'errors:route=courses_list,rate=0.2', {
      ...SHORT_LOAD,
      ...MACHINE_GATES_OUT_OF_REACH,
    });
    assert.equal(run.code, 99, run.stderr);
    const failed = failedMetrics(run);
    assert.ok(failed.includes('http_req_failed{endpoint:courses_list}'), `failed: ${failed.join(', ')}`);
    assert.match(run.stderr, /http_req_failed\{endpoint:courses_list\}/);
  });
});

describe('a platform that is not running', () => {
  let nowhere: DemoPlatform;
  let url: string;
  before(async () => {
    // A port that was just free: start and stop a platform so nothing listens there.
    nowhere = await startDemoPlatform();
    url = nowhere.url;
    await nowhere.stop();
  });
  after(() => undefined);

  test('fails within 10 s with a message naming the URL', async () => {
    const run = await runK6(SMOKE, { env: { BASE_URL: url }, timeoutMs: 30_000 });
    assert.notEqual(run.code, 0);
    assert.ok(run.elapsedMs < 10_000, `took ${run.elapsedMs} ms`);
    assert.match(run.stdout + run.stderr, new RegExp(`does not answer at ${url.replace(/[.]/g, '\\.')}/health`));
  });
});
