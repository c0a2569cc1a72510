// A sweep step's steady window (runner/capacity/steady-window.ts) on synthetic completion series:
// MSER cuts a warm-up and no more, never past half the step; a step still warming up or drifting
// is called unsteady, a steady one almost never; and the fit warns about (or refuses) a sweep of
// unsteady steps.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { analyzeSweep } from '../../runner/capacity/capacity-analysis.ts';
import { binCounts, binWidthS, mserTruncation, steadyWindow } from '../../runner/capacity/steady-window.ts';
import { uslThroughput } from '../../runner/capacity/usl-fit.ts';

/** Completion times (s) of a Poisson stream over [0, stepS) at `rate(t)` per second, seeded. */
function completions(rate: (t: number) => number, stepS: number, seed: number): number[] {
  const rng = xoroshiro128plus(seed);
  const times: number[] = [];
  for (let t = 0; ; ) {
    t += -Math.log(1 - uniformFloat64(rng)) / rate(t);
    if (t >= stepS) return times;
    times.push(t);
  }
}

describe('MSER truncation', () => {
  test('bins completions by their end, over whole bins only', () => {
    assert.deepEqual(binCounts([0.1, 0.2, 0.6, 1.4, 2.2], 2, 0.5), [2, 1, 1, 0]);
    assert.equal(binWidthS(20), 0.5);
    assert.equal(binWidthS(3), 0.15);
  });

  test('cuts a warm-up where it ends, and a steady series not at all', () => {
    const warm = [...Array(10).fill(2), ...Array.from({ length: 30 }, (_, i) => 10 + (i % 3) - 1)];
    assert.deepEqual(mserTruncation(warm, 0), { d: 10, atBound: false });
    const flat = Array.from({ length: 40 }, (_, i) => 10 + (i % 3) - 1);
    assert.equal(mserTruncation(flat, 4).d, 4, 'the settling cut, no more');
  });

  test('never cuts past half the series; a series still rising hits that bound', () => {
    const rising = Array.from({ length: 40 }, (_, i) => i);
    assert.deepEqual(mserTruncation(rising, 0), { d: 20, atBound: true });
    assert.deepEqual(
      mserTruncation(rising, 25),
      { d: 25, atBound: false },
      'a settling cut past half leaves no search',
    );
  });
});

describe('steadyWindow', () => {
  const shape = { stepS: 20, settleS: 5, toS: 20 };

  test('a warm-up longer than the settling cut is cut from the data, and the step is steady after it', () => {
    const times = completions((t) => (t < 8 ? 10 : 40), 20, 3);
    const w = steadyWindow(times, shape);
    assert.ok(w.fromS >= 7.5 && w.fromS <= 9, `cut at ${w.fromS} s`);
    assert.equal(w.steady, true, w.why ?? '');
  });

  test('a step still warming up past half its length is called unsteady (≥ 40 of 50 seeds), never cut past half', () => {
    let unsteady = 0;
    for (let seed = 0; seed < 50; seed++) {
      const w = steadyWindow(
        completions((t) => 2 + 4 * t, 20, seed),
        shape,
      );
      assert.ok(w.fromS <= 10, `cut at ${w.fromS} s: past half the step`);
      if (!w.steady) unsteady++;
    }
    assert.ok(unsteady >= 40, `${unsteady} of 50 rising steps called unsteady`);
  });

  test('a step whose throughput drops late (past what may be cut) is unsteady', () => {
    const w = steadyWindow(
      completions((t) => (t < 15 ? 40 : 20), 20, 5),
      shape,
    );
    assert.equal(w.steady, false);
    assert.match(w.why ?? '', /ran -\d+ % slower/);
  });

  test('steady steps are called unsteady rarely (≤ 3 % of 300 seeded Poisson steps, short and long)', () => {
    for (const [stepS, settleS, rate] of [
      [3, 1, 5],
      [3, 1, 400],
      [20, 5, 40],
    ] as const) {
      let unsteady = 0;
      for (let seed = 0; seed < 300; seed++)
        if (
          !steadyWindow(
            completions(() => rate, stepS, seed),
            { stepS, settleS, toS: stepS },
          ).steady
        )
          unsteady++;
      assert.ok(unsteady <= 9, `${unsteady} of 300 steady steps called unsteady (${stepS} s at ${rate}/s)`);
    }
  });
});

describe('the fit over unsteady steps', () => {
  const steps = (unsteady: number[]) =>
    [1, 2, 4, 6, 8, 12].map((n) => {
      const x = uslThroughput({ sigma: 0.05, kappa: 0.005, lambda: 5 }, n);
      const meanMs = (n / x) * 1000;
      return {
        n,
        x,
        durationsMs: [meanMs * 0.9, meanMs, meanMs * 1.1],
        meanMs,
        p95Ms: meanMs * 1.1,
        steady: !unsteady.includes(n),
      };
    });

  test('a few: fitted, with a warning naming them', () => {
    const analysis = analyzeSweep({ steps: steps([8]), thinkS: 1, p95TargetMs: 10_000, replicates: 20 });
    assert.ok(analysis.ok, JSON.stringify(analysis));
    assert.match(analysis.fit.words, /warning: 1 of 6 steps \(8 users\) never became steady/);
  });

  test('most: refused with the reason', () => {
    const analysis = analyzeSweep({ steps: steps([2, 4, 8, 12]), thinkS: 1, p95TargetMs: 10_000, replicates: 20 });
    assert.ok(!analysis.ok);
    assert.match(
      analysis.reason,
      /4 of 6 steps \(2, 4, 8, 12 users\) never became steady: most of the sweep is transients/,
    );
  });
});
