// The server-resource gates judge the load, not the suite's own setup, end to end: `npm run load`
// (a fresh demo platform, the real sidecar and k6) whose setup seeds a large dataset (8,000
// courses: the busiest seconds of a short run) under a light load (2 users, default think time).
// The CPU limit sits between the two, so a gate over every sample, setup's included, would fail:
// the run passes on the load's samples, shows setup's apart, and a CPU burn during the load still
// fails it. Latency is not the subject: its gates are set out of reach.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ROOT } from '../../runner/k6/build-if-stale.ts';
import { percentile, type Summary } from '../../sidecar/series.ts';
import { LATENCY_GATES_OUT_OF_REACH } from '../helpers/gates-out-of-reach.ts';

const reportsRoot = mkdtempSync(join(tmpdir(), 'load-window-'));
after(() => rmSync(reportsRoot, { recursive: true, force: true }));

/** % of the CPUs available to the demo: setup's busiest seconds reach 25-50 % here, the load's p95 about 1 %. */
const CPU_LIMIT = 8;
const RUN = {
  PERFORMANCE_CONCURRENT_USERS: '2',
  PERFORMANCE_TEST_DURATION: '20',
  PERFORMANCE_RAMP_UP: '1',
  PERFORMANCE_RAMP_DOWN: '1',
  // 1,000 courses for each of the 8 regular and power accounts the 2 users' VU ids reach: ~7 s of setup.
  PERFORMANCE_DATASET_COURSES: '1000',
  // Made by setup through the API, as on any platform: the demo platform would otherwise make it at start.
  PERFORMANCE_DATASET_RESEED: 'true',
  GENERATION_CHAPTERS: '1',
  PERFORMANCE_CPU_LIMIT: String(CPU_LIMIT),
  ...LATENCY_GATES_OUT_OF_REACH,
};

interface Run {
  code: number | null;
  stdout: string;
  dir: string;
}

/** npm run load in its own process group, killed as a group if it outlives the timeout. */
function runLoad(name: string, args: string[]): Promise<Run> {
  const root = join(reportsRoot, name);
  const child = spawn(process.execPath, ['--import', 'tsx', 'runner/cli/load.ts', '--reports-dir', root, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...RUN, K6_NO_USAGE_REPORT: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 150_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      const [folder] = readdirSync(root);
      assert.ok(folder, `no run folder under ${root}:\n${stdout.slice(-2000)}\n${stderr.slice(-2000)}`);
      resolve({ code, stdout: `${stdout}\n${stderr}`, dir: join(root, folder) });
    }),
  );
}

interface Sample {
  seq: number;
  cpu_percent: number;
  memory_mb: number;
  phase: 'setup' | 'load' | 'teardown';
}

const read = (run: Run, file: string) => JSON.parse(readFileSync(join(run.dir, file), 'utf8'));
const p95 = (samples: Sample[]) =>
  percentile(
    samples.map((s) => s.cpu_percent),
    95,
  )!;

/** The sidecar's samples and k6's own figures of one run. */
function figuresOf(run: Run) {
  const server: { summary: Summary; samples: Sample[] } = read(run, 'server-resources.json');
  const samples = server.samples;
  const metrics = read(run, 'summary.json').metrics;
  const gate = read(run, 'results.json').thresholds.find((t: { metric: string }) => t.metric === 'server_cpu_percent');
  return {
    summary: server.summary,
    setup: samples.filter((s) => s.phase === 'setup'),
    load: samples.filter((s) => s.phase === 'load'),
    all: samples,
    k6Cpu: metrics.server_cpu_percent.values as Record<string, number>,
    k6Growth: metrics.server_memory_growth_mb_per_min?.values.max as number | undefined,
    gate: gate as { expression: string; ok: boolean; observed: number },
  };
}

