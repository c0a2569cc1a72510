// DEMO_FAULTS on a real platform process: a bad one stops it at start, naming the part; each fault
// does what it says. (The parser alone: test/unit/faults-syntax.test.ts.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { type DemoPlatform, startDemoPlatform } from '../../runner/run/demo-process.ts';
import { call, login, waitForJob } from '../helpers/http.ts';

describe('DEMO_FAULTS at start', () => {
  test('the platform refuses to start with invalid DEMO_FAULTS and names the part', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'demo-platform/main.ts'], {
      env: { ...process.env, PORT: '0', DEMO_DATA_DIR: ':memory:', DEMO_FAULTS: 'latency:route=nope,ms=1' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /DEMO_FAULTS "latency:route=nope,ms=1": unknown route "nope"/);
  });

  test('the platform refuses command-line flags (its settings are environment variables) and exits 2', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'demo-platform/main.ts', '--port', '9'], {
      env: { ...process.env, PORT: '0', DEMO_DATA_DIR: ':memory:' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /takes no arguments \(got --port 9\).*PORT=0 npm run demo/);
  });
});

async function withPlatform<T>(
  faults: string,
  body: (platform: DemoPlatform) => Promise<T>,
  env: Record<string, string> = {},
): Promise<T> {
  const platform = await startDemoPlatform({ faults, env });
  try {
    return await body(platform);
  } finally {
    await platform.stop();
  }
}

async function metric(url: string, name: string): Promise<number> {
  const text = (await call(url, 'GET', '/metrics')).text;
  return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
}

const cpuSecondsOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, clock ticks (100/s on Linux)
};

describe('each fault on a running platform', () => {
  test('faults are logged at start', async () => {
    await withPlatform('latency:route=health,ms=5', async (platform) => {
      assert.match(platform.logs(), /faults active \(DEMO_FAULTS\).*latency health \+5ms/);
    });
  });

  test('latency adds the time to that route only', async () => {
    await withPlatform('latency:route=course_get,ms=300', async (platform) => {
      const token = await login(platform.url, 'power');
      const course = await call(platform.url, 'POST', '/api/v1/courses', {
        token,
        body: { title: 't', topic: 't', level: 'beginner', chapter_count: 1 },
      });
      let started = Date.now();
      await call(platform.url, 'GET', `/api/v1/courses/${course.json.id}`, { token });
      assert.ok(Date.now() - started >= 300);
      started = Date.now();
      await call(platform.url, 'GET', '/api/v1/courses', { token });
      assert.ok(Date.now() - started < 200);
    });
  });

  test('errors at rate 1 answer 500 on that route, with an error body', async () => {
    await withPlatform('errors:route=courses_list,rate=1', async (platform) => {
      const token = await login(platform.url, 'regular');
      const answer = await call(platform.url, 'GET', '/api/v1/courses', { token });
      assert.equal(answer.status, 500);
      assert.equal(answer.json.error.code, 'injected_fault');
      assert.equal((await call(platform.url, 'GET', '/health')).status, 200);
    });
  });

  test('hang accepts the request and never answers', async () => {
    await withPlatform('hang:route=health', async (platform) => {
      await assert.rejects(call(platform.url, 'GET', '/health', { timeoutMs: 1000 }), /timeout|aborted/i);
    });
  });

  test('garbage answers 200 with non-JSON, the wrong shape, or a huge body', async () => {
    await withPlatform(
      'garbage:route=health,mode=html;garbage:route=courses_list,mode=shape;garbage:route=admin_stats,mode=huge,mb=3',
      async (platform) => {
        const html = await call(platform.url, 'GET', '/health');
        assert.equal(html.status, 200);
        assert.equal(html.json, undefined);
        const token = await login(platform.url, 'admin');
        const shape = await call(platform.url, 'GET', '/api/v1/courses', { token });
        assert.equal(shape.status, 200);
        assert.equal(shape.json.items, undefined);
        const huge = await call(platform.url, 'GET', '/api/v1/admin/stats', { token });
        assert.ok(huge.text.length >= 3 * 1024 * 1024);
      },
    );
  });

  test('lostwrites acknowledges creations that are never stored', async () => {
    await withPlatform('lostwrites:rate=1', async (platform) => {
      const token = await login(platform.url, 'power');
      const created = await call(platform.url, 'POST', '/api/v1/courses', {
        token,
        body: { title: 'lost', topic: 't', level: 'beginner', chapter_count: 1 },
      });
      assert.equal(created.status, 201);
      assert.equal((await call(platform.url, 'GET', `/api/v1/courses/${created.json.id}`, { token })).status, 404);
    });
  });

  test('leak makes the resident memory grow', async () => {
    await withPlatform('leak:mb_per_s=40', async (platform) => {
      const before = await metric(platform.url, 'process_resident_memory_bytes');
      await new Promise((r) => setTimeout(r, 2000));
      const grown = (await metric(platform.url, 'process_resident_memory_bytes')) - before;
      assert.ok(grown > 50 * 1024 * 1024, `grew ${grown / 1024 / 1024} MB in 2 s at 40 MB/s`);
    });
  });

  test('cpu burns the given share of a core in the platform process', async () => {
    await withPlatform('cpu:share=0.5', async (platform) => {
      const before = cpuSecondsOf(platform.pid);
      await new Promise((r) => setTimeout(r, 2000));
      const share = (cpuSecondsOf(platform.pid) - before) / 2;
      assert.ok(share > 0.35 && share < 0.75, `used ${share} of a core`);
    });
  });

  test('slowgen makes each chapter take N times longer', async () => {
    await withPlatform(
      'slowgen:factor=5',
      async (platform) => {
        const token = await login(platform.url, 'power');
        const course = await call(platform.url, 'POST', '/api/v1/courses', {
          token,
          body: { title: 's', topic: 't', level: 'beginner', chapter_count: 1 },
        });
        const job = await call(platform.url, 'POST', `/api/v1/courses/${course.json.id}/generate`, { token });
        const done = await waitForJob(platform.url, token, job.json.job_id);
        assert.ok(done.chapters[0].duration_ms >= 5 * 100, `chapter took ${done.chapters[0].duration_ms} ms`);
      },
      { DEMO_CHAPTER_MS: '100' },
    );
  });

  test('crash ends the process after N seconds', async () => {
    await withPlatform('crash:after_s=1', async (platform) => {
      assert.equal((await call(platform.url, 'GET', '/health')).status, 200);
      await new Promise((r) => setTimeout(r, 1800));
      await assert.rejects(call(platform.url, 'GET', '/health', { timeoutMs: 1000 }));
      assert.match(platform.logs(), /crash fault: exiting now/);
    });
  });
});

