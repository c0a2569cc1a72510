// The kept dataset made by the demo platform at start (DEMO_DATASET_COURSES), end to end with real
// k6: it is the dataset the suite's setup makes through the API (same accounts, titles, topics,
// chapters, generated ones readable), setup finds it and checks a sample instead of seeding, and a
// platform whose dataset falls short makes setup check and fill every account, as before.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { poolEmail, type Role } from '../../lib/users/pool-spec.ts';
import { demoDatasetEnv, ENTRIES_WITH_DATASET } from '../../runner/run/demo-dataset.ts';
import { type DemoPlatform, startDemoPlatform } from '../../runner/run/demo-process.ts';
import { MACHINE_GATES_OUT_OF_REACH } from '../helpers/gates-out-of-reach.ts';
import { call } from '../helpers/http.ts';
import { type K6Run, runK6, whyK6Failed } from '../helpers/k6.ts';

// 1 user and the health probe's 2 VU ids: setup gives the first 3 regular and 3 power accounts a dataset.
const POOL = 'regular:3,power:3,admin:1';
const PLATFORM_ENV = { DEMO_USERS: POOL, DEMO_CHAPTER_MS: '20-40' };

/** One short load run of 1 user; its gates out of reach (its subject is setup). */
function shortLoad(baseUrl: string, env: Record<string, string>): Promise<K6Run> {
  return runK6('dist/load.js', {
    env: {
      BASE_URL: baseUrl,
      ...MACHINE_GATES_OUT_OF_REACH,
      DEMO_USERS: POOL,
      PERFORMANCE_CONCURRENT_USERS: '1',
      PERFORMANCE_TEST_DURATION: '3',
      PERFORMANCE_RAMP_UP: '1',
      PERFORMANCE_RAMP_DOWN: '0',
      PERFORMANCE_THINK_TIME: '0.1-0.2',
      GENERATION_CHAPTERS: '1',
      PERFORMANCE_DATASET_COURSES: '3',
      PERFORMANCE_DATASET_GENERATED: '2',
      ...env,
    },
    timeoutMs: 90_000,
  });
}

interface Course {
  id: number;
  title: string;
  topic: string;
  level: string;
  chapter_count: number;
}

/** Each dataset course of an account as its owner reads it: the course, its chapters, and whether each generated one reads back. */
async function datasetOf(url: string, role: Role, n: number): Promise<unknown[]> {
  const login = await call(url, 'POST', '/api/v1/auth/login', {
    body: { email: poolEmail(role, n), password: `${role}-password` },
  });
  const token = login.json.access_token as string;
  const list = await call(url, 'GET', '/api/v1/courses?limit=100&q=course-perf%20dataset', { token });
  const courses = (list.json.items as Course[]).sort((a, b) => a.title.localeCompare(b.title));
  const seen: unknown[] = [];
  for (const { id, title, topic, level, chapter_count } of courses) {
    const detail = (await call(url, 'GET', `/api/v1/courses/${id}`, { token })).json;
    const chapters = (detail.chapters as { index: number; title: string; status: string }[]).map((c) => ({
      index: c.index,
      title: c.title,
      status: c.status,
    }));
    const read = await call(url, 'GET', `/api/v1/courses/${id}/chapters/1`, { token });
    const text = read.status === 200 ? /^# Chapter 1: /.test(read.json.content) && read.json.word_count > 100 : false;
    seen.push({ title, topic, level, chapter_count, status: detail.status, chapters, chapterOneReads: text });
  }
  return seen;
}

const every = async (url: string) => {
  const all: Record<string, unknown[]> = {};
  for (const role of ['regular', 'power'] as const)
    for (let n = 1; n <= 3; n++) all[poolEmail(role, n)] = await datasetOf(url, role, n);
  return all;
};

