// The capacity entry's answer (users at think time by Little's law), its sweep arithmetic (steps,
// windows, when to stop), its gate, and how the runner reads the sweep's own stop.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { capacityEntry } from '../../lib/config/entries.ts';
import { SWEEP_DONE, stepAt, stopReason, sweepStages } from '../../lib/load/capacity-steps.ts';
import type { CapacityConfirmation, CapacityResult } from '../../lib/report/capacity-result.ts';
import { sweepExitCode, withoutSweepStop } from '../../runner/capacity/capacity-entry.ts';
import { sweepStopReason } from '../../runner/capacity/capacity-run.ts';
import { predictForUsers, tailRatioAt, usersHeld } from '../../runner/capacity/users-at-think-time.ts';
import { capacityGateOf, capacityInconclusive, evaluateCapacityGate } from '../../runner/report/capacity-report.ts';

const ratios = [{ n: 1, ratio: 1.2 }];

describe('users at think time', () => {
  test("Little's law: n in flight plus X(n)·Z thinking, up to the peak", () => {
    // σ = 0.1, λ = 10: X levels off at 100/s; κ makes it peak at √(0.9/0.001) = 30.
    const params = { sigma: 0.1, kappa: 0.001, lambda: 10 };
    const held = usersHeld(params, { thinkS: 2, p95TargetMs: 10_000, ratios, nMeasured: 64 });
    assert.equal(held.limitedBy, 'peak');
    assert.ok(Math.abs(held.n - 30) < 1e-6);
    assert.equal(held.users, Math.floor(held.n + held.x * 2));
  });

  test('the p95 target stops it first when the p95/mean ratio says so', () => {
    const params = { sigma: 0.1, kappa: 0, lambda: 10 };
    // R(n) = (1 + 0.1(n−1)) / 10 s; p95 = 1.2 R ≤ 600 ms → n ≤ 41.
    const held = usersHeld(params, { thinkS: 1, p95TargetMs: 600, ratios, nMeasured: 100 });
    assert.equal(held.limitedBy, 'p95 target');
    assert.ok(Math.abs(held.n - 41) < 1e-3, `n ${held.n}`);
    assert.ok(Math.abs(held.p95Ms - 600) < 0.1);
  });

  test('never beyond the highest level measured, then said to be a lower bound', () => {
    const held = usersHeld({ sigma: 0, kappa: 0, lambda: 5 }, { thinkS: 1, p95TargetMs: 10_000, ratios, nMeasured: 8 });
    assert.equal(held.limitedBy, 'highest level measured');
    assert.equal(held.users, 8 + 40);
  });

  test('no user when one request alone breaks the target', () => {
    const held = usersHeld({ sigma: 0, kappa: 0, lambda: 5 }, { thinkS: 1, p95TargetMs: 100, ratios, nMeasured: 8 });
    assert.equal(held.users, 0);
  });

  test('predictForUsers inverts it', () => {
    const params = { sigma: 0.05, kappa: 0.0005, lambda: 4 };
    const opts = { thinkS: 1.5, ratios, nMeasured: 64 };
    const held = usersHeld(params, { ...opts, p95TargetMs: 800 });
    const predicted = predictForUsers(params, held.n + held.x * 1.5, opts);
    assert.ok(Math.abs(predicted.n - held.n) < 1e-6);
  });

  test('the p95/mean ratio is linear between the measured steps', () => {
    const r = [
      { n: 2, ratio: 1 },
      { n: 4, ratio: 2 },
    ];
    assert.equal(tailRatioAt(r, 1), 1);
    assert.equal(tailRatioAt(r, 3), 1.5);
    assert.equal(tailRatioAt(r, 9), 2);
  });
});

