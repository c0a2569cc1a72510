// Every VU is its own account, end to end: real k6 against the real demo platform started with a
// pool of accounts. Bad users files are refused at init; every VU logs in as a distinct account
// (the platform counts the users it saw); a users file is all another platform needs; the kept
// dataset is made once and reused; a run leaves nothing else behind; an expired token means a
// re-login; and a fault that only a real population reveals fails the new model but not the old.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { splitUsers } from '../../lib/load/shapes.ts';
import { poolEmail } from '../../lib/users/pool-spec.ts';
import { resolveK6 } from '../../runner/k6/k6-binary.ts';
import { type DemoPlatform, startDemoPlatform } from '../../runner/run/demo-process.ts';
import { demoPoolFor } from '../../runner/run/user-pool.ts';
import { MACHINE_GATES_OUT_OF_REACH } from '../helpers/gates-out-of-reach.ts';
import { call } from '../helpers/http.ts';
import { failedMetrics, type K6Run, runK6, whyK6Failed } from '../helpers/k6.ts';

const work = mkdtempSync(join(tmpdir(), 'course-perf-users-'));
after(() => rmSync(work, { recursive: true, force: true }));

function usersFile(name: string, text: string): string {
  const file = join(work, name);
  writeFileSync(file, text);
  return file;
}

/** A short load run: `vus` users, a few seconds of hold, little think time; its latency gates out of reach. */
function shortLoad(baseUrl: string, vus: number, env: Record<string, string> = {}): Promise<K6Run> {
  return runK6('dist/load.js', {
    env: {
      BASE_URL: baseUrl,
      ...MACHINE_GATES_OUT_OF_REACH,
      PERFORMANCE_CONCURRENT_USERS: String(vus),
      PERFORMANCE_TEST_DURATION: '5',
      PERFORMANCE_RAMP_UP: '2',
      PERFORMANCE_RAMP_DOWN: '0',
      PERFORMANCE_THINK_TIME: '0.2-0.5',
      GENERATION_CHAPTERS: '1',
      PERFORMANCE_DATASET_COURSES: '3',
      ...env,
    },
    timeoutMs: 150_000,
  });
}

/** Why a run did not pass (exit 0, every gate held), or undefined when it did. */
function green(run: K6Run): string | undefined {
  return run.code === 0 ? undefined : whyK6Failed(run, 1500);
}

/** The failed gates other than latency's: a run whose latency gate is its subject must fail on nothing else. */
const failedBesidesLatency = (run: K6Run) =>
  failedMetrics(run).filter((metric) => !metric.startsWith('http_req_duration'));

async function usersSeen(url: string): Promise<Record<string, number>> {
  const text = (await call(url, 'GET', '/metrics')).text;
  const seen: Record<string, number> = {};
  for (const match of text.matchAll(/^demo_users_seen\{role="(\w+)"\} (\d+)$/gm)) seen[match[1]!] = Number(match[2]);
  return seen;
}

async function adminToken(url: string): Promise<string> {
  return (
    await call(url, 'POST', '/api/v1/auth/login', { body: { email: 'admin@example.com', password: 'admin-password' } })
  ).json.access_token;
}

async function coursesTitled(
  url: string,
  q: string,
): Promise<{ total: number; items: { title: string; owner_id: number }[] }> {
  return (
    await call(url, 'GET', `/api/v1/courses?limit=100&q=${encodeURIComponent(q)}`, { token: await adminToken(url) })
  ).json;
}

describe('bad users files stop the run at init, naming the file, the line and the problem', () => {
  const refused = async (env: Record<string, string>, message: RegExp) => {
    const run = await runK6('dist/load.js', { env: { BASE_URL: 'http://127.0.0.1:9', ...env }, timeoutMs: 60_000 });
    assert.equal(run.code, 107, `k6 exit code (script error at init)\n${run.stderr.slice(-1500)}`);
    assert.match(run.stderr, message);
    assert.doesNotMatch(run.stderr, /Request Failed|setup/i, 'refused before setup sent anything');
  };

  test('a missing file', () =>
    refused({ PERFORMANCE_USERS_FILE: join(work, 'nope.csv') }, /PERFORMANCE_USERS_FILE \S+nope\.csv cannot be read/));
  test('an unknown role', () =>
    refused(
      { PERFORMANCE_USERS_FILE: usersFile('role.csv', 'email,password,role\na@x.io,pw,regular\nb@x.io,pw,root\n') },
      /role\.csv, line 3: unknown role \\?"root\\?" for b@x\.io/,
    ));
  test('an empty password', () =>
    refused(
      { PERFORMANCE_USERS_FILE: usersFile('pw.csv', 'email,password,role\na@x.io,,power\n') },
      /pw\.csv, line 2: empty password for a@x\.io/,
    ));
  test('no header', () =>
    refused(
      { PERFORMANCE_USERS_FILE: usersFile('header.csv', 'a@x.io,pw,regular\n') },
      /header\.csv, line 1: the first line must be the header email,password,role/,
    ));
  test('too few accounts of a class with PERFORMANCE_USERS_DISTINCT=true', () =>
    refused(
      {
        PERFORMANCE_USERS_FILE: usersFile(
          'few.csv',
          `email,password,role\n${Array.from({ length: 12 }, (_, i) => `r${i}@x.io,pw,regular\np${i}@x.io,pw,power\n`).join('')}a@x.io,pw,admin\n`,
        ),
        PERFORMANCE_USERS_DISTINCT: 'true',
        PERFORMANCE_CONCURRENT_USERS: '10',
      },
      /few\.csv has 1 admin account\(s\), but PERFORMANCE_USERS_DISTINCT=true needs 12/,
    ));
});

