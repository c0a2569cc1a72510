// The sidecar's HTTP API: each sample served once to a cursor, the summary, the phase marks (only
// the load's samples make the summary), and nothing but its documented routes; and its CLI refuses
// bad flags.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { Series, type Summary } from '../../sidecar/series.ts';
import { createSidecarServer } from '../../sidecar/server.ts';
import { listenOnLoopback } from '../helpers/net.ts';

test('cursor, summary and the routes', async () => {
  const series = new Series('test source', 0);
  const server = createSidecarServer(series);
  const base = `http://127.0.0.1:${await listenOnLoopback(server)}`;
  const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);
  const json = async <T>(path: string) => (await get(path)).json() as Promise<T>;
  try {
    const t = Date.now();
    for (let i = 0; i < 3; i++)
      series.add({
        t: t + i * 60_000,
        from: t + i * 60_000 - 1000,
        cpu_percent: 10 * (i + 1),
        cpu_cores_percent: 20 * (i + 1),
        memory_mb: 100 + i * 5,
        rss_mb: 120,
        processes: 1,
        source: 'test',
      });
    const first = await json<{ samples: { seq: number }[]; next: number }>('/samples?since=0');
    assert.deepEqual(
      first.samples.map((s) => s.seq),
      [1, 2, 3],
    );
    assert.equal(first.next, 3);
    assert.deepEqual((await json<{ samples: unknown[] }>(`/samples?since=${first.next}`)).samples, []);
    series.add({
      t: t + 180_000,
      from: t + 179_000,
      cpu_percent: 5,
      cpu_cores_percent: 10,
      memory_mb: 115,
      rss_mb: 120,
      processes: 1,
      source: 'test',
    });
    assert.deepEqual(
      (await json<{ samples: { seq: number }[] }>('/samples?since=3')).samples.map((s) => s.seq),
      [4],
    );
    const summary = await json<Summary>('/summary');
    assert.equal(summary.cpu_percent_peak, 30);
    assert.equal(summary.memory_mb_peak, 115);
    assert.equal(summary.memory_growth_mb_per_min, 5);
    assert.equal((await get('/samples?since=-1')).status, 400);
    assert.equal((await get('/samples', { method: 'POST' })).status, 405);
    assert.equal((await get('/summary', { method: 'DELETE' })).status, 405);
    assert.equal((await get('/phase')).status, 405);
    assert.equal((await get('/admin')).status, 404);
  } finally {
    server.close();
  }
});

