// The sidecar's HTTP API: each sample served once to a cursor, the summary, and nothing but its
// documented GET routes; and its CLI refuses bad flags.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { Series } from '../../sidecar/series.ts';
import { createSidecarServer } from '../../sidecar/server.ts';

test('cursor, summary and read-only routes', async () => {
  const series = new Series('test source', 0);
  const server = createSidecarServer(series);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);
  const json = async (path: string): Promise<any> => (await get(path)).json();
  try {
    const t = Date.now();
    for (let i = 0; i < 3; i++) series.add({ t: t + i * 60_000, cpu_percent: 10 * (i + 1), cpu_cores_percent: 20 * (i + 1), memory_mb: 100 + i * 5, rss_mb: 120, processes: 1, source: 'test' });
    const first = await json('/samples?since=0');
    assert.deepEqual(first.samples.map((s: { seq: number }) => s.seq), [1, 2, 3]);
    assert.equal(first.next, 3);
    assert.deepEqual((await json(`/samples?since=${first.next}`)).samples, []);
    series.add({ t: t + 180_000, cpu_percent: 5, cpu_cores_percent: 10, memory_mb: 115, rss_mb: 120, processes: 1, source: 'test' });
    assert.deepEqual((await json('/samples?since=3')).samples.map((s: { seq: number }) => s.seq), [4]);
    const summary = await json('/summary');
    assert.equal(summary.cpu_percent_peak, 30);
    assert.equal(summary.memory_mb_peak, 115);
    assert.equal(summary.memory_growth_mb_per_min, 5);
    assert.equal((await get('/samples?since=-1')).status, 400);
    assert.equal((await get('/samples', { method: 'POST' })).status, 405);
    assert.equal((await get('/summary', { method: 'DELETE' })).status, 405);
    assert.equal((await get('/admin')).status, 404);
  } finally {
    server.close();
  }
});

test('the CLI refuses a missing or doubled source and bad numbers, naming the flag', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'sidecar/main.ts', ...args], { encoding: 'utf8', timeout: 20_000 });
  assert.match(run().stderr, /choose what to sample/);
  assert.match(run('--pid', '1', '--match', 'x').stderr, /choose one source, not --pid and --match/);
  assert.match(run('--pid', 'abc').stderr, /--pid "abc": expected a whole number/);
  assert.match(run('--pid', '1', '--interval-ms', '-5').stderr, /--interval-ms/);
  assert.match(run('--prometheus', 'nope').stderr, /--prometheus "nope": expected an http\(s\) URL/);
  assert.match(run('--pid', '1', '--bogus').stderr, /Unknown option '--bogus'/);
  assert.match(run('--promql', 'localhost:9090').stderr, /--promql "localhost:9090": expected an http\(s\) URL/);
  assert.match(run('--pid', '1', '--cpus', '2').stderr, /--cpus only applies to --prometheus and --promql/);
  assert.match(run('--prometheus', 'http://127.0.0.1:1/metrics', '--promql-cpu', 'x').stderr, /--promql-cpu only applies to --promql/);
  assert.match(run('--promql', 'http://127.0.0.1:1', '--promql-window', '5 minutes').stderr, /--promql-window "5 minutes": expected a PromQL duration/);
  assert.match(run('--promql', 'http://127.0.0.1:1', '--cpus', '0').stderr, /--cpus "0": expected a positive number/);
  const gone = run('--pid', '4194000');
  assert.equal(gone.status, 2);
  assert.match(gone.stderr, /no process 4194000/);
});

test('--match skips the processes that started the sidecar, whose command lines repeat the text', async () => {
  // As with `npm run sidecar -- --match X`: a wrapper whose command line holds X starts the sidecar,
  // and is older than the real target. Picking the wrapper would count the wrapper and the sidecar.
  const marker = `course-perf-lineage-${process.pid}`;
  const wrapper = spawn(
    process.execPath,
    // (the script path is split so that the wrapper's own command line does not name sidecar/main.ts)
    ['-e', `setTimeout(()=>require('node:child_process').spawn(process.execPath,['--import','tsx','sidecar'+'/main.ts','--match',process.argv[1],'--port','0','--interval-ms','200'],{stdio:'inherit'}),600)`, marker],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  await new Promise((r) => setTimeout(r, 200));
  const target = spawn(process.execPath, ['-e', 'globalThis.h=Buffer.alloc(64*1024*1024,1);setInterval(()=>{},1000)', marker], { stdio: 'ignore' });
  try {
    let output = '';
    wrapper.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no listening line: ${output}`)), 20_000);
      wrapper.stdout!.on('data', (chunk: Buffer) => {
        output += chunk;
        const found = /sidecar listening on (http:\/\/\S+)/.exec(output);
        if (found) {
          clearTimeout(timer);
          resolve(found[1]!);
        }
      });
    });
    let samples: { processes: number; memory_mb: number }[] = [];
    for (let i = 0; i < 40 && samples.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 250));
      samples = ((await (await fetch(`${url}/samples?since=0`)).json()) as { samples: typeof samples }).samples;
    }
    assert.ok(samples.length > 0, 'the sidecar produced samples');
    assert.equal(samples[0]!.processes, 1, 'the target alone, not the wrapper and the sidecar');
    assert.ok(samples[0]!.memory_mb > 64, `the target holds 64 MB, read ${samples[0]!.memory_mb}`);
  } finally {
    target.kill();
    process.kill(-wrapper.pid!, 'SIGTERM'); // the wrapper's process group: the wrapper and its sidecar
  }
});