describe('freeze on a running platform', () => {
  // Sequential /health requests for `forMs`: when each was sent, and how long it took.
  async function probe(url: string, forMs: number): Promise<{ atMs: number; ms: number }[]> {
    const probes: { atMs: number; ms: number }[] = [];
    const started = Date.now();
    while (Date.now() - started < forMs) {
      const sent = Date.now();
      await call(url, 'GET', '/health', { timeoutMs: 10_000 });
      probes.push({ atMs: sent - started, ms: Date.now() - sent });
      await new Promise((r) => setTimeout(r, 20));
    }
    return probes;
  }

  test('stops answering for the whole freeze, then answers again, without burning CPU', async () => {
    await withPlatform('freeze:ms=1500,after_s=1', async (platform) => {
      const cpuBefore = cpuSecondsOf(platform.pid);
      const probes = await probe(platform.url, 4000);
      const stalls = probes.filter((p) => p.ms >= 1000);
      assert.equal(stalls.length, 1, `one request waited out the freeze: ${JSON.stringify(stalls)}`);
      assert.ok(stalls[0]!.ms < 3000, `answered when the 1.5-s freeze ended, not later (${stalls[0]!.ms} ms)`);
      assert.ok(probes.at(-1)!.ms < 500, 'fast again after the freeze');
      // Atomics.wait sleeps: 4 s of probing costs far less than the 1.5 s a busy-wait would burn.
      const cpuS = cpuSecondsOf(platform.pid) - cpuBefore;
      assert.ok(cpuS < 1.2, `the freeze burnt CPU: ${cpuS} s`);
      assert.match(platform.logs(), /freeze fault: the event loop runs again.*"frozen_ms":1[5-9]\d\d/);
    });
  });

  test('every_s repeats the freeze', async () => {
    await withPlatform('freeze:ms=800,after_s=0.5,every_s=2', async (platform) => {
      const probes = await probe(platform.url, 5000);
      const stalls = probes.filter((p) => p.ms >= 500);
      assert.ok(stalls.length >= 2, `two freezes in 5 s at most 2 s apart: ${JSON.stringify(stalls)}`);
      assert.ok(stalls[1]!.atMs - stalls[0]!.atMs > 1000, `distinct freezes: ${JSON.stringify(stalls)}`);
    });
  });
});

test('a restart marks unfinished jobs failed instead of leaving them running', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dataDir = mkdtempSync(join(tmpdir(), 'restart-'));
  try {
    let jobId = 0;
    let token = '';
    const first = await startDemoPlatform({ dataDir, env: { DEMO_CHAPTER_MS: '60000' } });
    try {
      token = await login(first.url, 'power');
      const course = await call(first.url, 'POST', '/api/v1/courses', {
        token,
        body: { title: 'r', topic: 't', level: 'beginner', chapter_count: 3 },
      });
      jobId = (await call(first.url, 'POST', `/api/v1/courses/${course.json.id}/generate`, { token })).json.job_id;
      assert.equal((await call(first.url, 'GET', `/api/v1/jobs/${jobId}`, { token })).json.status, 'running');
    } finally {
      await first.stop();
    }
    const again = await startDemoPlatform({ dataDir, env: { DEMO_CHAPTER_MS: '60000' } });
    try {
      token = await login(again.url, 'power');
      const job = await call(again.url, 'GET', `/api/v1/jobs/${jobId}`, { token });
      assert.equal(job.json.status, 'failed');
      assert.match(job.json.error, /restarted/);
    } finally {
      await again.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
