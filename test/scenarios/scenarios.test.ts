// Every entry of the catalogue end to end with short settings: a healthy demo platform passes, and
// the fault each entry exists to catch makes it exit 99 naming the threshold that caught it.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { buildIfStale } from '../../runner/k6/build-if-stale.ts';
import { startDemoPlatform } from '../../runner/run/demo-process.ts';
import { startSidecar } from '../../sidecar/process.ts';
import { MACHINE_GATES_OUT_OF_REACH, outOfReachExcept } from '../helpers/gates-out-of-reach.ts';
import { failedMetrics, type K6Run, runK6, whyK6Failed } from '../helpers/k6.ts';

async function entry(
  name: string,
  faults: string | undefined,
  env: Record<string, string>,
  withSidecar = false,
): Promise<K6Run> {
  const platform = await startDemoPlatform({ faults });
  const sidecar = withSidecar ? await startSidecar({ pid: platform.pid, intervalMs: 500, warmupS: 2 }) : undefined;
  try {
    return await runK6(`dist/${name}.js`, {
      env: { BASE_URL: platform.url, ...(sidecar ? { SIDECAR_URL: sidecar.url } : {}), ...env },
      timeoutMs: 120_000,
    });
  } finally {
    await sidecar?.stop();
    await platform.stop();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * When the platform's /metrics first counts a regular user (the regular workflow's first request,
 * just after its login): setup checks accounts without authenticated requests, and without a
 * dataset it never acts as a regular user, so this is the scenario's start.
 */
async function firstRegularUser(url: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const metrics = await (await fetch(`${url}/metrics`)).text();
    if (/^demo_users_seen\{role="regular"\} [1-9]/m.test(metrics)) return Date.now();
    await sleep(100);
  }
  throw new Error(`no regular user reached the platform within ${timeoutMs} ms`);
}

function assertPasses(run: K6Run): void {
  assert.equal(run.code, 0, whyK6Failed(run));
  assert.ok(run.thresholds.length > 0);
}
function assertCaughtBy(run: K6Run, metric: string): void {
  assert.equal(run.code, 99, `exit ${run.code}\n${run.stderr.slice(-2000)}`);
  assert.ok(failedMetrics(run).includes(metric), `expected ${metric} among failed: ${failedMetrics(run).join(', ')}`);
  assert.ok(run.stderr.includes(metric), 'k6 names the crossed threshold');
}

before(() => buildIfStale());

describe('api: every endpoint against its own budget', () => {
  const env = { PERFORMANCE_TEST_DURATION: '6', API_RATE: '4' };
  test('healthy: passes with a gate per endpoint', async () => {
    const run = await entry('api', undefined, { ...env, ...MACHINE_GATES_OUT_OF_REACH });
    assertPasses(run);
    for (const endpoint of ['health', 'course_get', 'course_export', 'admin_users', 'job_get']) {
      assert.ok(
        run.thresholds.some((t) => t.metric === `http_req_duration{endpoint:${endpoint}}`),
        endpoint,
      );
    }
  });
  test('slow exports fail the export budget', async () =>
    assertCaughtBy(
      await entry('api', 'latency:route=course_export,ms=1500', env),
      'http_req_duration{endpoint:course_export}',
    ));
});

describe('ramp-up: sustained load as users arrive', () => {
  const env = {
    PERFORMANCE_CONCURRENT_USERS: '6',
    PERFORMANCE_RAMP_UP: '3',
    PERFORMANCE_TEST_DURATION: '6',
    PERFORMANCE_THINK_TIME: '0.2-0.4',
    GENERATION_CHAPTERS: '1',
  };
  test('healthy: passes, drift measured', async () => {
    // The drift gate is ramp-up's own subject (no false alarm on a healthy platform); absolute latency is not.
    const run = await entry('ramp-up', undefined, { ...env, ...outOfReachExcept('RAMP_DRIFT_LIMIT') });
    assertPasses(run);
    assert.ok(Number(run.summary!.metrics.hold_latency_drift!.count) > 5);
  });
  test('slow answers fail the hold p95', async () =>
    assertCaughtBy(
      await entry('ramp-up', 'latency:route=*,ms=600', env),
      'http_req_duration{phase:hold_late,scope:api}',
    ));
  // Requests refused fast do not raise a p95; the trend against the early hold still sees them. The
  // platform is killed 7.5 s into the scenario (ramp 3 s, early hold 3-7 s, late hold 7-11 s), timed
  // from the scenario's first request seen by the platform, so k6's start-up and setup time cannot
  // move the crash out of the late hold.
  test('a platform that fails mid-hold shows as an upward trend', async () => {
    const platform = await startDemoPlatform();
    try {
      const running = runK6('dist/ramp-up.js', {
        env: { BASE_URL: platform.url, ...env, PERFORMANCE_TEST_DURATION: '8', PERFORMANCE_DATASET_COURSES: '0' },
        timeoutMs: 120_000,
      });
      const scenarioStartedAt = await firstRegularUser(platform.url, 60_000);
      await sleep(7_500 - (Date.now() - scenarioStartedAt));
      process.kill(platform.pid, 'SIGKILL');
      assertCaughtBy(await running, 'hold_latency_drift');
    } finally {
      await platform.stop();
    }
  });
});

