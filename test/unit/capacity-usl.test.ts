// The capacity entry's maths (runner/capacity/): the USL fit recovers known σ and κ from synthetic
// points, refuses what it cannot describe, and its bootstrap is deterministic and brackets the truth.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { bootstrap, interval95 } from '../../runner/capacity/bootstrap.ts';
import { analyzeSweep } from '../../runner/capacity/capacity-analysis.ts';
import { fitUsl, MIN_R2, type SweepPoint, uslPeak, uslThroughput } from '../../runner/capacity/usl-fit.ts';

const LEVELS = [1, 2, 4, 6, 8, 12, 16, 24, 32];
const curve = (sigma: number, kappa: number, lambda: number, levels = LEVELS, noise = 0, seed = 1): SweepPoint[] => {
  const rng = xoroshiro128plus(seed);
  return levels.map((n) => ({
    n,
    x: uslThroughput({ sigma, kappa, lambda }, n) * (1 + noise * (2 * uniformFloat64(rng) - 1)),
  }));
};

/** Steps whose response times give the throughput by Little's law (think time 0), with spread. */
function stepsOf(points: SweepPoint[], perStep = 200, seed = 2) {
  const rng = xoroshiro128plus(seed);
  return points.map(({ n, x }) => {
    const meanMs = (n / x) * 1000;
    const durationsMs = Array.from({ length: perStep }, () => meanMs * (0.5 + uniformFloat64(rng)));
    const sorted = [...durationsMs].sort((a, b) => a - b);
    const mean = durationsMs.reduce((a, b) => a + b, 0) / perStep;
    return { n, x, durationsMs, meanMs: mean, p95Ms: sorted[Math.ceil(0.95 * perStep) - 1]! };
  });
}

describe('fitUsl', () => {
  test('recovers σ, κ and λ from exact points, and the peak from them', () => {
    const outcome = fitUsl(curve(0.05, 0.002, 10));
    assert.ok(outcome.ok, JSON.stringify(outcome));
    const { fit } = outcome;
    assert.ok(Math.abs(fit.sigma - 0.05) < 1e-4, `σ ${fit.sigma}`);
    assert.ok(Math.abs(fit.kappa - 0.002) < 1e-5, `κ ${fit.kappa}`);
    assert.ok(Math.abs(fit.lambda - 10) < 1e-3, `λ ${fit.lambda}`);
    assert.ok(fit.r2 > 0.9999);
    assert.ok(Math.abs(fit.nStar! - Math.sqrt(0.95 / 0.002)) < 0.05, `N* ${fit.nStar}`);
  });

  test('recovers them within a few per cent from points with ±3 % noise', () => {
    const outcome = fitUsl(curve(0.08, 0.001, 5, LEVELS, 0.03, 7));
    assert.ok(outcome.ok);
    const truth = uslPeak({ sigma: 0.08, kappa: 0.001, lambda: 5 });
    assert.ok(Math.abs(outcome.fit.xMax! / truth.xMax! - 1) < 0.05, `X_max ${outcome.fit.xMax} vs ${truth.xMax}`);
    assert.ok(Math.abs(outcome.fit.nStar! / truth.nStar! - 1) < 0.25, `N* ${outcome.fit.nStar} vs ${truth.nStar}`);
  });

  test('contention alone: κ stays 0 and X_max is the asymptote λ/σ', () => {
    const outcome = fitUsl(curve(0.1, 0, 4));
    assert.ok(outcome.ok);
    assert.ok(outcome.fit.kappa < 1e-6, `κ ${outcome.fit.kappa}`);
    assert.equal(outcome.fit.nStar, null);
    assert.ok(Math.abs(outcome.fit.xMax! - 40) < 0.1);
  });

  test('keeps σ and κ at 0 or above when the points would pull them below', () => {
    const outcome = fitUsl([1, 2, 4, 8].map((n) => ({ n, x: 10 * n * (1 + 0.001 * n) })));
    if (outcome.ok) assert.ok(outcome.fit.sigma >= 0 && outcome.fit.kappa >= 0);
  });

  test('refuses fewer than 4 steps, with the reason', () => {
    const outcome = fitUsl(curve(0.05, 0.002, 10, [1, 2, 4]));
    assert.equal(outcome.ok, false);
    assert.match(!outcome.ok ? outcome.reason : '', /3 concurrency steps with data; the fit needs 4 or more/);
  });

  test('refuses negative curvature (throughput bending upward, or growing faster than linearly)', () => {
    const bending = fitUsl([1, 2, 4, 8, 12, 16].map((n) => ({ n, x: (10 * n) / (1 - 0.002 * (n - 1) ** 2) })));
    assert.equal(bending.ok, false);
    assert.match(
      !bending.ok ? bending.reason : '',
      /negative curvature: throughput bends upward .* above linear at 16 users/,
    );
    const superlinear = fitUsl([1, 2, 4, 8, 12, 16].map((n) => ({ n, x: 10 * n * (1 + 0.02 * n) })));
    assert.equal(superlinear.ok, false);
    assert.match(!superlinear.ok ? superlinear.reason : '', /negative curvature/);
  });

  test('does not refuse a sharp knee, which bends the other way', () => {
    const knee = [1, 2, 3, 4, 6, 8, 10, 12, 14].map((n) => ({ n, x: Math.min(5 * n, 40) - (n > 8 ? 2 * (n - 8) : 0) }));
    const outcome = fitUsl(knee);
    assert.ok(outcome.ok, !outcome.ok ? outcome.reason : '');
  });

  test('does not refuse a linear sweep for noise of a few per cent', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const outcome = fitUsl(curve(0, 0, 5, [1, 2, 4, 8, 12, 16], 0.03, seed));
      assert.ok(outcome.ok, `seed ${seed}: ${!outcome.ok && outcome.reason}`);
    }
  });

  test(`refuses a curve that does not describe the points (R² below ${MIN_R2})`, () => {
    const zigzag = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ n, x: n % 2 === 0 ? 50 : 10 }));
    const outcome = fitUsl(zigzag);
    assert.equal(outcome.ok, false);
    assert.match(!outcome.ok ? outcome.reason : '', /R² .* is below 0\.8/);
  });
});

