// The p-value of the split E-Divisive chose (runner/history/selection.ts): with no change it falls below
// alpha about alpha of the time, where the t-test's own p does ~10x as often; a clear shift keeps a tiny p;
// the same series gives the same change points every time (nothing is drawn at random).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { detectChangePoints } from '../../runner/history/change-points.ts';
import { eDivisive, splitTest } from '../../runner/history/e-divisive.ts';
import { chosenSplitP, selectionFactor } from '../../runner/history/selection.ts';

function normal(seed: number): () => number {
  const rng = xoroshiro128plus(seed);
  for (let i = 0; i < 16; i++) uniformFloat64(rng);
  return () => Math.sqrt(-2 * Math.log(1 - uniformFloat64(rng))) * Math.cos(2 * Math.PI * uniformFloat64(rng));
}

/** The t-test's p of the split E-Divisive picks first (maxP -1 stops it right after judging that one). */
function pickedTTestP(values: number[]): number {
  let p = 1;
  eDivisive(values, -1, 2, (xs, from, at, to) => {
    p = splitTest(xs, from, at, to).pValue;
    return p;
  });
  return p;
}

describe("the p-value of E-Divisive's chosen split", () => {
  test('the factor is K for a few candidates, 3.4 sqrt(K) for many; p stays a probability', () => {
    assert.equal(selectionFactor(1), 1);
    assert.equal(selectionFactor(5), 5);
    assert.ok(Math.abs(selectionFactor(47) - 3.4 * Math.sqrt(47)) < 1e-12);
    assert.equal(chosenSplitP(0.5, 47), 1);
    assert.equal(chosenSplitP(1e-9, 5), 5e-9);
  });

  test('with no change, the corrected p is below alpha about alpha of the time; the t-test alone is ~10x', () => {
    const noise = normal(42);
    const n = 20;
    const draws = 4000;
    let raw = 0;
    const below = { 0.05: 0, 0.01: 0 };
    for (let i = 0; i < draws; i++) {
      const p = pickedTTestP(Array.from({ length: n }, noise));
      const corrected = chosenSplitP(p, n - 3);
      if (p <= 0.01) raw++;
      if (corrected <= 0.05) below[0.05]++;
      if (corrected <= 0.01) below[0.01]++;
    }
    // Binomial sd at 0.05 of 4000: 14; at 0.01: 6.3. Upper bounds ~3.5 sd; lower ones show it is not just 0.
    assert.ok(below[0.05] <= 250 && below[0.05] >= 80, `${below[0.05]} of ${draws} at 0.05`);
    assert.ok(below[0.01] <= 62 && below[0.01] >= 10, `${below[0.01]} of ${draws} at 0.01`);
    assert.ok(raw >= 250, `the t-test alone: ${raw} of ${draws} at 0.01`);
  });

  test('a clear shift is found with a tiny p, a short one (6 runs, then 2) too', () => {
    const noise = normal(7);
    const long = Array.from({ length: 50 }, (_, i) => (i < 30 ? 100 : 115) * (1 + 0.03 * noise()));
    const [found] = detectChangePoints(long);
    assert.equal(found!.index, 30);
    assert.ok(found!.pValue < 1e-8, `p ${found!.pValue}`);
    const short = [3.1, 2.9, 3.0, 3.2, 2.8, 3.0, 23.2, 22.9];
    assert.deepEqual(
      detectChangePoints(short).map((c) => [c.index, c.pValue < 1e-6]),
      [[6, true]],
    );
  });

  test('the same series, the same change points and p-values, every time', () => {
    const noise = normal(9);
    const xs = Array.from({ length: 120 }, (_, i) => (i < 40 ? 10 : i < 90 ? 11 : 10.4) * (1 + 0.05 * noise()));
    const first = detectChangePoints(xs);
    assert.ok(first.length >= 1);
    for (let i = 0; i < 3; i++) assert.deepEqual(detectChangePoints([...xs]), first);
  });

  test("the p is the t-test's times the factor; 'otava' is the t-test's own", () => {
    const noise = normal(11);
    const xs = Array.from({ length: 40 }, (_, i) => (i < 20 ? 0 : 1) + 0.1 * noise());
    const [otava] = detectChangePoints(xs, { test: 'otava' });
    const [ours] = detectChangePoints(xs);
    assert.equal(ours!.index, 20);
    assert.equal(otava!.pValue, splitTest(xs, 0, 20, 40).pValue);
    assert.equal(ours!.pValue, chosenSplitP(otava!.pValue, 37));
  });
});
