// Server resources of a pre-fork server (test/fixtures/sidecar/prefork-server.cjs: a primary and
// two workers, each with its own /metrics), end to end with real k6, the real sidecar and a real
// Prometheus server: a memory leak and a CPU burn in the workers fail the run with the right
// threshold through the process tree (--match) and through the Prometheus server (--promql); the
// single /metrics URL is refused, at start-up and when a worker is added mid-run, never read as
// if one worker were the server.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ProcessTreeSource } from '../../sidecar/proc-tree.ts';
import { type SidecarOptions, startSidecar } from '../../sidecar/process.ts';
import { PromqlSource } from '../../sidecar/promql.ts';
import { failedMetrics as failed, type K6Run, runK6 } from '../helpers/k6.ts';
import { type Prefork, type PreforkOptions, startPrefork } from '../helpers/prefork.ts';
import { PROMETHEUS, type PrometheusServer, startPrometheus } from '../helpers/prometheus-server.ts';
import { bundleResourcesProbe } from '../helpers/resources-probe.ts';
import { skipUnless } from '../helpers/tools.ts';

const DURATION_S = 6;
const CPUS = availableParallelism();
// The same limits for every run, so that each fault is seen to fail its own gate and not the other.
// Memory: the fixture holds ~35 MB PSS (~110 MB RSS in its workers) at rest; leaking 15 MB/s per
// worker, given a head start of LEAK_HEAD_START_MS before the run (the --promql runs have theirs
// while Prometheus gathers data), passes 200 MB within the run even when a busy machine slows the
// leak to half (without it a run peaked at 193 MB). CPU: 8 % of two CPUs (scaled to this machine's
// count). The leak's page faults cost ~2-4 % (twice the leak, 30 MB/s, read 8.1 %: a faster leak
// would cost the CPU gate its margin); burning a whole core per worker reads 100 % alone, and still
// 10-13 % on this 2-core machine when it is shared by ~15 runnable processes (load average).
const LIMITS = { MEMORY_LIMIT: '200', CPU_LIMIT: String(Math.round(8 * (2 / CPUS))) };
const LEAK: PreforkOptions = { leakMbPerS: 15 };
const LEAK_HEAD_START_MS = 4000;
const BURN: PreforkOptions = { burnShare: 1 };
const CPU_QUERY = (job: string) => `sum(rate(process_cpu_seconds_total{job="${job}"}[5s]))`;
const MEMORY_QUERY = (job: string) => `sum(process_resident_memory_bytes{job="${job}"})`;

let work: string;
let script: string;
before(async () => {
  work = mkdtempSync(join(tmpdir(), 'course-perf-prefork-'));
  script = await bundleResourcesProbe(work);
});
after(() => rmSync(work, { recursive: true, force: true }));

const stat = (run: K6Run, metric: string, name: string) => Number(run.summary?.metrics[metric]?.[name]);

/** A Prometheus server scraping each worker's own /metrics, ready once the CPU rate has data. */
async function prometheusFor(server: Prefork): Promise<PrometheusServer> {
  const prometheus = await startPrometheus({ prefork: server.workerMetrics });
  try {
    await prometheus.waitFor(`count(up{job="prefork"} == 1)`, (n) => n === server.workerMetrics.length);
    await prometheus.waitFor(CPU_QUERY('prefork'), () => true);
    return prometheus;
  } catch (error) {
    await prometheus.stop();
    throw error;
  }
}

/** k6 (the resources gates and a light load on the server) with the sidecar on the given source. */
async function gateRun(server: Prefork, source: SidecarOptions): Promise<K6Run> {
  const sidecar = await startSidecar({ ...source, intervalMs: 500, warmupS: 0 });
  try {
    return await runK6(script, {
      env: { SIDECAR_URL: sidecar.url, TARGET_URL: server.url, DURATION_S: String(DURATION_S), ...LIMITS },
      timeoutMs: 60_000,
    });
  } finally {
    await sidecar.stop();
  }
}

async function withPrefork<T>(options: PreforkOptions, body: (server: Prefork) => Promise<T>): Promise<T> {
  const server = await startPrefork(options);
  try {
    return await body(server);
  } finally {
    await server.stop();
  }
}

