// lib/metrics/resources.ts in real k6 against the real sidecar: a target process that burns a known CPU
// share and holds (or grows) a known amount of memory; the thresholds pass under the limits and
// fail (exit 99) over them; a sidecar killed mid-run leaves k6 running and the gap counted.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startSidecar } from '../../sidecar/process.ts';
import { cpuTarget } from '../helpers/cpu-target.ts';
import { failedMetrics, type K6Run, runK6, whyK6Failed } from '../helpers/k6.ts';
import { bundleResourcesProbe } from '../helpers/resources-probe.ts';

const DURATION_S = 5;
const CPUS = availableParallelism();

let work: string;
let script: string;

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'course-perf-resources-'));
  script = await bundleResourcesProbe(work);
});
after(() => rmSync(work, { recursive: true, force: true }));

interface Probe {
  share?: number;
  holdMb?: number;
  growMbPerS?: number;
  env: Record<string, string>;
  /** Runs while k6 runs, given the sidecar's pid. */
  during?: (sidecarPid: number) => Promise<void>;
}

async function probe({ share = 0, holdMb = 0, growMbPerS = 0, env, during }: Probe): Promise<K6Run> {
  const child = cpuTarget({ share, holdMb, growMbPerS });
  try {
    await new Promise((r) => setTimeout(r, 500)); // started and holding its memory
    const sidecar = await startSidecar({ pid: child.pid!, intervalMs: 500, warmupS: 0 });
    try {
      const run = runK6(script, {
        env: { SIDECAR_URL: sidecar.url, DURATION_S: String(DURATION_S), ...env },
        timeoutMs: 60_000,
      });
      if (during) await during(sidecar.pid);
      return await run;
    } finally {
      await sidecar.stop();
    }
  } finally {
    child.kill('SIGKILL');
  }
}

const metric = (run: K6Run, name: string) => run.summary?.metrics[name] as Record<string, number> | undefined;

describe('resource thresholds in real k6', () => {
  test('under the limits: exit 0, with the CPU share and memory the target really uses', async () => {
    const run = await probe({
      share: 0.5,
      holdMb: 200,
      env: { CPU_LIMIT: String(50 / CPUS + 15), MEMORY_LIMIT: '400', GROWTH_LIMIT: '100' },
    });
    assert.equal(run.code, 0, whyK6Failed(run));
    const cores = metric(run, 'server_cpu_cores_percent')!;
    const cpu = metric(run, 'server_cpu_percent')!;
    const memory = metric(run, 'server_memory_mb')!;
    assert.ok(cores.count >= 2 * DURATION_S - 3, `only ${cores.count} samples in ${DURATION_S} s at 2 Hz`);
    assert.ok(Math.abs(cores.avg - 50) <= 5, `half a core read as ${cores.avg} % per core`);
    assert.ok(
      Math.abs(cpu.avg - 50 / CPUS) <= 5 / CPUS + 0.5,
      `half a core of ${CPUS} read as ${cpu.avg} % of the CPUs`,
    );
    assert.ok(
      memory.min >= 200 && memory.max < 300,
      `200 MB held (plus Node itself) read as ${memory.min}-${memory.max} MB`,
    );
    const growth = metric(run, 'server_memory_growth_mb_per_min')!;
    assert.ok(Math.abs(growth.max) < 100, `steady memory grew ${growth.max} MB/min`);
    // The polls emit no http_req_failed samples (the only requests here are polls).
    assert.equal(metric(run, 'http_req_failed'), undefined, 'http_req_failed has samples');
    assert.ok(metric(run, 'http_reqs')!.count >= DURATION_S);
    assert.equal(metric(run, 'server_samples_missing'), undefined, 'no gap while the sidecar answers');
  });

  test('over the limits: exit 99 naming the CPU and memory thresholds', async () => {
    const run = await probe({
      share: 0.5,
      holdMb: 200,
      env: { CPU_LIMIT: String(50 / CPUS - 10), MEMORY_LIMIT: '150' },
    });
    assert.equal(run.code, 99, run.stderr.slice(-2000));
    assert.deepEqual(failedMetrics(run), ['server_cpu_percent', 'server_memory_mb']);
  });

  test('memory that keeps growing fails the growth threshold', async () => {
    const run = await probe({ growMbPerS: 10, env: { CPU_LIMIT: '100', MEMORY_LIMIT: '2048', GROWTH_LIMIT: '100' } });
    assert.equal(run.code, 99, run.stderr.slice(-2000));
    assert.deepEqual(failedMetrics(run), ['server_memory_growth_mb_per_min']);
    const growth = metric(run, 'server_memory_growth_mb_per_min')!.max;
    assert.ok(growth > 300 && growth < 900, `10 MB/s read as ${growth} MB/min`);
  });

  test('a sidecar killed mid-run: k6 runs to the end, counts the gap, and fails only when asked to', async () => {
    const started = Date.now();
    const run = await probe({
      holdMb: 50,
      env: { CPU_LIMIT: '100', MEMORY_LIMIT: '2048', FAIL_ON_MISSING: 'true' },
      during: async (pid) => {
        await new Promise((r) => setTimeout(r, 2500));
        process.kill(pid, 'SIGKILL');
      },
    });
    assert.ok(Date.now() - started >= DURATION_S * 1000, 'k6 ran its whole duration');
    assert.equal(run.code, 99, run.stderr.slice(-2000));
    assert.deepEqual(failedMetrics(run), ['server_samples_missing']);
    const missing = metric(run, 'server_samples_missing')!.count;
    assert.ok(missing >= 2 && missing <= DURATION_S, `${missing} polls counted missing`);
    assert.ok(metric(run, 'server_memory_mb')!.count >= 2, 'the samples before the kill were kept');
    assert.equal(metric(run, 'http_req_failed'), undefined, 'failed polls emit no http_req_failed samples');
  });
});