describe('the kept dataset made by the demo platform at start', () => {
  let made: DemoPlatform;
  let seeded: DemoPlatform;
  before(async () => {
    [made, seeded] = await Promise.all([
      startDemoPlatform({ env: { ...PLATFORM_ENV, DEMO_DATASET_COURSES: '3', DEMO_DATASET_GENERATED: '2' } }),
      startDemoPlatform({ env: PLATFORM_ENV }),
    ]);
  });
  after(() => Promise.all([made?.stop(), seeded?.stop()]));

  test('the runner asks for it with the run dataset settings, for the entries whose setup makes one', () => {
    const withDataset = readdirSync('scenarios')
      .filter((file) => /prepareRun\(config, \{ dataset: true \}\)/.test(readFileSync(`scenarios/${file}`, 'utf8')))
      .map((file) => file.replace(/\.ts$/, ''));
    assert.deepEqual([...ENTRIES_WITH_DATASET].sort(), withDataset.sort(), 'the entries whose setup makes a dataset');
    assert.deepEqual(demoDatasetEnv('load', { PERFORMANCE_DATASET_COURSES: '5' }), {
      DEMO_DATASET_COURSES: '5',
      DEMO_DATASET_GENERATED: '1',
    });
    assert.deepEqual(demoDatasetEnv('interactive', {}), { DEMO_DATASET_COURSES: '20', DEMO_DATASET_GENERATED: '1' });
    assert.deepEqual(demoDatasetEnv('api', {}), {}, 'api reads no dataset: its platform stays empty');
    assert.deepEqual(demoDatasetEnv('load', { PERFORMANCE_DATASET_RESEED: 'true' }), {}, 'reseed: setup makes it');
    assert.deepEqual(demoDatasetEnv('load', { PERFORMANCE_DATASET_COURSES: 'many' }), {}, 'k6 says what is wrong');
  });

  test('a bad setting stops the platform at start, naming it', async () => {
    await assert.rejects(
      startDemoPlatform({ env: { DEMO_DATASET_COURSES: '2', DEMO_DATASET_GENERATED: '3' } }),
      /invalid DEMO_DATASET_GENERATED="3": at most DEMO_DATASET_COURSES \(2\)/,
    );
  });

  test('is what setup makes through the API, and setup reuses it checking a sample', async () => {
    const bySetup = await shortLoad(seeded.url, {});
    assert.equal(bySetup.code, 0, whyK6Failed(bySetup, 1500));
    assert.match(bySetup.stderr, /for 6 account\(s\): 0 reused, 18 course\(s\) created \(6 generated\)/);
    const byPlatform = await every(made.url);
    const regular = byPlatform[poolEmail('regular', 1)] as { status: string; chapterOneReads: boolean }[];
    assert.equal(regular.length, 3);
    assert.deepEqual(
      regular.map((c) => [c.status, c.chapterOneReads]),
      [
        ['generated', true],
        ['generated', true],
        ['draft', false],
      ],
    );
    assert.deepEqual(byPlatform, await every(seeded.url));

    const reused = await shortLoad(made.url, { PERFORMANCE_DATASET_MADE_BY_PLATFORM: 'true' });
    assert.equal(reused.code, 0, whyK6Failed(reused, 1500));
    assert.match(
      reused.stderr,
      /setup: dataset of 3 course\(s\) per account for 6 account\(s\): made by the platform at start, 4 account\(s\) checked/,
    );
  });

  test('falls short of what the run wants: setup checks and fills every account', async () => {
    const more = await shortLoad(made.url, {
      PERFORMANCE_DATASET_MADE_BY_PLATFORM: 'true',
      PERFORMANCE_DATASET_COURSES: '4',
    });
    assert.equal(more.code, 0, whyK6Failed(more, 1500));
    assert.match(
      more.stderr,
      /made at start is incomplete \(4 of 4 account\(s\) checked lacked courses\): checking every account/,
    );
    assert.match(more.stderr, /for 6 account\(s\): 4 reused, 2 course\(s\) created/);
  });
});