describe('a pre-fork server through the process tree (--match)', () => {
  test("the workers' leak fails the memory gate only, their burn the CPU gate only", async () => {
    const leak = await withPrefork(LEAK, async (server) => {
      await new Promise((r) => setTimeout(r, LEAK_HEAD_START_MS));
      return gateRun(server, { match: server.marker });
    });
    assert.equal(
      leak.code,
      99,
      `memory ${JSON.stringify(leak.summary?.metrics.server_memory_mb)}\n${leak.stderr.slice(-2000)}`,
    );
    assert.deepEqual(failed(leak), ['server_memory_mb'], `CPU p95 ${stat(leak, 'server_cpu_percent', 'p(95)')} %`);
    const burn = await withPrefork(BURN, (server) => gateRun(server, { match: server.marker }));
    assert.equal(
      burn.code,
      99,
      `CPU ${JSON.stringify(burn.summary?.metrics.server_cpu_percent)}\n${burn.stderr.slice(-2000)}`,
    );
    assert.deepEqual(failed(burn), ['server_cpu_percent'], `memory max ${stat(burn, 'server_memory_mb', 'max')} MB`);
    assert.equal(stat(burn, 'server_memory_mb', 'count') >= DURATION_S, true, 'the run was sampled throughout');
  });
});

describe('a pre-fork server through its single /metrics URL (--prometheus)', () => {
  for (const sched of ['rr', 'none'] as const) {
    test(`is refused at start-up, naming the other sources (${sched === 'rr' ? "Node's round robin" : 'the kernel picks the worker'})`, async () => {
      await withPrefork({ sched }, async (server) => {
        // A sidecar that starts anyway is stopped before the assertion fails, so no orphan outlives the test.
        const started = startSidecar({ prometheus: `${server.url}/metrics` }).then(async (sidecar) => {
          await sidecar.stop();
          return sidecar;
        });
        await assert.rejects(started, (error: Error) => {
          assert.match(error.message, /exited with code 2/);
          assert.match(error.message, /answers for more than one process/);
          assert.match(error.message, /--sidecar-match/);
          assert.match(error.message, /--sidecar-promql/);
          return true;
        });
      });
    });
  }

  test('one worker is read; a worker added mid-run stops the run (k6 exit 108) with the reason, not a silent pass', async () => {
    await withPrefork({ workers: 1, ...LEAK }, async (server) => {
      const sidecar = await startSidecar({ prometheus: `${server.url}/metrics`, intervalMs: 500, warmupS: 0 });
      try {
        const run = runK6(script, {
          env: { SIDECAR_URL: sidecar.url, DURATION_S: '8', MEMORY_LIMIT: '100000', CPU_LIMIT: '100' },
          timeoutMs: 60_000,
        });
        await new Promise((r) => setTimeout(r, 2500));
        await server.addWorker();
        const result = await run;
        assert.equal(result.code, 108, result.stderr.slice(-2000));
        assert.match(result.stderr, /sidecar refused its source: .*answers for more than one process/);
        assert.ok(
          stat(result, 'server_memory_mb', 'count') >= 2,
          'the single worker was read before the second one came',
        );
      } finally {
        await sidecar.stop();
      }
    });
  });
});