describe('server resources: the load is gated, setup is shown', () => {
  test('a light load after a heavy setup passes its CPU gate; setup is kept in the reports, not gated', async () => {
    const run = await runLoad('healthy', []);
    const f = figuresOf(run);
    console.log(
      `CPU p95 (% of the CPUs): setup ${p95(f.setup)} over ${f.setup.length} samples, load ${p95(f.load)} over ${f.load.length}, ` +
        `every sample ${p95(f.all)}; k6's gated p95 ${f.k6Cpu['p(95)']} (limit ${CPU_LIMIT})`,
    );
    assert.equal(run.code, 0, run.stdout.slice(-3000));
    // The subject: setup's samples would have owned a gate over every sample; the load's pass it.
    assert.ok(f.setup.length >= 3, `${f.setup.length} setup samples`);
    assert.ok(
      p95(f.all) >= CPU_LIMIT,
      `a gate over every sample would have passed too (p95 ${p95(f.all)}): setup was not heavy enough to test anything`,
    );
    assert.ok(p95(f.load) < CPU_LIMIT, `the light load's p95 ${p95(f.load)}`);
    assert.deepEqual([f.gate.expression, f.gate.ok], [`p(95)<=${CPU_LIMIT}`, true]);

    // k6 gated exactly the sidecar's load samples: none of setup's, none missed.
    assert.equal(f.k6Cpu.count, f.load.length, 'k6 took every load sample');
    assert.equal(f.k6Cpu.max, Math.max(...f.load.map((s) => s.cpu_percent)), "k6's peak is the load's, not setup's");
    assert.deepEqual(
      [f.summary.samples, f.summary.cpu_percent_p95, f.summary.setup.samples],
      [f.load.length, p95(f.load), f.setup.length],
    );
    assert.ok(f.summary.load_window!.to! > f.summary.load_window!.from, JSON.stringify(f.summary.load_window));
    assert.equal(
      f.k6Growth,
      f.summary.memory_growth_mb_per_min,
      "teardown's growth figure is the sidecar's, over the same window",
    );

    // Shown: on the console after k6's summary, and in report.html's table and charts.
    const line =
      /server resources outside the load \(shown, not gated\): setup (\d+) samples \(CPU p95 ([\d.]+) %/.exec(
        run.stdout,
      );
    assert.ok(line, run.stdout.slice(-2000));
    assert.deepEqual([Number(line[1]), Number(line[2])], [f.setup.length, Number(p95(f.setup).toFixed(1))]);
    const html = readFileSync(join(run.dir, 'report.html'), 'utf8');
    assert.match(
      html,
      /<table id="server-phases">.*<tr class="phase-setup"><td>setup<\/td><td>\d+<\/td>.*<td>no \(shown only\)<\/td><\/tr><tr class="phase-load"><td>load<\/td>.*<td>yes<\/td>/s,
    );
    const series = JSON.parse(/<script type="application\/json" id="series">(.*?)<\/script>/s.exec(html)![1]!);
    assert.deepEqual(
      [
        series.serverPhase.filter((p: string) => p === 'setup').length,
        series.serverPhase.filter((p: string) => p === 'load').length,
      ],
      [f.setup.length, f.load.length],
    );
  });

  test('a CPU burn during the load still fails the CPU gate (exit 99)', async () => {
    // One core of the demo's burnt: about 50 % of 2 CPUs, in every second of the load.
    const run = await runLoad('burn', ['--faults', 'cpu:share=1']);
    const f = figuresOf(run);
    console.log(
      `CPU p95 with a burn (% of the CPUs): setup ${p95(f.setup)}, load ${p95(f.load)}; k6's gated p95 ${f.k6Cpu['p(95)']} (limit ${CPU_LIMIT})`,
    );
    assert.equal(run.code, 99, run.stdout.slice(-3000));
    assert.equal(f.gate.ok, false, JSON.stringify(f.gate));
    assert.ok(f.k6Cpu['p(95)']! >= CPU_LIMIT && p95(f.load) >= CPU_LIMIT, `load p95 ${p95(f.load)}`);
    assert.equal(f.k6Cpu.count, f.load.length);
  });
});
