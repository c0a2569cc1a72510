// The arithmetic behind spike recovery, ramp-up/soak drift and breakpoint's sustained rate (pure).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  achievedRate,
  driftRatio,
  FAILED_DRIFT,
  linearRate,
  median,
  type Phase,
  percentile,
  phaseAt,
  windowWithinBudget,
} from '../../lib/load/phase-math.ts';
import { iterationsPerUser } from '../../lib/load/shapes.ts';

const spike: Phase[] = [
  { name: 'baseline', untilS: 20 },
  { name: 'spike', untilS: 46 },
  { name: 'recovering', untilS: 56 },
  { name: 'recovered', untilS: Infinity },
];

test('phaseAt: boundaries belong to the next phase; after the last end stays in the last', () => {
  assert.equal(phaseAt(0, spike), 'baseline');
  assert.equal(phaseAt(19.999, spike), 'baseline');
  assert.equal(phaseAt(20, spike), 'spike');
  assert.equal(phaseAt(55.9, spike), 'recovering');
  assert.equal(phaseAt(1e6, spike), 'recovered');
  assert.equal(
    phaseAt(99, [
      { name: 'a', untilS: 10 },
      { name: 'b', untilS: 20 },
    ]),
    'b',
  );
  assert.throws(() => phaseAt(1, []), /no phases/);
});

test('median of odd, even and empty lists, input left unsorted', () => {
  const values = [5, 1, 3];
  assert.equal(median(values), 3);
  assert.deepEqual(values, [5, 1, 3]);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([]), undefined);
});

test('driftRatio: the noise floor keeps sub-millisecond jitter near 1; a slowdown and a failure read as drift', () => {
  assert.ok(Math.abs(driftRatio(0.4, true, 0.2, 10) - 1.02) < 0.001);
  assert.equal(driftRatio(50, true, 10, 10), 3);
  assert.equal(driftRatio(10, true, 10, 0), 1);
  assert.equal(driftRatio(1, false, 10, 10), FAILED_DRIFT);
});

test('percentile: nearest rank', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(percentile(hundred, 95), 95);
  assert.equal(percentile(hundred, 100), 100);
  assert.equal(percentile([7], 95), 7);
  assert.throws(() => percentile([], 95), /empty/);
});

test('windowWithinBudget: needs a full window, no failure and p95 under the budget', () => {
  const fast = Array.from({ length: 20 }, () => ({ ms: 5, ok: true }));
  assert.equal(windowWithinBudget(fast, 20, 200), true);
  assert.equal(windowWithinBudget(fast.slice(1), 20, 200), false, 'not full yet');
  assert.equal(windowWithinBudget([...fast.slice(1), { ms: 5, ok: false }], 20, 200), false, 'one error');
  // 2 of 20 slow is the top 10 %: p95 (the 19th value) is slow.
  assert.equal(windowWithinBudget([...fast.slice(2), { ms: 300, ok: true }, { ms: 300, ok: true }], 20, 200), false);
  // 1 of 20 slow is beyond p95: still within budget.
  assert.equal(windowWithinBudget([...fast.slice(1), { ms: 300, ok: true }], 20, 200), true);
});

test('linearRate: start to max over the duration, clamped outside it', () => {
  assert.equal(linearRate(5, 105, 100, 0), 5);
  assert.equal(linearRate(5, 105, 100, 50), 55);
  assert.equal(linearRate(5, 105, 100, 100), 105);
  assert.equal(linearRate(5, 105, 100, 500), 105);
  assert.equal(linearRate(5, 105, 100, -1), 5);
});

test('iterationsPerUser: every VU runs its iterations, bounded in time', () => {
  assert.deepEqual(iterationsPerUser('generators', 10, 2, 660), {
    executor: 'per-vu-iterations',
    exec: 'generators',
    vus: 10,
    iterations: 2,
    maxDuration: '660s',
  });
});

test('achievedRate: started iterations per second between two marks; none over an empty interval', () => {
  assert.equal(achievedRate({ atMs: 1000, iteration: 100 }, { atMs: 3000, iteration: 300 }), 100);
  assert.equal(achievedRate({ atMs: 1000, iteration: 5 }, { atMs: 1000, iteration: 9 }), undefined);
});
