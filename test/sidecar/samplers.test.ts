// The sidecar's sampling against ground truth: real processes that burn a known share of a core or
// hold a known amount of memory, a parent with busy children, and a Prometheus target that restarts
// mid-series. (Its arithmetic on what it reads, PID reuse included: test/unit/sidecar-arithmetic.test.ts.)
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { describe, test } from 'node:test';
import { ProcessTreeSource } from '../../sidecar/proc-tree.ts';
import { PrometheusSource, parsePromText } from '../../sidecar/prometheus.ts';
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
