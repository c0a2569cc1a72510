// The runner's --sidecar-promql end to end: a real Prometheus server scraping the demo platform's
// /metrics, `npm run perf -- --suite smoke` reading the platform's CPU and memory through it, and
// the reading held to the platform's own RSS from /proc.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { startDemoPlatform } from '../../runner/run/demo-process.ts';
import { LATENCY_GATES_OUT_OF_REACH } from '../helpers/gates-out-of-reach.ts';
import { PROMETHEUS, startPrometheus } from '../helpers/prometheus-server.ts';
import { runScript } from '../helpers/spawn.ts';
import { skipUnless } from '../helpers/tools.ts';

const rssMb = (pid: number) =>
  Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

test('npm run perf -- --sidecar-promql reads the demo platform through a Prometheus server', {
  skip: skipUnless(PROMETHEUS, 'prometheus'),
}, async () => {
  const reports = mkdtempSync(join(tmpdir(), 'course-perf-promql-runner-'));
  const platform = await startDemoPlatform();
  const prometheus = await startPrometheus({ demo: [new URL(platform.url).host] }).catch(async (error) => {
    await platform.stop();
    throw error;
  });
  try {
    const cpu = 'sum(rate(process_cpu_seconds_total{job="demo"}[5s]))';
    const memory = 'sum(process_resident_memory_bytes{job="demo"})';
    await prometheus.waitFor(cpu, () => true);
    const run = await runScript(
      'runner/cli/perf.ts',
      [
        '--suite',
        'smoke',
        '--base-url',
        platform.url,
        '--sidecar-promql',
        prometheus.url,
        '--sidecar-promql-cpu',
        cpu,
        '--sidecar-promql-memory',
        memory,
        '--sidecar-cpus',
        '2',
        '--reports-dir',
        reports,
      ],
      LATENCY_GATES_OUT_OF_REACH,
    ).done;
    // The server gates are judged here; the latency gates belong to other tests (on a crowded machine
    // they would fail without saying anything about the resources), so they are out of reach.
    assert.equal(run.code, 0, `exit ${run.code}\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
    const [runDir] = readdirSync(reports);
    const series = JSON.parse(readFileSync(join(reports, runDir!, 'server-resources.json'), 'utf8'));
    assert.match(
      series.summary.source,
      /^promql http:\/\/127\.0\.0\.1:\d+ \(sum\(rate\(process_cpu_seconds_total\{job="demo"\}/,
    );
    assert.ok(series.samples.length >= 2, `${series.samples.length} samples`);
    const truth = rssMb(platform.pid);
    const peak = series.summary.memory_mb_peak;
    assert.ok(
      Math.abs(peak - truth) <= truth * 0.15,
      `peak ${peak} MB through Prometheus, the platform holds ${truth} MB now`,
    );
    const results = JSON.parse(readFileSync(join(reports, runDir!, 'results.json'), 'utf8'));
    const server = (results.thresholds as { metric: string; ok: boolean; observed: number }[]).filter((t) =>
      t.metric.startsWith('server_'),
    );
    assert.deepEqual(server.map((t) => [t.metric, t.ok]).sort(), [
      ['server_cpu_percent', true],
      ['server_memory_mb', true],
    ]);
    // k6 gated samples the sidecar read: its max is one of the series' readings (the sidecar may read once more
    // after k6's last poll, so the series' own peak can be a little higher).
    const gated = server.find((t) => t.metric === 'server_memory_mb')!.observed;
    assert.ok(gated <= peak, `k6 gated ${gated} MB, above the series' peak ${peak} MB`);
    assert.ok(
      (series.samples as { memory_mb: number }[]).some((sample) => Math.abs(sample.memory_mb - gated) < 0.01),
      `k6's ${gated} MB is one of the sidecar's readings`,
    );
  } finally {
    await prometheus.stop();
    await platform.stop();
    rmSync(reports, { recursive: true, force: true });
  }
});