describe('spike: survive a surge and come back', () => {
  const env = {
    SPIKE_BASE_USERS: '2',
    SPIKE_FACTOR: '4',
    SPIKE_BASELINE_S: '5',
    SPIKE_HOLD_S: '4',
    SPIKE_RECOVERY_S: '2',
    SPIKE_OBSERVE_S: '5',
    PERFORMANCE_THINK_TIME: '0.1-0.3',
  };
  test('healthy: recovers to the baseline', async () => {
    // Recovery (recovered latency over the baseline's) is the subject; absolute latency is not.
    const run = await entry('spike', undefined, { ...env, ...outOfReachExcept('SPIKE_RECOVERY_FACTOR') });
    assertPasses(run);
    assert.ok(Number(run.summary!.metrics.recovery_latency_ratio!.count) > 5, 'recovery measured');
  });
  test('a platform that dies in the spike never recovers', async () =>
    assertCaughtBy(await entry('spike', 'crash:after_s=9', env), 'recovery_latency_ratio'));
});

describe('soak: degradation over time', () => {
  const env = { SOAK_DURATION: '12', SOAK_USERS: '3', PERFORMANCE_THINK_TIME: '0.2-0.4', GENERATION_CHAPTERS: '1' };
  test('healthy: passes with drift and memory growth measured', async () => {
    // Drift and memory growth are the subject; absolute latency and the CPU and memory peaks are not.
    const run = await entry('soak', undefined, { ...env, ...outOfReachExcept('SOAK_DRIFT_LIMIT') }, true);
    assertPasses(run);
    assert.ok(run.thresholds.some((t) => t.metric === 'server_memory_growth_mb_per_min'));
  });
  test('a memory leak fails the memory growth gate', async () =>
    assertCaughtBy(await entry('soak', 'leak:mb_per_s=5', env, true), 'server_memory_growth_mb_per_min'));
});

describe('concurrent: 100 users create at the same instant', () => {
  test('healthy: 100 creations, none lost', async () => {
    const run = await entry('concurrent', undefined, {
      PERFORMANCE_CONCURRENT_USERS: '100',
      ...MACHINE_GATES_OUT_OF_REACH,
    });
    assertPasses(run);
    assert.equal(run.summary!.metrics.courses_created!.count, 100);
  });
  test('lost writes are caught', async () =>
    assertCaughtBy(
      await entry('concurrent', 'lostwrites:rate=0.2', { PERFORMANCE_CONCURRENT_USERS: '30' }),
      'lost_writes',
    ));
});

describe('generation: chapters under load', () => {
  test('healthy: chapter time from the job timestamps', async () => {
    const run = await entry('generation', undefined, {
      GENERATION_USERS: '5',
      GENERATION_CHAPTERS: '2',
      ...MACHINE_GATES_OUT_OF_REACH,
    });
    assertPasses(run);
    assert.equal(run.summary!.metrics.chapter_generation_ms!.count, 10);
  });
  test('slow generation fails the chapter gate', async () =>
    assertCaughtBy(
      await entry('generation', 'slowgen:factor=5', {
        GENERATION_USERS: '3',
        GENERATION_CHAPTERS: '1',
        THRESHOLD_CHAPTER_P95_S: '3',
      }),
      'chapter_generation_ms',
    ));
});

describe('breakpoint: where it breaks', () => {
  test('reports the highest sustained rate and stops by itself', async () => {
    // Out of reach, the latency gate cannot stop the ramp: it runs to its end and stops by itself.
    const run = await entry('breakpoint', undefined, {
      BREAKPOINT_START_RATE: '5',
      BREAKPOINT_MAX_RATE: '60',
      BREAKPOINT_DURATION: '8',
      ...MACHINE_GATES_OUT_OF_REACH,
    });
    assertPasses(run);
    assert.ok(Number(run.summary!.metrics.breakpoint_sustained_rate!.max) > 5);
    assert.ok(run.elapsedMs < 40_000);
  });
  test('a slow platform aborts the ramp early', async () => {
    const run = await entry('breakpoint', 'latency:route=*,ms=300', {
      BREAKPOINT_START_RATE: '5',
      BREAKPOINT_MAX_RATE: '20',
      BREAKPOINT_DURATION: '60',
    });
    assertCaughtBy(run, 'http_req_duration{scope:api}');
    assert.ok(run.elapsedMs < 40_000, `stopped after ${run.elapsedMs} ms, not at the end of the 60 s ramp`);
  });
});