describe('every VU is its own logged-in account', () => {
  let platform: DemoPlatform;
  const vus = 12;
  let demoUsers: string;
  before(async () => {
    // As the runner does: a pool as large as the entry's VU ids, from `k6 inspect`.
    demoUsers = demoPoolFor(resolveK6(), 'load', {
      ...process.env,
      PERFORMANCE_CONCURRENT_USERS: String(vus),
      PERFORMANCE_USERS_FILE: '',
      DEMO_USERS: '',
    })!;
    platform = await startDemoPlatform({ env: { DEMO_USERS: demoUsers } });
  });

  test('the runner sizes the demo pool from the VU ids k6 will number (users + the health probe)', () => {
    assert.equal(demoUsers, 'regular:14,power:14,admin:14');
    assert.equal(
      demoPoolFor(resolveK6(), 'load', { ...process.env, PERFORMANCE_USERS_FILE: '/some/users.csv' }),
      undefined,
      'a users file brings its own accounts',
    );
  });
  after(() => platform?.stop());

  test(`${vus} VUs are ${vus} distinct accounts, split by the class weights`, async () => {
    // No dataset here, so the only accounts the platform sees are the VUs' own (and the admin that cleans up).
    const run = await shortLoad(platform.url, vus, {
      DEMO_USERS: demoUsers,
      PERFORMANCE_DATASET_COURSES: '0',
      PERFORMANCE_USERS_DISTINCT: 'true',
    });
    assert.equal(green(run), undefined);
    const split = splitUsers(vus, { regular: 70, power: 20, admin: 10 });
    const seen = await usersSeen(platform.url);
    assert.equal(seen.regular, split.regular, 'one regular account per regular VU');
    assert.equal(seen.power, split.power, 'one power account per power VU');
    assert.ok(
      seen.admin === split.admin || seen.admin === split.admin + 1,
      `admin accounts seen: ${seen.admin} (VUs ${split.admin}, plus setup's cleanup account)`,
    );
    const logins = run.summary!.metrics['http_req_duration{endpoint:login}']!;
    assert.ok(Number(logins.count) >= vus, `every VU logged in under load, timed as endpoint:login (${logins.count})`);
  });
});