describe('a pre-fork server through a Prometheus server (--promql)', {
  skip: skipUnless(PROMETHEUS, 'prometheus'),
}, () => {
  test('reads what the workers report, in the units of the other sources', async () => {
    await withPrefork({ burnShare: 0.5 }, async (server) => {
      const prometheus = await prometheusFor(server);
      try {
        // Ground truth: the process tree over the same 5 s as the query's rate() window, and the
        // workers' own RSS (what process_resident_memory_bytes reports) from /proc.
        const tree = new ProcessTreeSource({ pid: server.pid });
        await tree.read();
        const started = Date.now();
        await new Promise((r) => setTimeout(r, 5000));
        const treeCores = (await tree.read()).cpuSeconds! / ((Date.now() - started) / 1000);
        const source = new PromqlSource({
          url: prometheus.url,
          cpuQuery: CPU_QUERY('prefork'),
          memoryQuery: MEMORY_QUERY('prefork'),
          cpus: 2,
        });
        const reading = await source.read();
        const rssMb = server.workerPids
          .map((pid) => Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024)
          .reduce((a, b) => a + b, 0);
        assert.ok(
          Math.abs(reading.memoryMb - rssMb) <= rssMb * 0.05,
          `read ${reading.memoryMb} MB, the workers hold ${rssMb} MB`,
        );
        assert.ok(treeCores > 0.1, `the workers got only ${treeCores} cores: nothing to measure`);
        assert.ok(
          Math.abs(reading.cpuCores! - treeCores) <= 0.1 + 0.25 * treeCores,
          `read ${reading.cpuCores} cores, /proc says the tree used ${treeCores}`,
        );
        assert.equal(await source.cpus(), 2);
      } finally {
        await prometheus.stop();
      }
    });
  });

  test("the workers' leak fails the memory gate only, their burn the CPU gate only", async () => {
    const through = (prometheus: PrometheusServer): SidecarOptions => ({
      promql: prometheus.url,
      promqlCpu: CPU_QUERY('prefork'),
      promqlMemory: MEMORY_QUERY('prefork'),
      cpus: CPUS,
    });
    const leak = await withPrefork(LEAK, async (server) => {
      const prometheus = await prometheusFor(server);
      return gateRun(server, through(prometheus)).finally(() => prometheus.stop());
    });
    assert.equal(
      leak.code,
      99,
      `memory ${JSON.stringify(leak.summary?.metrics.server_memory_mb)}\n${leak.stderr.slice(-2000)}`,
    );
    assert.deepEqual(failed(leak), ['server_memory_mb'], `CPU p95 ${stat(leak, 'server_cpu_percent', 'p(95)')} %`);
    const burn = await withPrefork(BURN, async (server) => {
      const prometheus = await prometheusFor(server);
      return gateRun(server, through(prometheus)).finally(() => prometheus.stop());
    });
    assert.equal(
      burn.code,
      99,
      `CPU ${JSON.stringify(burn.summary?.metrics.server_cpu_percent)}\n${burn.stderr.slice(-2000)}`,
    );
    assert.deepEqual(failed(burn), ['server_cpu_percent'], `memory max ${stat(burn, 'server_memory_mb', 'max')} MB`);
  });

  test('refuses to guess: no CPU count, several series, or nothing matched', async () => {
    await withPrefork({}, async (server) => {
      const prometheus = await prometheusFor(server);
      try {
        // The per-worker query must already see every worker (rate needs two scrapes of each), or the
        // sidecar rightly starts on the one series there is.
        await prometheus.waitFor(
          `count(rate(process_cpu_seconds_total{job="prefork"}[5s]))`,
          (n) => n === server.workerMetrics.length,
        );
        // The default CPU count is the containers' CPU limits (kube-state-metrics), which this server has not.
        const noCpus = startSidecar({
          promql: prometheus.url,
          promqlCpu: CPU_QUERY('prefork'),
          promqlMemory: MEMORY_QUERY('prefork'),
        });
        const perWorker = startSidecar({
          promql: prometheus.url,
          promqlCpu: `rate(process_cpu_seconds_total{job="prefork"}[5s])`,
          promqlMemory: MEMORY_QUERY('prefork'),
          cpus: 2,
        });
        const nothing = startSidecar({ promql: prometheus.url, promqlSelector: 'namespace="absent"', cpus: 2 });
        const [a, b, c] = await Promise.allSettled([noCpus, perWorker, nothing]);
        const reason = (r: PromiseSettledResult<unknown>) =>
          r.status === 'rejected' ? String((r.reason as Error).message) : 'the sidecar started';
        assert.match(reason(a), /refused: cannot tell how many CPUs.*--cpus N/s);
        assert.match(reason(b), /returned 2 series.*wrap it in sum/s);
        assert.match(
          reason(c),
          /container_(cpu_usage_seconds_total|memory_working_set_bytes)\{container!="",container!="POD",namespace="absent"\}.*returned no series/s,
        );
        for (const started of [a, b, c])
          if (started.status === 'fulfilled') await (started.value as { stop(): Promise<void> }).stop();
      } finally {
        await prometheus.stop();
      }
    });
  });
});