test('phases: setup before the load mark, teardown after the end mark, and the summary covers the load alone', async () => {
  const series = new Series('test source', 0);
  const server = createSidecarServer(series);
  const base = `http://127.0.0.1:${await listenOnLoopback(server)}`;
  const post = (body: string) =>
    fetch(`${base}/phase`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  // A sample covering the second that ends at `end`.
  const sample = (end: number, cpu: number, memory: number) =>
    series.add({
      t: end,
      from: end - 1000,
      cpu_percent: cpu,
      cpu_cores_percent: 2 * cpu,
      memory_mb: memory,
      rss_mb: memory,
      processes: 1,
      source: 'test',
    });
  try {
    const t = Date.now();
    sample(t + 1000, 90, 300); // seeding the dataset, before k6 said anything: setup
    const started = (await (await post('{"phase":"load"}')).json()) as { load_window: { from: number; to: null } };
    assert.ok(started.load_window.from >= t && started.load_window.to === null, JSON.stringify(started));
    const from = started.load_window.from;
    sample(from + 500, 85, 290); // its second began before the load: setup
    for (let i = 1; i <= 5; i++) sample(from + 500 + i * 1000, i, 100 + i); // the load: 1 MB more a second
    assert.deepEqual(
      ((await (await post('{"phase":"load"}')).json()) as { load_window: unknown }).load_window,
      { from, to: null },
      'a second start changes nothing',
    );
    series.mark('teardown', from + 5800);
    sample(from + 6500, 70, 400); // its second reaches past the end: teardown
    series.mark('teardown', from + 9000); // a second end changes nothing
    const served = (
      (await (await fetch(`${base}/samples?since=0`)).json()) as { samples: { phase: string }[] }
    ).samples.map((s) => s.phase);
    assert.deepEqual(served, ['setup', 'setup', 'load', 'load', 'load', 'load', 'load', 'teardown']);
    const summary = (await (await fetch(`${base}/summary`)).json()) as Summary;
    assert.deepEqual(
      {
        samples: summary.samples,
        peak: summary.cpu_percent_peak,
        p95: summary.cpu_percent_p95,
        memory: summary.memory_mb_peak,
        last: summary.memory_mb_last,
        growth: summary.memory_growth_mb_per_min,
      },
      { samples: 5, peak: 5, p95: 5, memory: 105, last: 105, growth: 60 },
    );
    assert.deepEqual(summary.load_window, { from, to: from + 5800 });
    assert.deepEqual(summary.setup, { samples: 2, cpu_percent_peak: 90, cpu_percent_p95: 90, memory_mb_peak: 300 });
    assert.deepEqual(summary.teardown, { samples: 1, cpu_percent_peak: 70, cpu_percent_p95: 70, memory_mb_peak: 400 });

    // The next run's load: a new window, and the summary covers it alone.
    series.mark('load', from + 10_000);
    sample(from + 11_000, 3, 150);
    const next = (await (await fetch(`${base}/summary`)).json()) as Summary;
    assert.deepEqual(
      [next.samples, next.cpu_percent_peak, next.load_window],
      [1, 3, { from: from + 10_000, to: null }],
    );

    const refused = async (body: string) => {
      const res = await post(body);
      return [res.status, ((await res.json()) as { error: string }).error];
    };
    assert.deepEqual(await refused('load'), [
      400,
      'body "load" is not JSON: send {"phase":"load"} when the load starts, {"phase":"teardown"} when it ends',
    ]);
    assert.deepEqual(await refused('{"phase":"setup"}'), [
      400,
      'phase "setup": expected "load" (the load starts) or "teardown" (it ended)',
    ]);
  } finally {
    server.close();
  }
});

test('the CLI refuses a missing or doubled source and bad numbers, naming the flag', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'sidecar/main.ts', ...args], { encoding: 'utf8', timeout: 20_000 });
  assert.match(run().stderr, /choose what to sample/);
  assert.match(run('--pid', '1', '--match', 'x').stderr, /choose one source, not --pid and --match/);
  assert.match(run('--pid', 'abc').stderr, /--pid "abc": expected a whole number/);
  assert.match(run('--pid', '1', '--interval-ms', '-5').stderr, /--interval-ms/);
  assert.match(run('--prometheus', 'nope').stderr, /--prometheus "nope": expected an http\(s\) URL/);
  assert.match(run('--pid', '1', '--bogus').stderr, /Unknown option '--bogus'/);
  assert.match(run('--promql', 'localhost:9090').stderr, /--promql "localhost:9090": expected an http\(s\) URL/);
  assert.match(run('--pid', '1', '--cpus', '2').stderr, /--cpus only applies to --prometheus and --promql/);
  assert.match(
    run('--prometheus', 'http://127.0.0.1:1/metrics', '--promql-cpu', 'x').stderr,
    /--promql-cpu only applies to --promql/,
  );
  assert.match(
    run('--promql', 'http://127.0.0.1:1', '--promql-window', '5 minutes').stderr,
    /--promql-window "5 minutes": expected a PromQL duration/,
  );
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
    [
      '-e',
      `setTimeout(()=>require('node:child_process').spawn(process.execPath,['--import','tsx','sidecar'+'/main.ts','--match',process.argv[1],'--port','0','--interval-ms','200'],{stdio:'inherit'}),600)`,
      marker,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  await new Promise((r) => setTimeout(r, 200));
  const target = spawn(
    process.execPath,
    ['-e', 'globalThis.h=Buffer.alloc(64*1024*1024,1);setInterval(()=>{},1000)', marker],
    { stdio: 'ignore' },
  );
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