describe('against a platform given only BASE_URL and PERFORMANCE_USERS_FILE', () => {
  let platform: DemoPlatform;
  const dataDir = join(work, 'data');
  // The demo's pool, of which the file lists some accounts, as a real platform's own users.
  const accounts = [
    ...Array.from({ length: 6 }, (_, i) => [poolEmail('regular', i + 1), 'regular-password', 'regular']),
    ...Array.from({ length: 6 }, (_, i) => [poolEmail('power', i + 1), 'power-password', 'power']),
    [poolEmail('admin', 1), 'admin-password', 'admin'],
    [poolEmail('admin', 2), 'admin-password', 'admin'],
  ];
  let file: string;
  before(async () => {
    platform = await startDemoPlatform({ dataDir, env: { DEMO_USERS: 'regular:10,power:10,admin:3' } });
    file = usersFile('users.csv', `email,password,role\n${accounts.map((a) => a.join(',')).join('\n')}\n`);
  });
  after(async () => {
    await platform?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('the run logs each VU in from the file, makes the dataset once, reads only its own courses and leaves nothing else', async () => {
    // A course a killed run left behind (its run id is older than any new run's).
    const regular = (
      await call(platform.url, 'POST', '/api/v1/auth/login', {
        body: { email: poolEmail('regular', 1), password: 'regular-password' },
      })
    ).json.access_token;
    const stale = await call(platform.url, 'POST', '/api/v1/courses', {
      token: regular,
      body: { title: 'perf-scratch 1-abc vu1 it0', topic: 't', level: 'beginner', chapter_count: 1 },
    });
    assert.equal(stale.status, 201);

    const first = await shortLoad(platform.url, 4, { PERFORMANCE_USERS_FILE: file });
    assert.equal(green(first), undefined);
    assert.match(first.stderr, /setup: removed 1 course\(s\) left behind by earlier runs/);
    // 4 users + 2 health-probe VU ids = 6 VU ids: the first 6 regular and 6 power accounts own a dataset.
    assert.match(
      first.stderr,
      /dataset of 3 course\(s\) per account for 12 account\(s\): 0 reused, 36 course\(s\) created \(6 generated\)/,
    );
    const dataset = await coursesTitled(platform.url, 'course-perf dataset');
    assert.equal(dataset.total, 36);
    assert.equal((await coursesTitled(platform.url, 'perf-')).total, 0, 'no run-created course is left');
    const seen = await usersSeen(platform.url);
    assert.ok(seen.regular! <= 6 && seen.power! <= 6, `only the file's accounts were used: ${JSON.stringify(seen)}`);
    assert.ok(
      Number(first.summary!.metrics['http_req_duration{endpoint:chapter_get}']?.count ?? 0) > 0,
      'regular users read generated chapters of their own courses',
    );

    const second = await shortLoad(platform.url, 4, { PERFORMANCE_USERS_FILE: file });
    assert.equal(green(second), undefined);
    assert.match(second.stderr, /for 12 account\(s\): 12 reused, 0 course\(s\) created/);
    assert.equal(
      (await coursesTitled(platform.url, 'course-perf dataset')).total,
      36,
      'the dataset does not grow run after run',
    );

    const reseeded = await shortLoad(platform.url, 4, {
      PERFORMANCE_USERS_FILE: file,
      PERFORMANCE_DATASET_RESEED: 'true',
      PERFORMANCE_DATASET_GENERATED: '0',
    });
    assert.equal(green(reseeded), undefined);
    assert.match(reseeded.stderr, /0 reused, 36 course\(s\) created \(0 generated\), 36 removed/);
    assert.equal((await coursesTitled(platform.url, 'perf-')).total, 0);
  });
});

describe('sessions', () => {
  test('a token that expires makes the VU log in again (relogins)', async () => {
    const platform = await startDemoPlatform({
      env: { DEMO_USERS: 'regular:5,power:5,admin:5', DEMO_TOKEN_TTL_S: '2' },
    });
    try {
      const run = await shortLoad(platform.url, 3, {
        DEMO_USERS: 'regular:5,power:5,admin:5',
        PERFORMANCE_DATASET_COURSES: '2',
        PERFORMANCE_DATASET_GENERATED: '0',
      });
      assert.ok(run.code === 0 || run.code === 99, `k6 ran to the end (exit ${run.code})\n${run.stderr.slice(-1500)}`);
      const relogins = Number(run.summary!.metrics.relogins?.count ?? 0);
      // 7 s of load with 2 s tokens: each of the 3 VUs must have logged in again at least once.
      assert.ok(relogins >= 3, `relogins: ${relogins}`);
      const logins = Number(run.summary!.metrics['http_req_duration{endpoint:login}']?.count ?? 0);
      assert.ok(logins >= 3 + relogins, `every login is timed as endpoint:login: ${logins} for ${relogins} re-logins`);
    } finally {
      await platform.stop();
    }
  });
});

describe('a fault only a real population reveals', () => {
  test('peruser: the old model (one shared account per class) passes, the new one (12 accounts) fails the API p95 gate', async (t) => {
    // 25 ms per distinct user: the 3 shared accounts wait 75 ms a request, the 12 own ones 300 ms. The API
    // budget, the one gate live here, sits at 250 ms between them: a busy machine only adds latency, so
    // it has 175 ms of room above the old model, and none to take the new one under it.
    const faults = 'peruser:ms_per_user=25,window_s=5';
    const platform = await startDemoPlatform({ faults, env: { DEMO_USERS: 'regular:14,power:14,admin:14' } });
    try {
      const common = {
        PERFORMANCE_DATASET_COURSES: '2',
        PERFORMANCE_DATASET_GENERATED: '0',
        THRESHOLD_API_P95_MS: '250',
      };
      const apiP95 = (run: K6Run) =>
        run.thresholds.find((t) => t.metric === 'http_req_duration{scope:api}' && t.expression === 'p(95)<250');
      const p95 = (run: K6Run) => Number(run.summary!.metrics['http_req_duration{scope:api}']?.['p(95)']);
      const shared = await shortLoad(platform.url, 12, common);
      assert.ok(
        shared.code === 0 || shared.code === 99,
        `k6 ran to the end (exit ${shared.code})\n${shared.stderr.slice(-1500)}`,
      );
      assert.equal(apiP95(shared)?.ok, true, `old model: API p95 ${p95(shared)} ms holds the 250 ms gate`);
      // The per-endpoint budgets share the API's; on a few samples each, they are the machine's to decide.
      assert.deepEqual(failedBesidesLatency(shared), []);
      const own = await shortLoad(platform.url, 12, { ...common, DEMO_USERS: 'regular:14,power:14,admin:14' });
      assert.equal(own.code, 99);
      assert.equal(apiP95(own)?.ok, false, `new model: API p95 ${p95(own)} ms fails the 250 ms gate`);
      assert.deepEqual(failedBesidesLatency(own), [], 'the new model fails on latency alone');
      t.diagnostic(
        `API p95: old model ${p95(shared).toFixed(1)} ms, new model ${p95(own).toFixed(1)} ms (gate 250 ms)`,
      );
    } finally {
      await platform.stop();
    }
  });
});
