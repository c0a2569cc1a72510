// The sidecar's sampling against ground truth: real processes that burn a known share of a core or
// hold a known amount of memory, a parent with busy children, PID reuse, and a Prometheus target
// that restarts mid-series.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  CgroupSource,
  parseUsageUsec,
  quotaCpus,
  quotaCpusV1,
  resolveCgroupDir,
  statField,
} from '../../sidecar/cgroup.ts';
import {
  countCpuList,
  cpuTicksSince,
  ProcessTreeSource,
  type ProcStat,
  parseStat,
  pickRoot,
} from '../../sidecar/proc-tree.ts';
import { otherProcess, PrometheusSource, parsePromText, promValue, toScrape } from '../../sidecar/prometheus.ts';
import { cpuPercents } from '../../sidecar/sample.ts';
import { percentile, slope } from '../../sidecar/series.ts';
import { cpuTarget, readAndTruth } from '../helpers/cpu-target.ts';
import { listenOnLoopback } from '../helpers/net.ts';

const HOLD = (mb: number) => `globalThis.h=Buffer.allocUnsafe(${mb}*1024*1024).fill(7);setInterval(()=>{},1000)`;
const IDLE = 'setInterval(()=>{},1000)';
function node(code: string): ChildProcess {
  return spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('process tree source against ground truth', () => {
  test('a process burning 50 % of a core reads its true share ± 5 points', async () => {
    const burner = cpuTarget({ share: 0.5 });
    try {
      await sleep(300);
      const { read, truth } = await readAndTruth(new ProcessTreeSource({ pid: burner.pid! }), burner, 3);
      assert.ok(truth > 10, `the burner got only ${truth} % of a core: nothing to measure`);
      assert.ok(truth < 55, `the burner overshot its 50 % share: ${truth} %`);
      assert.ok(Math.abs(read - truth) <= 5, `read ${read} %, the process used ${truth} %`);
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
    const parent = cpuTarget({ share: 0.3, children: 2 }); // parent and two children, 30 % of a core each
    try {
      await sleep(800);
      const source = new ProcessTreeSource({ pid: parent.pid! });
      const { read, truth } = await readAndTruth(source, parent, 3);
      assert.ok(truth > 30, `the three processes got only ${truth} % of a core together`);
      assert.ok(Math.abs(read - truth) <= 5, `read ${read} %, the tree used ${truth} %`);
      assert.equal((await source.read()).processes, 3);
    } finally {
      parent.kill('SIGKILL'); // the children exit when their IPC channel closes
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
    assert.equal(quotaCpusV1('-1\n', '100000\n'), undefined);
    assert.equal(quotaCpusV1('200000\n', '100000\n'), 2);
    assert.equal(statField('anon 100\ninactive_file 4096\n', 'inactive_file'), 4096);
  });

  test('a cgroup v2 directory: CPU delta of usage_usec, memory.current minus inactive_file, quota from cpu.max', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'course-perf-cgroup-'));
    try {
      cpSync(new URL('../fixtures/sidecar/cgroup-v2/', import.meta.url).pathname, dir, { recursive: true });
      assert.equal(resolveCgroupDir(dir), dir);
      const source = new CgroupSource(dir);
      const first = await source.read();
      assert.equal(first.cpuSeconds, undefined);
      assert.equal(first.memoryMb, 200, '300 MB current - 100 MB inactive_file');
      assert.equal(await source.cpus(), 0.5, 'cpu.max 50000/100000');
      const stat = readFileSync(join(dir, 'cpu.stat'), 'utf8');
      writeFileSync(
        join(dir, 'cpu.stat'),
        stat.replace(/usage_usec (\d+)/, (_m, n: string) => `usage_usec ${Number(n) + 750_000}`),
      );
      assert.equal((await source.read()).cpuSeconds, 0.75);
      // 0.75 s over 1 s on a 0.5-CPU quota: 75 % per core, 100 % of what the container may use.
      assert.deepEqual(cpuPercents(0.75, 1, await source.cpus()), { cpu_cores_percent: 75, cpu_percent: 100 });
      assert.throws(() => resolveCgroupDir(join(dir, 'nope')), /--cgroup .*nope.*no cpu\.stat/);
      rmSync(join(dir, 'memory.current'));
      await assert.rejects(source.read(), /cannot read .*memory\.current \(ENOENT\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the root of matching processes is the oldest whose parent does not match', () => {
    const stat = (pid: number, ppid: number, startTime: number): ProcStat => ({ pid, ppid, startTime, cpuTicks: 0 });
    // A master (pid 900) with two workers, and a later unrelated match with a lower (wrapped) pid.
    assert.equal(pickRoot([stat(120, 1, 9000), stat(901, 900, 5001), stat(900, 1, 5000), stat(902, 900, 5002)]), 900);
    assert.equal(pickRoot([]), undefined);
  });

  test('Prometheus text: plain and labelled samples', () => {
    assert.equal(promValue('process_cpu_seconds_total 12.5\n', 'process_cpu_seconds_total'), 12.5);
    assert.equal(
      promValue('# HELP x\nprocess_resident_memory_bytes{job="api"} 1.048576e+08\n', 'process_resident_memory_bytes'),
      104857600,
    );
    assert.equal(promValue('process_cpu_seconds_total_other 1\n', 'process_cpu_seconds_total'), undefined);
  });

  test('percent of the available CPUs and the per-core sum', () => {
    assert.deepEqual(cpuPercents(1.5, 1, 2), { cpu_cores_percent: 150, cpu_percent: 75 });
    assert.deepEqual(cpuPercents(5, 1, 2), { cpu_cores_percent: 500, cpu_percent: 100 });
    assert.deepEqual(cpuPercents(1, 0, 2), { cpu_percent: 0, cpu_cores_percent: 0 });
    assert.equal(percentile([1, 2, 3, 4, 100], 95), 100);
    assert.equal(
      slope([
        { x: 0, y: 1 },
        { x: 1, y: 3 },
        { x: 2, y: 5 },
      ]),
      2,
    );
    assert.equal(slope([{ x: 0, y: 1 }]), null);
  });
});

test('a Prometheus target that restarts mid-series gives no negative or huge CPU spike', async () => {
  // A fake exporter on loopback: CPU counter climbs 0.5 s per read, then the process "restarts".
  let cpu = 100;
  let start = Math.floor(Date.now() / 1000) - 600;
  const server = createServer((_req, res) => {
    res.end(
      `# TYPE process_cpu_seconds_total counter\nprocess_cpu_seconds_total ${cpu}\nprocess_resident_memory_bytes ${200 * 1024 * 1024}\nprocess_start_time_seconds ${start}\n`,
    );
  });
  const port = await listenOnLoopback(server);
  try {
    const source = new PrometheusSource(`http://127.0.0.1:${port}/metrics`, 2);
    assert.equal((await source.read()).cpuSeconds, undefined);
    cpu += 0.5;
    assert.equal((await source.read()).cpuSeconds, 0.5);
    cpu = 0.25; // restarted: the counter starts again, in a process that started after the last scrape
    start = Math.floor(Date.now() / 1000);
    const afterRestart = await source.read();
    assert.equal(afterRestart.cpuSeconds, 0.25);
    assert.equal(afterRestart.memoryMb, 200);
    cpu = 0.75;
    assert.equal((await source.read()).cpuSeconds, 0.5);
  } finally {
    server.close();
  }
});

describe('a /metrics endpoint answered by several processes', () => {
  const now = Date.now() / 1000;
  const text = (cpu: number, start: number, requests: number) =>
    `# TYPE process_cpu_seconds_total counter\nprocess_cpu_seconds_total ${cpu}\nprocess_resident_memory_bytes 1e8\nprocess_start_time_seconds ${start}\n# TYPE http_requests counter\nhttp_requests_total{route="/"} ${requests}\n`;
  const scrape = (cpu: number, start: number, requests: number, at = now) => toScrape(text(cpu, start, requests), at);

  test('one process: counters up, same start time; a restart moves the start time past the previous scrape', () => {
    assert.equal(otherProcess(scrape(5, now - 100, 10), scrape(5.2, now - 100, 12, now + 1), new Set()), undefined);
    assert.equal(otherProcess(scrape(5, now - 100, 10), scrape(0.1, now + 0.5, 0, now + 1), new Set()), undefined);
  });

  test('two workers started together (same start time): a counter that goes down is another process', () => {
    const reason = otherProcess(scrape(5, now - 100, 10), scrape(3, now - 100, 12, now + 1), new Set());
    assert.match(reason!, /process_cpu_seconds_total went down from 5 to 3 with no restart/);
  });

  test('a start time that goes back, or forward to before the previous scrape, is another process', () => {
    assert.match(otherProcess(scrape(5, now - 100, 10), scrape(6, now - 200, 12, now + 1), new Set())!, /went back/);
    assert.match(
      otherProcess(scrape(5, now - 100, 10), scrape(6, now - 50, 12, now + 1), new Set())!,
      /already running at the previous scrape/,
    );
    assert.match(
      otherProcess(scrape(1, now + 0.5, 1, now + 1), scrape(6, now - 100, 12, now + 2), new Set([`=${now - 100}`]))!,
      /answered again/,
    );
  });

  test('processes reported as labelled series in one scrape are summed, each differenced on its own', async () => {
    let [a, b] = [1, 2];
    const series = () =>
      `process_cpu_seconds_total{pid="1"} ${a}\nprocess_cpu_seconds_total{pid="2"} ${b}\nprocess_resident_memory_bytes{pid="1"} 104857600\nprocess_resident_memory_bytes{pid="2"} 52428800\n`;
    const server = createServer((_req, res) => res.end(series()));
    const port = await listenOnLoopback(server);
    try {
      const source = new PrometheusSource(`http://127.0.0.1:${port}/metrics`, 2);
      await source.read();
      [a, b] = [1.25, 2.5];
      assert.deepEqual(await source.read(), { cpuSeconds: 0.75, memoryMb: 150, rssMb: 150, processes: 2 });
    } finally {
      server.close();
    }
    assert.deepEqual(parsePromText('a{x="}\\" y"} 1\n').samples, [{ name: 'a', labels: '{x="}\\" y"}', value: 1 }]);
  });
});
