// The verdict rules of npm run compare: a regression is said only when the whole interval is
// beyond the tolerance and the floor, "no change" only when the interval rules one out, and
// everything in between is inconclusive, never a pass in disguise.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judge, requestsFactor, settleHint } from '../../runner/compare/compare-verdict.ts';

const TOL = 0.1;
const FLOOR = 2;

test('regressed needs the whole interval beyond both the tolerance and the floor', () => {
  assert.equal(judge(0.5, 3, 10, 40, TOL, FLOOR), 'regressed');
  assert.equal(judge(0.5, 3, 1, 40, TOL, FLOOR), 'inconclusive', 'relative change shown, but not beyond the floor');
  assert.equal(judge(0.05, 3, 10, 40, TOL, FLOOR), 'inconclusive', 'beyond the floor, but not the tolerance');
});

test('no change needs the upper end inside the tolerance or the floor; improved mirrors regressed', () => {
  assert.equal(judge(-0.05, 0.08, -1, 30, TOL, FLOOR), 'no change', 'inside the tolerance');
  assert.equal(judge(-0.5, 2, -1, 1.5, TOL, FLOOR), 'no change', '+200 % of a 0.5 ms p95 is inside the 2 ms floor');
  assert.equal(judge(-0.7, -0.3, -40, -10, TOL, FLOOR), 'improved');
  assert.equal(
    judge(-0.7, 0.05, -40, 1, TOL, FLOOR),
    'no change',
    'a regression is ruled out even if an improvement is not shown',
  );
});

test('an interval reaching into the regression zone from outside it is inconclusive', () => {
  assert.equal(judge(-0.6, 2.3, -2, 4, TOL, FLOOR), 'inconclusive');
  assert.equal(judge(-Infinity, Infinity, -Infinity, Infinity, TOL, FLOOR), 'inconclusive');
});

test('what would settle it: sampling variance shrinks with more requests, noise between runs does not', () => {
  // Point 0, margin log 1.1 ~ 0.0953, z 3: needs a standard error of 0.0318, i.e. variance 0.00101.
  const factor = requestsFactor(0, Math.log(1.1), 0.0101, 0, 3)!;
  assert.ok(Math.abs(factor - 10) < 0.1, `about 10x the requests: ${factor}`);
  assert.equal(requestsFactor(0, Math.log(1.1), 0.0101, 0.002, 3), null, 'the between-run part alone is too wide');
  assert.match(settleHint(10, 1), /about 10× the requests per side/);
  assert.match(settleHint(null, 1), /more baseline runs/);
});