describe('bootstrap', () => {
  test('is the same for the same seed, and its interval holds the true κ', () => {
    const steps = stepsOf(curve(0.03, 0.003, 8, LEVELS, 0.02, 3));
    const kappas = () =>
      bootstrap(
        steps,
        (pts) => {
          const r = fitUsl(pts);
          return r.ok ? r.fit.kappa : null;
        },
        { replicates: 200 },
      );
    const first = kappas();
    assert.deepEqual(first, kappas());
    const interval = interval95(first.values)!;
    assert.ok(interval[0] < 0.003 && 0.003 < interval[1], `κ interval ${interval}`);
  });
});

describe('analyzeSweep', () => {
  test('names coherency when throughput measurably falls past its peak, with an interval of κ above 0', () => {
    const analysis = analyzeSweep({ steps: stepsOf(curve(0.02, 0.01, 5)), thinkS: 1, p95TargetMs: 10_000 });
    assert.ok(analysis.ok);
    assert.equal(analysis.fit.limited_by, 'coherency');
    assert.ok(analysis.fit.intervals.kappa[0] > 0);
    // Peak measured at 12 users (of 1, 2, 4, 6, 8, 12, 16, ...): the answer stays at or below the level before it.
    assert.equal(analysis.answer.limited_by, 'peak');
    assert.ok(analysis.answer.in_flight <= 8, `in flight ${analysis.answer.in_flight}`);
  });

  test('names contention for a knee that levels off without falling', () => {
    const analysis = analyzeSweep({ steps: stepsOf(curve(0.1, 0, 5)), thinkS: 1, p95TargetMs: 10_000 });
    assert.ok(analysis.ok);
    assert.equal(analysis.fit.limited_by, 'contention');
    assert.match(analysis.fit.words, /serial part of ~10\.0 %/);
  });

  test('a platform that scales linearly: nothing measurable, no peak claimed, users a lower bound', () => {
    const analysis = analyzeSweep({ steps: stepsOf(curve(0, 0, 5, [1, 2, 4, 8])), thinkS: 1, p95TargetMs: 10_000 });
    assert.ok(analysis.ok);
    assert.equal(analysis.fit.limited_by, 'nothing measurable');
    assert.equal(analysis.fit.n_star, null);
    assert.equal(analysis.fit.x_max, null);
    assert.equal(analysis.answer.limited_by, 'highest level measured');
  });

  test("refused when k6's machine was out of CPU at or after the best step: the limit may be the generator's", () => {
    const steps = stepsOf(curve(0.1, 0, 5)); // levels off: the best step is the last (32 users)
    const busyFrom = (users: number, cpu: number) =>
      steps.map((s) => ({ ...s, generatorCpu: s.n >= users ? cpu : 40 }));
    const refused = analyzeSweep({ steps: busyFrom(32, 97), thinkS: 1, p95TargetMs: 10_000 });
    assert.equal(refused.ok, false);
    assert.match(
      refused.ok ? '' : refused.reason,
      /machine running k6 was at 97 % CPU at the 32-user step .*may be that machine's, not the platform's/,
    );
    // Busy below the threshold, or not sampled (another OS, an older run): the fit stands.
    assert.ok(analyzeSweep({ steps: busyFrom(32, 89), thinkS: 1, p95TargetMs: 10_000 }).ok);
    assert.ok(
      analyzeSweep({ steps: steps.map((s) => ({ ...s, generatorCpu: null })), thinkS: 1, p95TargetMs: 10_000 }).ok,
    );
  });
});
