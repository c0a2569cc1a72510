// Resource scaling's arithmetic on series whose answer is known: steps by load level, what each
// step holds, the fitted slopes, and the slopes refused with a reason when the data cannot carry them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  type LoadSecond,
  leastSquares,
  type ResourceSample,
  resourceScaling,
  scalingMarkdown,
  scalingText,
  stepWidth,
} from '../../runner/scaling/resource-scaling.ts';

const T0 = 1_800_000_000;

/** A run rising 1 user every `perStep` seconds up to `peak`, holding `holdS`, then ramping down; memory 50 + 0.4 MB per user, CPU 2 % per request/s. */
function rampRun(peak: number, perStep: number, holdS: number) {
  const levels: number[] = [];
  for (let users = 1; users <= peak; users++) for (let i = 0; i < perStep; i++) levels.push(users);
  for (let i = 0; i < holdS; i++) levels.push(peak);
  for (let users = peak - 1; users >= 1; users--) levels.push(users);
  const seconds: LoadSecond[] = levels.map((users, i) => ({
    t: T0 + i,
    vus: users,
    requests: 3 * users,
    durations: Array.from({ length: 3 * users }, (_, k) => 10 + users + (k % 20)),
  }));
  // One sample a second, taken at the end of each second; after the peak, memory stays where it got (a server keeps what it allocated).
  let held = 0;
  const server: ResourceSample[] = seconds.map((s) => {
    held = Math.max(held, 50 + 0.4 * s.vus!);
    return { t: (s.t + 1) * 1000, cpu_percent: 2 * s.requests, memory_mb: held };
  });
  return { seconds, server };
}

describe('resource scaling', () => {
  test('step widths are round and give at most 10 steps', () => {
    assert.deepEqual(
      [6, 10, 11, 25, 100, 101, 500, 2000].map((m) => stepWidth(m)),
      [1, 1, 2, 5, 10, 20, 50, 200],
    );
  });

  test('least squares: exact on a line, R² 1; null when x does not vary', () => {
    const fit = leastSquares([1, 2, 3, 4].map((x) => ({ x, y: 7 + 3 * x })))!;
    assert.ok(Math.abs(fit.slope - 3) < 1e-12 && Math.abs(fit.r2 - 1) < 1e-12);
    assert.equal(
      leastSquares([
        { x: 2, y: 1 },
        { x: 2, y: 5 },
      ]),
      null,
    );
  });

  test('a ramp: one step per user level, the ramp-down left out, the slopes recovered', () => {
    const { seconds, server } = rampRun(6, 4, 5);
    const scaling = resourceScaling(seconds, server, 'users')!;
    assert.equal(scaling.step_width, 1);
    assert.deepEqual(
      scaling.steps.map((s) => s.to),
      [1, 2, 3, 4, 5, 6],
    );
    assert.deepEqual(
      scaling.steps.map((s) => s.seconds),
      [4, 4, 4, 4, 4, 9],
      'the hold joins the top step; the ramp-down is not counted',
    );
    assert.equal(scaling.window.to, T0 + 6 * 4 + 5 - 1, 'the window ends at the last second at peak');
    for (const step of scaling.steps) {
      assert.equal(step.users_mean, step.to);
      assert.equal(step.requests_per_s, 3 * step.to);
      assert.equal(step.memory_mb_peak, 50 + 0.4 * step.to);
      assert.equal(step.cpu_percent_mean, 6 * step.to);
      assert.equal(step.server_samples, step.seconds, 'each second has its own sample');
    }
    assert.ok(Math.abs(scaling.memory.value! - 40) < 1e-9, `memory slope ${scaling.memory.value}`);
    assert.equal(scaling.memory.unit, 'MB per 100 users');
    assert.ok(Math.abs(scaling.cpu.value! - 200) < 1e-9, `CPU slope ${scaling.cpu.value}`);
    assert.equal(scaling.cpu.unit, 'CPU % per 100 req/s');
    assert.equal(scaling.memory.steps_used, 6);
    assert.match(scalingText(scaling), /6 users\s+9\s+6\.0\s+18\.0/);
    assert.match(scalingMarkdown(scaling), /\| 6 users \| 9 \| 6\.0 \| 18\.0 \|/);
  });

  test("one odd second above the peak (the poller's VU counted mid-poll) does not cut the hold", () => {
    const { seconds, server } = rampRun(4, 4, 6);
    seconds[4 * 3 + 2]!.vus = 5; // early in the hold
    const scaling = resourceScaling(seconds, server, 'users')!;
    assert.equal(scaling.window.to, T0 + 4 * 4 + 6 - 1);
    assert.deepEqual(
      scaling.steps.map((s) => [s.to, s.seconds]),
      [
        [1, 4],
        [2, 4],
        [3, 4],
        [4, 9],
        [5, 1],
      ],
    );
  });

  test('wide steps pool their seconds; p95 is of the pooled latencies', () => {
    const { seconds, server } = rampRun(30, 2, 2);
    const scaling = resourceScaling(seconds, server, 'users')!;
    assert.equal(scaling.step_width, 5);
    assert.equal(scaling.steps.length, 6);
    const first = scaling.steps[0]!; // users 1..5, 2 s each
    assert.equal(first.seconds, 10);
    assert.equal(first.users_mean, 3);
    const pooled = seconds
      .filter((s) => s.vus! <= 5 && s.t <= scaling.window.to)
      .flatMap((s) => s.durations)
      .sort((a, b) => a - b);
    assert.equal(first.p95_ms, pooled[Math.ceil(0.95 * pooled.length) - 1]);
  });

  test('too few steps with samples: the slope is refused with the reason, the table still shown', () => {
    const { seconds, server } = rampRun(6, 2, 3); // 2 s per level: 2 samples each, only the top step has 3+
    const scaling = resourceScaling(seconds, server, 'users')!;
    assert.equal(scaling.memory.value, null);
    assert.match(scaling.memory.reason!, /1 of 6 load steps have 3\+ server samples; a slope needs 3/);
    assert.equal(scaling.steps.length, 6);
    assert.match(scalingText(scaling), /not given \(1 of 6 load steps/);
  });

  test('no sidecar: steps without server figures, slopes refused as not measured', () => {
    const { seconds } = rampRun(4, 4, 4);
    const scaling = resourceScaling(seconds, [], 'users')!;
    assert.ok(
      scaling.steps.every((s) => s.memory_mb_peak === null && s.cpu_percent_mean === null && s.server_samples === 0),
    );
    assert.match(scaling.cpu.reason!, /no server samples in this run \(no sidecar\)/);
  });

  test('a request-rate level (breakpoint): steps by API requests per second', () => {
    const seconds: LoadSecond[] = Array.from({ length: 40 }, (_, i) => ({
      t: T0 + i,
      vus: 3,
      requests: 5 + 5 * i,
      durations: [5],
    }));
    const server = seconds.map((s) => ({
      t: (s.t + 1) * 1000,
      cpu_percent: 0.1 * s.requests,
      memory_mb: 80 + 0.01 * s.requests,
    }));
    const scaling = resourceScaling(seconds, server, 'requests_per_s')!;
    assert.equal(scaling.step_width, 20);
    assert.equal(scaling.memory.unit, 'MB per 100 req/s');
    assert.ok(Math.abs(scaling.cpu.value! - 10) < 0.5, `CPU slope ${scaling.cpu.value}`);
    assert.equal(
      resourceScaling([{ t: T0, vus: 0, requests: 0, durations: [] }], [], 'users'),
      null,
      'no load at all: nothing to report',
    );
  });
});
