// The statistics under npm run compare, against published figures and against their own definitions.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { probit } from 'simple-statistics';
import {
  buildSide,
  dersimonianLaird,
  drawBlocks,
  orderStatLogVariance,
  percentileSorted,
  quantileOf,
  rateChange,
  robustTau2,
  seededRng,
  wilson,
} from '../../runner/compare/change-interval.ts';

test("Newcombe's hybrid score interval reproduces his published examples (Stat. Med. 1998, method 10)", () => {
  const z = 1.959963984540054;
  // 56/70 vs 48/80: difference 0.2, interval 0.0524 to 0.3339.
  const a = rateChange({ x: 48, n: 80 }, { x: 56, n: 70 }, z);
  assert.equal(a.change.toFixed(4), '0.2000');
  assert.equal(a.low.toFixed(4), '0.0524');
  assert.equal(a.high.toFixed(4), '0.3339');
  // 0/10 vs 0/20 (no event on either side): -0.1611 to 0.2775; a bootstrap would say [0, 0].
  const b = rateChange({ x: 0, n: 20 }, { x: 0, n: 10 }, z);
  assert.equal(b.low.toFixed(4), '-0.1611');
  assert.equal(b.high.toFixed(4), '0.2775');
  const [lo, hi] = wilson(0, 20, z);
  assert.equal(lo, 0);
  assert.equal(hi.toFixed(4), '0.1611');
});

test("percentiles interpolate between closest ranks, as k6's do", () => {
  assert.equal(percentileSorted([1, 2, 3, 4], 0.5), 2.5);
  assert.equal(percentileSorted([10, 20, 30, 40, 50], 0.95), 48);
  assert.ok(Number.isNaN(percentileSorted([], 0.95)));
});

test('a resample that draws every block once has exactly the sample quantile; draws are seeded', () => {
  const values = Array.from({ length: 500 }, (_, i) => ((i * 7919) % 500) / 10);
  const times = values.map((_, i) => 1000 + i / 50); // 10 one-second blocks
  const side = buildSide([new Map([['m', { values, times }]])], ['m'], 1);
  assert.equal(side.runBlocks[0]!.length, 10);
  const all = Array.from(side.runBlocks[0]!);
  const sorted = [...values].sort((a, b) => a - b);
  for (const q of [0.5, 0.9, 0.95, 0.99])
    assert.equal(quantileOf(side.series.get('m')!, all, q), percentileSorted(sorted, q));
  const draw = (seed: number) => {
    const rng = seededRng(seed);
    const picks: number[] = [];
    return Array.from({ length: 5 }, () => {
      drawBlocks(side, rng, picks);
      return quantileOf(side.series.get('m')!, picks, 0.95);
    });
  };
  assert.deepEqual(draw(7), draw(7));
  assert.notDeepEqual(draw(7), draw(8));
});

test("DerSimonian-Laird's tau^2 reproduces metafor's BCG vaccine example, and is excess scatter net of sampling noise", () => {
  // The 13 BCG trials (Colditz et al. 1994; metafor's dat.bcg): log risk ratios; metafor's rma(method = "DL") gives tau^2 = 0.3088.
  const trials = [
    [4, 119, 11, 128],
    [6, 300, 29, 274],
    [3, 228, 11, 209],
    [62, 13536, 248, 12619],
    [33, 5036, 47, 5761],
    [180, 1361, 372, 1079],
    [8, 2537, 10, 619],
    [505, 87886, 499, 87892],
    [29, 7470, 45, 7232],
    [17, 1699, 65, 1600],
    [186, 50448, 141, 27197],
    [5, 2493, 3, 2338],
    [27, 16886, 29, 17825],
  ];
  const y = trials.map(([a, b, c, d]) => Math.log(a! / (a! + b!) / (c! / (c! + d!))));
  const v = trials.map(([a, b, c, d]) => 1 / a! - 1 / (a! + b!) + 1 / c! - 1 / (c! + d!));
  assert.equal(dersimonianLaird(y, v).toFixed(4), '0.3088');
  // Equal sampling variances: tau^2 is the sample variance minus that variance, and never below 0.
  assert.ok(Math.abs(dersimonianLaird([0.1, 0.5, -0.3, 0.2], [0.01, 0.01, 0.01, 0.01]) - (0.1092 - 0.01)) < 1e-3);
  assert.equal(dersimonianLaird([0.1, 0.12, 0.09], [0.04, 0.04, 0.04]), 0);
  assert.ok(Number.isNaN(dersimonianLaird([0.1], [0.01])));
});

test("the order-statistic variance of a p95's log follows n: about 1/n, and undefined with no value above the p95", () => {
  // Lognormal values (sigma 0.5) laid out at their exact quantiles: the sample is its distribution.
  const lognormalAt = (n: number) => Float64Array.from({ length: n }, (_, i) => Math.exp(0.5 * probit((i + 0.5) / n)));
  const v80 = orderStatLogVariance(lognormalAt(80), 0.95);
  const v8000 = orderStatLogVariance(lognormalAt(8000), 0.95);
  // Asymptotically var(log q_p) = p(1-p) / (n f(q)^2 q^2); for a lognormal, f(q) q = phi(z_p) / sigma.
  const asymptotic = (n: number) =>
    (0.95 * 0.05) / (n * (Math.exp(-(1.6449 ** 2) / 2) / Math.sqrt(2 * Math.PI) / 0.5) ** 2);
  assert.ok(Math.abs(v8000 / asymptotic(8000) - 1) < 0.05, `n = 8000: ${v8000} vs ${asymptotic(8000)}`);
  assert.ok(v80 / v8000 > 60 && v80 / v8000 < 160, `about 100x wider at 1/100 the samples: ${v80 / v8000}`);
  assert.ok(Number.isNaN(orderStatLogVariance(lognormalAt(19), 0.95)), 'fewer than 20 values: no value above the p95');
  assert.ok(Number.isNaN(orderStatLogVariance(Float64Array.from([0, 0, ...Array(30).fill(0)]), 0.95)));
});

test('robust tau^2 ignores one endpoint that really changed, and still sees a run that moved all of them unevenly', () => {
  const v = [0.0004, 0.0004, 0.0004, 0.0004, 0.0004];
  // Four endpoints unchanged (sampling noise only) and one x15: DerSimonian-Laird reads a very uneven run.
  const oneChanged = [0.01, -0.02, 0.015, -0.005, Math.log(15)];
  assert.ok(dersimonianLaird(oneChanged, v) > 1, 'DL is inflated by the one real change');
  assert.ok(robustTau2(oneChanged, v) < 0.001, `robust: ${robustTau2(oneChanged, v)}`);
  // Every endpoint moved by its own factor (x0.65 .. x1.6): tau about 0.3 either way.
  const uneven = [0, Math.log(1.6), Math.log(0.65), Math.log(1.3), Math.log(0.8)];
  assert.ok(Math.sqrt(robustTau2(uneven, v)) > 0.2, `robust tau ${Math.sqrt(robustTau2(uneven, v))}`);
  assert.ok(Number.isNaN(robustTau2([0.1, 0.2], [0.01, 0.01])), 'fewer than 3: not measurable');
});
