// The suite against failing systems and careless use: it fails loudly and usefully, never hangs,
// never loses the reports of a bad run, never prints a secret, never loads a host by accident.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from 'esbuild';
import { buildIfStale } from '../../runner/k6/build-if-stale.ts';
import { startDemoPlatform } from '../../runner/run/demo-process.ts';
import { MACHINE_GATES_OUT_OF_REACH } from '../helpers/gates-out-of-reach.ts';
import { failedMetrics as failed, type K6Run, runK6 } from '../helpers/k6.ts';
import { runScript } from '../helpers/spawn.ts';

const work = mkdtempSync(join(tmpdir(), 'reliability-'));
after(() => rmSync(work, { recursive: true, force: true }));
before(() => buildIfStale());

const SHORT = {
  PERFORMANCE_CONCURRENT_USERS: '4',
  PERFORMANCE_TEST_DURATION: '6',
  PERFORMANCE_RAMP_UP: '1',
  PERFORMANCE_RAMP_DOWN: '1',
  PERFORMANCE_THINK_TIME: '0.2-0.4',
  GENERATION_CHAPTERS: '1',
};

async function loadAgainst(faults: string, env: Record<string, string> = {}): Promise<K6Run> {
  const platform = await startDemoPlatform({ faults });
  try {
    return await runK6('dist/load.js', { env: { BASE_URL: platform.url, ...SHORT, ...env }, timeoutMs: 120_000 });
  } finally {
    await platform.stop();
  }
}

