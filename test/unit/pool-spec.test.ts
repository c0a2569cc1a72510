// The user pool's pure parts: the users CSV (every bad input refused with file, line and
// problem), the DEMO_USERS spec, the distinctness check, and how run-created titles are told apart.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, parseConfig } from '../../lib/config/config.ts';
import {
  datasetTitle,
  isLeftover,
  LIVE_RUN_WINDOW_MS,
  newRunId,
  RUN_TITLE_FILTER,
  runIdOf,
} from '../../lib/users/dataset-names.ts';
import {
  parsePoolSpec,
  parseUsersCsv,
  poolEmail,
  tooSmallForDistinct,
  UsersFileError,
  vuIdBound,
} from '../../lib/users/pool-spec.ts';

describe('parseUsersCsv', () => {
  test('reads accounts by class, any column order, quotes, CRLF, a BOM and blank lines', () => {
    const text =
      '\ufeffRole,Email,Password\r\nregular,a@x.io,pw1\r\n\r\npower,b@x.io,"p,w ""2"""\nadmin , c@x.io , pw3 \nregular,d@x.io,pw4\n';
    const accounts = parseUsersCsv(text, 'users.csv');
    assert.deepEqual(accounts.regular, [
      { email: 'a@x.io', password: 'pw1' },
      { email: 'd@x.io', password: 'pw4' },
    ]);
    assert.deepEqual(accounts.power, [{ email: 'b@x.io', password: 'p,w "2"' }]);
    assert.deepEqual(accounts.admin, [{ email: 'c@x.io', password: 'pw3' }]);
  });

  const bad: [string, string, RegExp][] = [
    ['an empty file', '', /users\.csv, line 1: the file is empty/],
    ['no header', 'a@x.io,pw,regular\n', /users\.csv, line 1: the first line must be the header email,password,role/],
    ['a header without role', 'email,password\na@x.io,pw\n', /line 1: the first line must be the header/],
    [
      'an unknown role',
      'email,password,role\na@x.io,pw,regular\nb@x.io,pw,superuser\n',
      /users\.csv, line 3: unknown role "superuser" for b@x\.io/,
    ],
    ['an empty password', 'email,password,role\na@x.io,,regular\n', /users\.csv, line 2: empty password for a@x\.io/],
    ['an empty email', 'email,password,role\n,pw,regular\n', /line 2: empty email/],
    ['a missing field', 'email,password,role\na@x.io,regular\n', /line 2: expected 3 fields like the header, got 2/],
    ['an unclosed quote', 'email,password,role\na@x.io,"pw,regular\n', /line 2: a quoted field is not closed/],
    [
      'an account listed twice',
      'email,password,role\na@x.io,pw,regular\nA@x.io,pw,power\n',
      /line 3: A@x\.io is listed twice/,
    ],
  ];
  for (const [what, text, message] of bad) {
    test(`refuses ${what}, naming the file and the line`, () => {
      assert.throws(
        () => parseUsersCsv(text, 'users.csv'),
        (e: unknown) =>
          e instanceof UsersFileError &&
          message.test(e.message) &&
          e.message.startsWith('PERFORMANCE_USERS_FILE users.csv'),
      );
    });
  }
});

