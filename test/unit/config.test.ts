import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertTargetAllowed, ConfigError, parseConfig } from '../../lib/config/config.ts';
import { DEFAULT_TARGETS } from '../../thresholds/targets.ts';

describe('parseConfig', () => {
  test('defaults are the seed suite values', () => {
    const config = parseConfig({});
    assert.equal(config.baseUrl, 'http://127.0.0.1:8000');
    assert.equal(config.durationS, 60);
    assert.equal(config.concurrentUsers, 100);
    assert.equal(config.apiTimeoutS, 30);
    assert.deepEqual(config.weights, { regular: 70, power: 20, admin: 10 });
    assert.deepEqual(config.targets, { ...DEFAULT_TARGETS });
    assert.equal(config.sidecarUrl, undefined);
    assert.deepEqual(config.users.admin, { email: 'admin@example.com', password: 'admin-password' });
  });

  test('reads valid overrides', () => {
    const config = parseConfig({
      BASE_URL: 'http://[::1]:9000/',
      PERFORMANCE_TEST_DURATION: '5',
      PERFORMANCE_CONCURRENT_USERS: '7',
      PERFORMANCE_MEMORY_LIMIT: '512',
      PERFORMANCE_CPU_LIMIT: '65.5',
      PERFORMANCE_USER_WEIGHTS: '50/30/20',
      PERFORMANCE_THINK_TIME: '0.5-2',
      THRESHOLD_API_P95_MS: '150',
      THRESHOLD_CHAPTER_P95_S: '30',
      THRESHOLD_SUCCESS_RATE: '0.99',
      THRESHOLD_DROPPED_SHARE: '0.005',
      SIDECAR_URL: 'http://127.0.0.1:9100',
    });
    assert.equal(config.baseUrl, 'http://[::1]:9000');
    assert.equal(config.durationS, 5);
    assert.equal(config.concurrentUsers, 7);
    assert.equal(config.targets.memoryMb, 512);
    assert.equal(config.targets.cpuPercent, 65.5);
    assert.deepEqual(config.weights, { regular: 50, power: 30, admin: 20 });
    assert.deepEqual(config.thinkTimeS, { min: 0.5, max: 2 });
    assert.equal(config.targets.apiP95Ms, 150);
    assert.equal(config.targets.chapterP95Ms, 30_000);
    assert.equal(config.targets.successRate, 0.99);
    assert.equal(config.targets.droppedShare, 0.005);
    assert.equal(config.sidecarUrl, 'http://127.0.0.1:9100');
  });

  // Each bad value must be refused with a message naming the variable, the value and the accepted form.
  const bad: [string, string, RegExp][] = [
    ['PERFORMANCE_TEST_DURATION', '', /a whole number of seconds/],
    ['PERFORMANCE_TEST_DURATION', '-5', /a whole number of seconds from 1/],
    ['PERFORMANCE_TEST_DURATION', 'NaN', /a whole number of seconds/],
    ['PERFORMANCE_TEST_DURATION', '60s', /a whole number of seconds/],
    ['PERFORMANCE_TEST_DURATION', '1.5', /a whole number of seconds/],
    ['PERFORMANCE_TEST_DURATION', '99999999999', /from 1 to 604800/],
    ['PERFORMANCE_CONCURRENT_USERS', '0', /a whole number from 1 to 100000/],
    ['PERFORMANCE_CONCURRENT_USERS', '1e3', /a whole number/],
    ['PERFORMANCE_API_TIMEOUT', '30ms', /a whole number of seconds/],
    ['PERFORMANCE_MEMORY_LIMIT', '1GB', /a whole number/],
    ['PERFORMANCE_CPU_LIMIT', '120', /a percentage from 1 to 100/],
    ['PERFORMANCE_CPU_LIMIT', 'Infinity', /a percentage/],
    ['THRESHOLD_SUCCESS_RATE', '95', /a fraction \(e\.g\. 0\.95\) from 0 to 1/],
    ['THRESHOLD_API_P95_MS', 'fast', /milliseconds/],
    ['THRESHOLD_DROPPED_SHARE', '1%', /a share of the scheduled iterations \(e\.g\. 0\.01\) from 0 to 1/],
    ['THRESHOLD_DROPPED_SHARE', '2', /from 0 to 1/],
    ['PERFORMANCE_USER_WEIGHTS', '70/20', /regular\/power\/admin summing to 100/],
    ['PERFORMANCE_USER_WEIGHTS', '70/20/20', /summing to 100/],
    ['PERFORMANCE_THINK_TIME', '3-1', /MIN-MAX/],
    ['BASE_URL', 'localhost:8000', /an http\(s\) URL/],
    ['BASE_URL', 'ftp://127.0.0.1', /an http\(s\) URL/],
    ['SIDECAR_URL', 'not a url', /an http\(s\) URL/],
    ['REGULAR_USER_PASSWORD', '  ', /a non-empty value/],
    ['GENERATION_CHAPTERS', '21', /from 1 to 20/],
  ];
  for (const [name, value, expected] of bad) {
    test(`refuses ${name}=${JSON.stringify(value)}`, () => {
      assert.throws(
        () => parseConfig({ [name]: value }),
        (error: unknown) => {
          assert.ok(error instanceof ConfigError);
          assert.ok(error.message.startsWith(`invalid ${name}=${JSON.stringify(value)}: expected `), error.message);
          assert.match(error.message, expected);
          return true;
        },
      );
    });
  }
});

describe('target guard', () => {
  const guarded = (env: Record<string, string>) => () => assertTargetAllowed(parseConfig(env), 'load');
  test('loopback targets are allowed', () => {
    for (const url of ['http://127.0.0.1:8000', 'http://127.3.2.1', 'http://localhost:1', 'http://[::1]:8000']) {
      assert.doesNotThrow(guarded({ BASE_URL: url }), url);
    }
  });
  test('other hosts are refused with a message that says how to allow them', () => {
    assert.throws(
      guarded({ BASE_URL: 'https://api.example.com' }),
      /refusing to run "load" against https:\/\/api\.example\.com: api\.example\.com is not a loopback address.*PERFORMANCE_ALLOWED_HOSTS=api\.example\.com/,
    );
    assert.throws(
      guarded({ BASE_URL: 'http://10.0.0.5:8000', PERFORMANCE_ALLOWED_HOSTS: 'other.example.com' }),
      /10\.0\.0\.5 is not a loopback/,
    );
  });
  test('allow-listed hosts pass', () => {
    assert.doesNotThrow(
      guarded({ BASE_URL: 'https://Staging.Example.com', PERFORMANCE_ALLOWED_HOSTS: 'staging.example.com, 10.0.0.5' }),
    );
  });
  test('a malformed allow-list is refused', () => {
    assert.throws(() => parseConfig({ PERFORMANCE_ALLOWED_HOSTS: 'a b' }), /invalid PERFORMANCE_ALLOWED_HOSTS/);
  });
});