describe('a failing platform', () => {
  test('a crash mid-run aborts on the abortOnFail threshold within delayAbortEval + 10 s, exit 99, reports say why', async () => {
    const root = join(work, 'crash');
    // No kept dataset to make: the crash is to land in the load, not in setup.
    const run = await runScript(
      'runner/cli/perf.ts',
      [
        '--suite',
        'load',
        '--duration',
        '120',
        '--concurrent-users',
        '4',
        '--faults',
        'crash:after_s=6',
        '--reports-dir',
        root,
      ],
      { PERFORMANCE_DATASET_COURSES: '0' },
    ).done;
    assert.equal(run.code, 99, run.stderr.slice(-2000));
    // k6 starts ~2 s after the platform; the abort gate waits 10 s (delayAbortEval) before judging.
    assert.ok(run.elapsedMs < 6_000 + 10_000 + 10_000 + 8_000, `took ${run.elapsedMs} ms of a 120 s run`);
    const [dir] = readdirSync(root).map((d) => join(root, d));
    for (const file of ['results.json', 'junit.xml', 'summary.md', 'report.html', 'summary.json'])
      assert.ok(existsSync(join(dir!, file)), file);
    const results = JSON.parse(readFileSync(join(dir!, 'results.json'), 'utf8'));
    assert.equal(results.run.outcome, 'aborted');
    assert.match(
      results.run.outcome_reason,
      /thresholds on metrics '[^']*http_req_failed\{scope:api\}[^']*' were crossed.*abortOnFail/,
    );
    assert.match(readFileSync(join(dir!, 'summary.md'), 'utf8'), /Run aborted/);
    assert.match(readFileSync(join(dir!, 'report.html'), 'utf8'), /aborted/);
  });

  test('a hanging route times out at PERFORMANCE_API_TIMEOUT; the run ends on time', async () => {
    const run = await loadAgainst('hang:route=course_get', { PERFORMANCE_API_TIMEOUT: '2' });
    assert.equal(run.code, 99);
    const courseGet = run.summary!.metrics['http_req_duration{endpoint:course_get}'] as Record<string, number>;
    assert.ok(courseGet.max! >= 1900 && courseGet.max! < 2600, `course_get max ${courseGet.max} ms, timeout 2 s`);
    assert.ok(failed(run).includes('http_req_failed{endpoint:course_get}'));
    // ramp 1 + hold 6 + ramp-down 1 + one timeout in flight: no VU waits for ever.
    assert.ok(run.elapsedMs < 30_000, `took ${run.elapsedMs} ms`);
  });

  for (const mode of ['html', 'shape', 'huge'] as const) {
    test(`garbage answers (${mode}) fail checks with a readable reason; no VU dies of an exception`, async () => {
      const run = await loadAgainst(`garbage:route=course_get,mode=${mode},mb=5`);
      assert.equal(run.code, 99);
      assert.ok(failed(run).includes('checks'), failed(run).join(', '));
      assert.match(run.stdout + run.stderr + JSON.stringify(run.summary), /course_get: body has the expected shape/);
      assert.equal(run.summary!.metrics.workflow_errors, undefined, 'no workflow threw');
      assert.doesNotMatch(run.stderr, /level=error msg="(TypeError|SyntaxError)/);
    });
  }
});

test('a workflow that throws every iteration is counted and fails the run', async () => {
  const bundle = join(work, 'throwing.js');
  await build({
    entryPoints: ['test/fixtures/reliability/throwing-workflow.ts'],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    external: ['k6', 'k6/*'],
    outfile: bundle,
    logLevel: 'silent',
  });
  const run = await runK6(bundle, { env: { BASE_URL: 'http://127.0.0.1:9' }, timeoutMs: 60_000 });
  assert.equal(run.code, 99);
  assert.ok(failed(run).includes('workflow_success'));
  assert.ok(Number((run.summary!.metrics.workflow_errors as Record<string, number>).count) > 0);
  assert.match(run.stderr, /workflow \\?"buggy\\?" threw: TypeError/);
});

describe('bad input is refused before any request', () => {
  const cases: [Record<string, string>, RegExp][] = [
    [
      { PERFORMANCE_TEST_DURATION: '' },
      /invalid PERFORMANCE_TEST_DURATION=\\?"\\?": expected a whole number of seconds/,
    ],
    [{ PERFORMANCE_CONCURRENT_USERS: '-5' }, /invalid PERFORMANCE_CONCURRENT_USERS=\\?"-5\\?"/],
    [{ PERFORMANCE_API_TIMEOUT: '30s' }, /invalid PERFORMANCE_API_TIMEOUT=\\?"30s\\?"/],
    [{ PERFORMANCE_MEMORY_LIMIT: '1e99' }, /invalid PERFORMANCE_MEMORY_LIMIT=\\?"1e99\\?"/],
    [{ PERFORMANCE_USER_WEIGHTS: 'heavy' }, /invalid PERFORMANCE_USER_WEIGHTS=\\?"heavy\\?"/],
    [{ SPIKE_FACTOR: 'NaN' }, /invalid SPIKE_FACTOR=\\?"NaN\\?"/],
  ];
  for (const [env, message] of cases) {
    test(`k6 refuses ${JSON.stringify(env)} at init`, async () => {
      const platform = await startDemoPlatform();
      try {
        const run = await runK6(env.SPIKE_FACTOR ? 'dist/spike.js' : 'dist/load.js', {
          env: { BASE_URL: platform.url, ...env },
          timeoutMs: 30_000,
        });
        assert.notEqual(run.code, 0);
        assert.match(run.stderr, message);
        const metrics = await (await fetch(`${platform.url}/metrics`)).text();
        assert.doesNotMatch(metrics, /route=\\?"login\\?"/, 'not even a login was sent');
      } finally {
        await platform.stop();
      }
    });
  }

  test('the target guard refuses a non-loopback host unless allow-listed, and says how', async () => {
    // ".invalid" never resolves: even a broken guard could not send load anywhere.
    const run = await runK6('dist/load.js', { env: { BASE_URL: 'http://staging.invalid:8000' }, timeoutMs: 30_000 });
    assert.notEqual(run.code, 0);
    assert.match(
      run.stderr,
      /refusing to run \\?"load\\?" against http:\/\/staging\.invalid:8000: staging\.invalid is not a loopback address.*PERFORMANCE_ALLOWED_HOSTS=staging\.invalid/,
    );
    const smoke = await runK6('dist/smoke.js', { env: { BASE_URL: 'http://staging.invalid:8000' }, timeoutMs: 30_000 });
    assert.doesNotMatch(smoke.stderr, /refusing/, 'smoke is light enough to point anywhere');
  });
});

test('an unwritable reports folder: a clear error, the console summary still printed', async () => {
  // sysfs refuses new folders even to root (a /proc path would hang Node 20's recursive mkdir).
  const root = '/sys/course-perf-reports';
  // The folder is the subject: the run itself passes (its latency and server gates out of reach).
  const run = await runScript('runner/cli/load.ts', [], {
    ...SHORT,
    ...MACHINE_GATES_OUT_OF_REACH,
    PERFORMANCE_REPORTS_DIR: root,
  }).done;
  assert.equal(run.code, 1);
  assert.match(run.stderr, /cannot create a run folder under \/sys\/course-perf-reports \(EPERM\)/);
  assert.match(run.stdout, /course-perf load: all \d+ thresholds passed/);
});

test('secrets never reach a report, a log line or the summary', async () => {
  const canary = {
    REGULAR_USER_PASSWORD: 'canary-regular-7f3a',
    POWER_USER_PASSWORD: 'canary-power-9b2c',
    ADMIN_USER_PASSWORD: 'canary-admin-4d1e',
  };
  const root = join(work, 'secrets');
  // The platform seeds the same canary passwords (it reads the same variables).
  const run = await runScript('runner/cli/perf.ts', ['--suite', 'smoke', '--reports-dir', root], {
    ...canary,
    ...MACHINE_GATES_OUT_OF_REACH,
  }).done;
  assert.equal(run.code, 0, run.stderr.slice(-2000));
  const [dir] = readdirSync(root).map((d) => join(root, d));
  const artefacts = readdirSync(dir!).filter((f) => statSync(join(dir!, f)).isFile());
  assert.ok(artefacts.length >= 7);
  const texts = [
    run.stdout,
    run.stderr,
    ...artefacts.map((f) =>
      f.endsWith('.gz')
        ? spawnSync('gzip', ['-dc', join(dir!, f)], { encoding: 'utf8', maxBuffer: 1e9 }).stdout
        : readFileSync(join(dir!, f), 'utf8'),
    ),
  ];
  for (const secret of Object.values(canary))
    for (const text of texts) assert.ok(!text.includes(secret), `a canary password leaked`);
  for (const text of texts) {
    assert.doesNotMatch(text, /access_token|Bearer [A-Za-z0-9_-]{20,}|"setup_data"/, 'no bearer token in any artefact');
  }
});

test("passwords from k6's secret source log in and are redacted; they win over the environment", async () => {
  const canary = 'canary-secret-source-5e8a';
  const platform = await startDemoPlatform({ env: { REGULAR_USER_PASSWORD: canary } });
  try {
    const secretsFile = join(work, 'secrets.txt');
    writeFileSync(secretsFile, `REGULAR_USER_PASSWORD=${canary}\n`);
    // The environment's password is wrong: only the secret source can make the login work.
    const env = { BASE_URL: platform.url, REGULAR_USER_PASSWORD: 'wrong-password', ...MACHINE_GATES_OUT_OF_REACH };
    const run = await runK6('dist/smoke.js', { env, args: [`--secret-source=file=${secretsFile}`], timeoutMs: 60_000 });
    assert.equal(run.code, 0, run.stderr.slice(-2000));
    assert.ok(!(run.stdout + run.stderr + JSON.stringify(run.summary)).includes(canary), 'the secret was printed');
    const without = await runK6('dist/smoke.js', { env, timeoutMs: 60_000 });
    assert.notEqual(without.code, 0, 'the wrong env password alone must fail the login');
    assert.match(without.stderr, /logging in as the regular user .* failed with status 401/);
    // The VUs' own logins (not only setup's) take the secret: regular users only, each logging in as it starts.
    const load = await runK6('dist/load.js', {
      env: {
        ...env,
        ...SHORT,
        PERFORMANCE_USER_WEIGHTS: '100/0/0',
        PERFORMANCE_RAMP_UP: '0',
        PERFORMANCE_RAMP_DOWN: '0',
      },
      args: [`--secret-source=file=${secretsFile}`],
      timeoutMs: 90_000,
    });
    const workflows = load.summary?.metrics.workflow_success;
    assert.ok(
      Number(workflows?.passes) > 0,
      `no regular workflow passed: ${JSON.stringify(workflows)}\n${load.stderr.slice(-1500)}`,
    );
    assert.equal(
      workflows?.fails,
      0,
      `regular workflows failed: their logins did not use the secret\n${load.stderr.slice(-1500)}`,
    );
  } finally {
    await platform.stop();
  }
});
