// Server resources as k6 thresholds, end to end: the real sidecar sampling the real demo platform
// while real k6 runs the main job (shortened), polling the samples into server_* metrics.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildIfStale } from '../../runner/k6/build-if-stale.ts';
import { startDemoPlatform } from '../../runner/run/demo-process.ts';
import { startSidecar } from '../../sidecar/process.ts';
import { LATENCY_GATES_OUT_OF_REACH, MACHINE_GATES_OUT_OF_REACH } from '../helpers/gates-out-of-reach.ts';
import { failedMetrics as failed, runK6, whyK6Failed } from '../helpers/k6.ts';

const SHORT_LOAD = {
  PERFORMANCE_CONCURRENT_USERS: '6',
  PERFORMANCE_TEST_DURATION: '8',
  PERFORMANCE_RAMP_UP: '1',
  PERFORMANCE_RAMP_DOWN: '1',
  PERFORMANCE_THINK_TIME: '0.2-0.5',
  GENERATION_CHAPTERS: '1',
};

async function loadWithSidecar(
  faults: string | undefined,
  env: Record<string, string> = {},
  duringRun?: (sidecar: { stop(): Promise<void> }) => Promise<void>,
) {
  buildIfStale();
  const platform = await startDemoPlatform({ faults });
  const sidecar = await startSidecar({ pid: platform.pid, intervalMs: 500, warmupS: 0 });
  try {
    const run = runK6('dist/load.js', {
      env: { BASE_URL: platform.url, SIDECAR_URL: sidecar.url, ...SHORT_LOAD, ...env },
      timeoutMs: 120_000,
    });
    if (duringRun) await duringRun(sidecar);
    return await run;
  } finally {
    await sidecar.stop();
    await platform.stop();
  }
}

describe('server resources as k6 thresholds', () => {
  test("a healthy run passes with the server's CPU and memory measured", async () => {
    // The server's gates are the subject; latency is not.
    const run = await loadWithSidecar(undefined, LATENCY_GATES_OUT_OF_REACH);
    assert.equal(run.code, 0, whyK6Failed(run, 3000));
    const memory = run.summary!.metrics.server_memory_mb!;
    const cpu = run.summary!.metrics.server_cpu_percent!;
    assert.ok(Number(memory.max) > 20 && Number(memory.max) < 1024, `memory max ${memory.max}`);
    assert.ok(Number(cpu.count) >= 5, `only ${cpu.count} CPU samples`);
    assert.ok(run.thresholds.some((t) => t.metric === 'server_memory_mb' && t.ok));
    // The polls never reach the API figures: they emit no http_req_failed samples and carry no api scope.
    const m = run.summary!.metrics;
    const apiRequests = Number(m['http_req_duration{scope:api}']!.count);
    const failedSamples = Number(m.http_req_failed!.passes) + Number(m.http_req_failed!.fails);
    // Every request but the polls (API and setup's: probe, logins, dataset, clean-up) has an http_req_failed
    // sample, so what http_reqs counts beyond them is the polls: about one a second, and never none.
    const polls = Number(m.http_reqs!.count) - failedSamples;
    assert.ok(
      failedSamples >= apiRequests + 1,
      `http_req_failed ${failedSamples} covers the ${apiRequests} API requests and the setup probe`,
    );
    assert.ok(polls >= 5 && polls <= 60, `${polls} requests without an http_req_failed sample: the sidecar polls`);
    assert.ok(Number(m.http_reqs!.count) >= apiRequests + 1 + 5, 'the sidecar polls were made');
  });

  test('memory growth (DEMO_FAULTS leak) fails the memory threshold (exit 99)', async () => {
    const run = await loadWithSidecar('leak:mb_per_s=40', { PERFORMANCE_MEMORY_LIMIT: '300' });
    assert.equal(run.code, 99, run.stderr.slice(-2000));
    assert.ok(failed(run).includes('server_memory_mb'), failed(run).join(', '));
    assert.match(run.stderr, /server_memory_mb/);
  });

  test('CPU burn (DEMO_FAULTS cpu) fails the CPU threshold (exit 99)', async () => {
    // One core of two burnt = 50 % of the CPUs available to the platform, before the load itself.
    const run = await loadWithSidecar('cpu:share=1', { PERFORMANCE_CPU_LIMIT: '40' });
    assert.equal(run.code, 99, run.stderr.slice(-2000));
    assert.ok(failed(run).includes('server_cpu_percent'), failed(run).join(', '));
  });

  test('killing the sidecar mid-run does not stop k6; the gap is counted, and strict mode fails the run', async () => {
    const killMidRun = async (sidecar: { stop(): Promise<void> }) => {
      await new Promise((r) => setTimeout(r, 6000));
      await sidecar.stop();
    };
    // The gap is the subject: latency and the server's CPU and memory are out of reach.
    const lenient = await loadWithSidecar(undefined, MACHINE_GATES_OUT_OF_REACH, killMidRun);
    assert.equal(lenient.code, 0, failed(lenient).join(', '));
    assert.ok(
      Number(lenient.summary!.metrics.server_samples_missing?.count) >= 3,
      JSON.stringify(lenient.summary!.metrics.server_samples_missing),
    );
    const strict = await loadWithSidecar(
      undefined,
      { ...MACHINE_GATES_OUT_OF_REACH, SIDECAR_STRICT: 'true' },
      killMidRun,
    );
    assert.equal(strict.code, 99);
    assert.ok(failed(strict).includes('server_samples_missing'));
  });
});
