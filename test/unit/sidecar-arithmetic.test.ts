// The sidecar's arithmetic on what it reads, without reading anything live: /proc stat lines and
// PID reuse, cgroup v2 files (a copied fixture folder), Prometheus text and the rules that tell one
// process's counters from another's, CPU percentages, and the summary of a series without a load mark.
// (test/sidecar/samplers.test.ts reads real processes and a real /metrics endpoint.)
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import { countCpuList, cpuTicksSince, type ProcStat, parseStat, pickRoot } from '../../sidecar/proc-tree.ts';
import { otherProcess, promValue, toScrape } from '../../sidecar/prometheus.ts';
import { cpuPercents } from '../../sidecar/sample.ts';
import { percentile, Series, slope } from '../../sidecar/series.ts';

describe('process tree arithmetic', () => {
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
});

test('without a load mark the summary covers every sample', () => {
  const series = new Series('test source', 0);
  const t = Date.now();
  for (let i = 1; i <= 3; i++)
    series.add({
      t: t + i * 1000,
      from: t + (i - 1) * 1000,
      cpu_percent: 10 * i,
      cpu_cores_percent: 20 * i,
      memory_mb: 100,
      rss_mb: 100,
      processes: 1,
      source: 'test',
    });
  const summary = series.summary();
  assert.deepEqual([summary.samples, summary.cpu_percent_peak, summary.load_window], [3, 30, null]);
});
