// The pure parts of interactive runs: which user class each VU of the pool plays, and the checks
// of what the page sends (every bad field named, nothing accepted half-way).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classOfUser, splitUsers } from '../../lib/load/shapes.ts';
import { parseStartInput, parseUsersChange } from '../../runner/interactive/start-input.ts';
import { UserNumbers } from '../../runner/interactive/user-numbers.ts';

test('the first n VUs of the pool follow the user mix as closely as whole users can', () => {
  for (const weights of [
    { regular: 70, power: 20, admin: 10 },
    { regular: 100, power: 0, admin: 0 },
    { regular: 34, power: 33, admin: 33 },
    { regular: 0, power: 50, admin: 50 },
  ]) {
    const counts = { regular: 0, power: 0, admin: 0 };
    for (let n = 1; n <= 200; n++) {
      counts[classOfUser(n, weights)]++;
      for (const c of ['regular', 'power', 'admin'] as const) {
        assert.ok(
          Math.abs(counts[c] - (weights[c] * n) / 100) < 1,
          `${JSON.stringify(weights)} n=${n}: ${c} ${counts[c]}`,
        );
        if (weights[c] === 0) assert.equal(counts[c], 0);
      }
    }
    // At 100 users the pool matches the fixed-shape entries' split.
    const at100 = { regular: 0, power: 0, admin: 0 };
    for (let n = 1; n <= 100; n++) at100[classOfUser(n, weights)]++;
    assert.deepEqual(at100, splitUsers(100, weights));
  }
});

test('the pool is numbered 1, 2, 3 … whatever k6 VU ids it holds (other scenarios take some ids)', () => {
  const numbers = new UserNumbers();
  // The health probe holds VU 2 and the poller VU 5: the pool's VUs are 1, 3, 4, 6, 7, asking in any order.
  assert.deepEqual(
    [7, 3, 1, 6, 4].map((id) => numbers.of(id)),
    [1, 2, 3, 4, 5],
  );
  assert.deepEqual(
    [1, 7, 4].map((id) => numbers.of(id)),
    [3, 1, 5],
    'a VU keeps its number',
  );
  for (const bad of [0, -1, Number.NaN, 1.5]) assert.equal(numbers.of(bad), 0, `not a VU id: ${bad}`);
});

test('Start: every bad field is named; a good form is taken as typed', () => {
  const good = { users: '5', spawnRate: '2.5', poolVus: '25', duration: '', weights: '70/20/10', target: '' };
  assert.deepEqual(parseStartInput(good, {}).input, {
    target: '',
    weights: '70/20/10',
    users: 5,
    spawnRate: 2.5,
    durationS: null,
    poolVus: 25,
  });
  const bad = parseStartInput(
    { users: '0', spawnRate: '0', poolVus: '3000', duration: '-1', weights: '1/2', target: 'ftp://x' },
    {},
  );
  assert.equal(bad.input, undefined);
  assert.deepEqual(Object.keys(bad.errors).sort(), ['durationS', 'poolVus', 'spawnRate', 'target', 'users', 'weights']);
  assert.match(bad.errors.target!, /BASE_URL/);
  assert.match(bad.errors.weights!, /PERFORMANCE_USER_WEIGHTS/);
  assert.match(parseStartInput({ ...good, users: '26' }, {}).errors.users!, /at most the pool, 25/);
  assert.match(
    parseStartInput({ ...good, target: 'http://10.0.0.5:8000' }, {}).errors.target!,
    /not a loopback address/,
  );
  assert.equal(
    parseStartInput({ ...good, target: 'http://10.0.0.5:8000' }, { PERFORMANCE_ALLOWED_HOSTS: '10.0.0.5' }).errors
      .target,
    undefined,
  );
});

test('a users change while running stays within the pool', () => {
  assert.deepEqual(parseUsersChange({ users: '0' }, 10), { users: 0, spawnRate: undefined, errors: {} });
  assert.match(parseUsersChange({ users: '11' }, 10).errors.users!, /pool is 10 VUs; k6 v2 cannot add VUs/);
  assert.match(parseUsersChange({ users: '3', spawnRate: '0' }, 10).errors.spawnRate!, /above 0/);
});