describe('DEMO_USERS and distinct accounts', () => {
  test('parsePoolSpec reads role:count pairs; a role left out has none', () => {
    assert.deepEqual(parsePoolSpec('regular:200, power:50,admin:10', 'DEMO_USERS'), {
      regular: 200,
      power: 50,
      admin: 10,
    });
    assert.deepEqual(parsePoolSpec('power:3', 'DEMO_USERS'), { regular: 0, power: 3, admin: 0 });
    for (const spec of ['regular', 'regular:x', 'guest:3', 'regular:-1', 'regular:0', '']) {
      assert.throws(() => parsePoolSpec(spec, 'DEMO_USERS'), /invalid DEMO_USERS=/, spec);
    }
  });

  test('pool emails are numbered from 1, four digits', () => {
    assert.equal(poolEmail('regular', 1), 'regular-0001@example.com');
    assert.equal(poolEmail('admin', 12345), 'admin-12345@example.com');
  });

  test('PERFORMANCE_USERS_DISTINCT: a class with fewer accounts than VU ids is named with both counts', () => {
    assert.equal(
      tooSmallForDistinct({ regular: 12, power: 12, admin: 1 }, { regular: 12, power: 12, admin: 0 }, 'f.csv'),
      undefined,
    );
    assert.match(
      tooSmallForDistinct(
        { regular: 12, power: 5, admin: 12 },
        { regular: 12, power: 12, admin: 12 },
        'PERFORMANCE_USERS_FILE f.csv',
      )!,
      /f\.csv has 5 power account\(s\), but PERFORMANCE_USERS_DISTINCT=true needs 12/,
    );
  });

  test("vuIdBound adds up every scenario's VUs as k6 numbers them", () => {
    const scenarios = {
      a: { executor: 'ramping-vus', startVUs: 0, stages: [{ target: 7 }, { target: 7 }, { target: 0 }] },
      b: { executor: 'constant-arrival-rate', preAllocatedVUs: 1, maxVUs: 2 },
      c: { executor: 'per-vu-iterations', vus: 3 },
      d: { executor: 'constant-vus', vus: 4 },
    };
    assert.equal(vuIdBound(scenarios), 16);
  });

  test('config: DEMO_USERS and the dataset settings are validated like every other variable', () => {
    const config = parseConfig({});
    assert.deepEqual(config.dataset, { courses: 20, generated: 1, reseed: false, madeByPlatform: false });
    assert.equal(parseConfig({ PERFORMANCE_DATASET_MADE_BY_PLATFORM: 'true' }).dataset.madeByPlatform, true);
    assert.throws(
      () => parseConfig({ PERFORMANCE_DATASET_MADE_BY_PLATFORM: 'yes' }),
      /invalid PERFORMANCE_DATASET_MADE_BY_PLATFORM/,
    );
    assert.equal(config.demoUsers, undefined);
    assert.deepEqual(parseConfig({ DEMO_USERS: 'regular:3' }).demoUsers, { regular: 3, power: 0, admin: 0 });
    assert.throws(
      () => parseConfig({ DEMO_USERS: 'regular=3' }),
      (e: unknown) => e instanceof ConfigError && /invalid DEMO_USERS="regular=3"/.test(e.message),
    );
    assert.throws(
      () => parseConfig({ PERFORMANCE_DATASET_COURSES: '3', PERFORMANCE_DATASET_GENERATED: '4' }),
      /invalid PERFORMANCE_DATASET_GENERATED="4": expected at most PERFORMANCE_DATASET_COURSES \(3\)/,
    );
    assert.throws(() => parseConfig({ PERFORMANCE_DATASET_COURSES: 'many' }), /invalid PERFORMANCE_DATASET_COURSES/);
    assert.throws(() => parseConfig({ PERFORMANCE_USERS_DISTINCT: 'yes' }), /invalid PERFORMANCE_USERS_DISTINCT/);
    assert.equal(parseConfig({ PERFORMANCE_DATASET_COURSES: '0' }).dataset.generated, 0);
  });
});

describe('run-created titles', () => {
  const earlier = newRunId(Date.now() - 60_000);
  const killed = newRunId(Date.now() - LIVE_RUN_WINDOW_MS - 60_000);
  const current = newRunId();
  const later = newRunId(Date.now() + 60_000);

  test('the run id is read back from a title, and dataset titles never match the run filter', () => {
    assert.equal(runIdOf(`perf-scratch ${current} vu3 it7`), current);
    assert.equal(runIdOf(`perf-seed ${current} 2`), current);
    assert.ok(!datasetTitle(7).includes(RUN_TITLE_FILTER));
    assert.equal(datasetTitle(7), 'course-perf dataset 07');
  });

  test("teardown removes its own run's courses only; setup removes killed runs' and old-style leftovers, never those of a run that may still be going", () => {
    assert.ok(isLeftover(`perf-power ${current} vu1 it0`, current, true));
    assert.ok(!isLeftover(`perf-power ${earlier} vu1 it0`, current, true));
    assert.ok(isLeftover(`perf-power ${killed} vu1 it0`, current, false));
    assert.ok(
      !isLeftover(`perf-power ${earlier} vu1 it0`, current, false),
      'a run that started a minute ago (another execution segment) may still be going',
    );
    assert.ok(!isLeftover(`perf-power ${current} vu1 it0`, current, false));
    assert.ok(!isLeftover(`perf-power ${later} vu1 it0`, current, false), 'a run that started later is running now');
    assert.ok(isLeftover('perf-seed legacy title', current, false));
    assert.ok(!isLeftover(datasetTitle(1), current, false));
    assert.ok(!isLeftover('My own course about perf-tuning', current, false));
  });
});