describe('the sweep', () => {
  const shape = { levels: [1, 2, 4], stepS: 10, settleS: 3 };

  test('each level reached at once and held; the settling start left out', () => {
    assert.deepEqual(sweepStages(shape), [
      { durationS: 0, target: 1 },
      { durationS: 10, target: 1 },
      { durationS: 0, target: 2 },
      { durationS: 10, target: 2 },
      { durationS: 0, target: 4 },
      { durationS: 10, target: 4 },
    ]);
    assert.deepEqual(stepAt(12, shape), { index: 1, users: 2, steady: false });
    assert.deepEqual(stepAt(13, shape), { index: 1, users: 2, steady: true });
    assert.equal(stepAt(30, shape), null);
  });

  const targets = { apiP95Ms: 500, errorRate: 0.01 };
  const view = (users: number, x: number, p95Ms = 100, errorRate = 0) => ({ users, x, p95Ms, errorRate });

  test('stops when throughput fell for two steps, or a step broke a target; not for one fall', () => {
    assert.equal(stopReason([view(1, 10), view(2, 20), view(4, 18)], targets), null);
    assert.match(stopReason([view(2, 20), view(4, 18), view(8, 15)], targets)!, /fell for two steps/);
    assert.match(stopReason([view(1, 10, 600)], targets)!, /1-user step broke the p95 target \(600 ms > 500 ms\)/);
    assert.match(stopReason([view(1, 10, 100, 0.05)], targets)!, /broke the error target/);
  });

  test('its settings: doubling levels to CAPACITY_MAX_USERS, or a list; the mix; bad values named', () => {
    assert.deepEqual(capacityEntry.settings({ CAPACITY_MAX_USERS: '20' }).levels, [1, 2, 4, 8, 16, 20]);
    assert.deepEqual(capacityEntry.settings({ CAPACITY_LEVELS: '1, 3,9' }).levels, [1, 3, 9]);
    assert.throws(() => capacityEntry.settings({ CAPACITY_LEVELS: '4,2' }), /invalid CAPACITY_LEVELS="4,2"/);
    assert.throws(
      () => capacityEntry.settings({ CAPACITY_STEP_S: '4', CAPACITY_SETTLE_S: '4' }),
      /CAPACITY_SETTLE_S=4 must be shorter than CAPACITY_STEP_S=4/,
    );
    assert.equal(capacityEntry.settings({}).mix, 'readwrite');
    assert.equal(capacityEntry.settings({ CAPACITY_MIX: 'read' }).mix, 'read');
    assert.throws(
      () => capacityEntry.settings({ CAPACITY_MIX: 'writes' }),
      /invalid CAPACITY_MIX="writes": expected readwrite/,
    );
  });

  test("the runner reads the sweep's own stop as a normal end, and says why it stopped", () => {
    const log = `time="t" level=error msg="test aborted: ${SWEEP_DONE} throughput fell for two steps (1 → 2): past the peak at close (file:///x.ts:1:2(3))"`;
    assert.equal(sweepExitCode(108, log), 0);
    assert.equal(sweepExitCode(108, 'level=error msg="test aborted: something else"'), 108);
    assert.equal(sweepStopReason(log), 'throughput fell for two steps (1 → 2): past the peak');
    assert.equal(withoutSweepStop(`a\n${log}\nb`), 'a\nb');
  });
});

describe('THRESHOLD_CAPACITY_USERS', () => {
  const capacity = (lower: number | null): CapacityResult =>
    ({
      refused: lower === null ? 'R² 0.5 is below 0.8' : null,
      answer: lower === null ? null : { interval: [lower, lower + 10] },
    }) as CapacityResult;

  test("passes when the interval's lower bound reaches it; a refused fit fails it with the reason", () => {
    assert.equal(capacityGateOf({}), null);
    assert.equal(capacityGateOf({ THRESHOLD_CAPACITY_USERS: '100' }), 100);
    assert.throws(
      () => capacityGateOf({ THRESHOLD_CAPACITY_USERS: 'many' }),
      /invalid THRESHOLD_CAPACITY_USERS="many"/,
    );
    assert.equal(evaluateCapacityGate(capacity(100), 100).ok, true);
    assert.equal(evaluateCapacityGate(capacity(99), 100).ok, false);
    const refused = evaluateCapacityGate(capacity(null), 100);
    assert.equal(refused.ok, false);
    assert.match(refused.reason!, /no answer: R² 0.5/);
  });

  test('an answer its own confirmation run contradicted fails the gate and reads inconclusive', () => {
    const confirmed = (verdict: CapacityConfirmation['verdict']): CapacityResult => ({
      ...capacity(8000),
      answer: { users: 8680, interval: [8000, 8700] } as CapacityResult['answer'],
      confirmation: {
        verdict,
        reason: 'throughput -57.2 % from the prediction (±15 % confirms)',
      } as CapacityConfirmation,
    });
    assert.equal(evaluateCapacityGate(confirmed('confirmed'), 100).ok, true);
    assert.equal(capacityInconclusive(confirmed('confirmed')), null);
    for (const verdict of ['not confirmed', 'inconclusive'] as const) {
      const gate = evaluateCapacityGate(confirmed(verdict), 100);
      assert.equal(gate.ok, false, verdict);
      assert.match(gate.reason!, /confirmation run did not confirm it .*-57\.2 %/);
      assert.match(capacityInconclusive(confirmed(verdict))!, new RegExp(`8680 users\\) is ${verdict} by its own run`));
    }
    assert.match(capacityInconclusive(capacity(null))!, /no capacity answer: R² 0.5/);
    // No confirmation asked for (CAPACITY_CONFIRM_S=0): the answer stands on the fit alone.
    assert.equal(capacityInconclusive({ ...capacity(100), confirmation: null }), null);
  });
});
