// The sidecar's sampling against ground truth: real processes that burn a known share of a core or
// hold a known amount of memory, a parent with busy children, PID reuse, and a Prometheus target
// that restarts mid-series.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { describe, test } from 'node:test';
import { countCpuList, cpuTicksSince, parseStat, ProcessTreeSource, type ProcStat } from '../../sidecar/proc-tree.ts';
import { PrometheusSource } from '../../sidecar/prometheus.ts';
import { parseUsageUsec, quotaCpus, statField } from '../../sidecar/cgroup.ts';
import { cpuPercents } from '../../sidecar/sample.ts';
import { percentile, slope } from '../../sidecar/series.ts';

/** Burns `share` of one core: busy for share x 20 ms of every 20 ms window. */
const BURN = (share: number) => `const w=20,b=w*${share};(function t(){const s=Date.now();while(Date.now()-s<b){}setTimeout(t,w-b)})()`;
const HOLD = (mb: number) => `globalThis.h=Buffer.allocUnsafe(${mb}*1024*1024).fill(7);setInterval(()=>{},1000)`;
const IDLE = 'setInterval(()=>{},1000)';

function node(code: string): ChildProcess {
  return spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** cpu_cores_percent of the tree over `seconds`, measured the way the sidecar does. */
async function measuredCoresPercent(source: ProcessTreeSource, seconds: number): Promise<number> {
  await source.read();
  const started = Date.now();
  await sleep(seconds * 1000);
  const reading = await source.read();
  return cpuPercents(reading.cpuSeconds!, (Date.now() - started) / 1000, 1).cpu_cores_percent;
}

describe('process tree source against ground truth', () => {
  test('a process burning 50 % of a core reads 50 ± 5 points', async () => {
    const burner = node(BURN(0.5));
    try {
      await sleep(300);
      const percent = await measuredCoresPercent(new ProcessTreeSource({ pid: burner.pid! }), 3);
      assert.ok(Math.abs(percent - 50) <= 5, `read ${percent} %`);
    } finally {
      burner.kill();
    }
  });

  test('a process holding 200 MB reads 200 MB more than an idle one, within 5 %', async () => {
    const idle = node(IDLE);
    const holder = node(HOLD(200));
    try {
      await sleep(1000);
      const base = await new ProcessTreeSource({ pid: idle.pid! }).read();
      const held = await new ProcessTreeSource({ pid: holder.pid! }).read();
      const extra = held.memoryMb - base.memoryMb;
      assert.ok(Math.abs(extra - 200) <= 10, `PSS grew by ${extra} MB`);
      assert.ok(held.rssMb >= held.memoryMb - 1, 'RSS is never below PSS');
    } finally {
      idle.kill();
      holder.kill();
    }
  });

  test('a parent with busy children counts the children', async () => {
    const parent = spawn(process.execPath, ['-e', `const {spawn}=require('node:child_process');for(let i=0;i<2;i++)spawn(process.execPath,['-e',${JSON.stringify(BURN(0.3))}],{stdio:'inherit'});setInterval(()=>{},1000)`], { stdio: 'ignore' });
    try {
      await sleep(800);
      const source = new ProcessTreeSource({ pid: parent.pid! });
      const percent = await measuredCoresPercent(source, 3);
      assert.ok(Math.abs(percent - 60) <= 10, `read ${percent} % for two children at 30 % each`);
      assert.equal((await source.read()).processes, 3);
    } finally {
      spawn('pkill', ['-P', String(parent.pid)]);
      parent.kill();
    }
  });

  test('--match finds the oldest matching process', async () => {
    const marker = `course-perf-match-${process.pid}`;
    const target = spawn(process.execPath, ['-e', IDLE, marker], { stdio: 'ignore' });
    try {
      await sleep(300);
      const source = new ProcessTreeSource({ match: marker });
      assert.equal((await source.read()).processes, 1);
      await assert.rejects(new ProcessTreeSource({ match: `${marker}-absent` }).read(), /no process matches/);
    } finally {
      target.kill();
    }
  });

  test('a PID reused by a new process is not differenced against the old one', () => {
    const old: ProcStat = { pid: 4242, ppid: 1, startTime: 1000, cpuTicks: 900 };
    const reused: ProcStat = { pid: 4242, ppid: 1, startTime: 5000, cpuTicks: 30 };
    const first = cpuTicksSince(new Map(), [old]);
    // Same PID, new start time, fewer ticks: the new process's 30 ticks, never 30 - 900.
    assert.equal(cpuTicksSince(first.current, [reused]).ticks, 30);
    assert.equal(cpuTicksSince(first.current, [{ ...old, cpuTicks: 950 }]).ticks, 50);
  });

  test('parses /proc/<pid>/stat with spaces and parentheses in the command name', () => {
    const line = '123 (my (odd) name) S 45 123 123 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 1 0 777 1000 10';
    assert.deepEqual(parseStat(line), { pid: 123, ppid: 45, cpuTicks: 300, startTime: 777 });
    assert.equal(countCpuList('0-3,6'), 5);
    assert.equal(countCpuList('0'), 1);
  });
});

describe('cgroup and arithmetic', () => {
  test('cgroup v2 files', () => {
    assert.equal(parseUsageUsec('usage_usec 123456\nuser_usec 1\n'), 123456);
    assert.equal(quotaCpus('150000 100000', 8), 1.5);
    assert.equal(quotaCpus('max 100000', 8), 8);
    assert.equal(statField('anon 100\ninactive_file 4096\n', 'inactive_file'), 4096);
  });

  test('percent of the available CPUs and the per-core sum', () => {
    assert.deepEqual(cpuPercents(1.5, 1, 2), { cpu_cores_percent: 150, cpu_percent: 75 });
    assert.deepEqual(cpuPercents(5, 1, 2), { cpu_cores_percent: 500, cpu_percent: 100 });
    assert.deepEqual(cpuPercents(1, 0, 2), { cpu_percent: 0, cpu_cores_percent: 0 });
    assert.equal(percentile([1, 2, 3, 4, 100], 95), 100);
    assert.equal(slope([{ x: 0, y: 1 }, { x: 1, y: 3 }, { x: 2, y: 5 }]), 2);
    assert.equal(slope([{ x: 0, y: 1 }]), null);
  });
});

test('a Prometheus target that restarts mid-series gives no negative or huge CPU spike', async () => {
  // A fake exporter on loopback: CPU counter climbs 0.5 s per read, then the process "restarts".
  let cpu = 100;
  let start = 1_700_000_000;
  const server = createServer((_req, res) => {
    res.end(`# TYPE process_cpu_seconds_total counter\nprocess_cpu_seconds_total ${cpu}\nprocess_resident_memory_bytes ${200 * 1024 * 1024}\nprocess_start_time_seconds ${start}\n`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  try {
    const source = new PrometheusSource(`http://127.0.0.1:${port}/metrics`, 2);
    assert.equal((await source.read()).cpuSeconds, undefined);
    cpu += 0.5;
    assert.equal((await source.read()).cpuSeconds, 0.5);
    cpu = 0.25; // restarted: the counter starts again
    start += 60;
    const afterRestart = await source.read();
    assert.equal(afterRestart.cpuSeconds, 0.25);
    assert.equal(afterRestart.memoryMb, 200);
    cpu = 0.75;
    assert.equal((await source.read()).cpuSeconds, 0.5);
  } finally {
    server.close();
  }
});
