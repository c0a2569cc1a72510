// The threshold evaluator behind `npm run merge`: pure logic, checked against values worked out by
// hand (percentiles interpolate like k6's; counters, rates and gauges aggregate like k6's).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aggregate, holds, parseExpression, parseThresholdKey } from '../../runner/merge/threshold-eval.ts';

test('metric keys: plain metrics and tag-filtered sub-metrics', () => {
  assert.deepEqual(parseThresholdKey('http_req_failed'), { metric: 'http_req_failed', tags: {} });
  assert.deepEqual(parseThresholdKey('http_req_duration{endpoint:course_get,scope:api}'), {
    metric: 'http_req_duration',
    tags: { endpoint: 'course_get', scope: 'api' },
  });
  assert.throws(() => parseThresholdKey('http_req_duration{endpoint}'), /bad tag filter "endpoint"/);
  assert.throws(() => parseThresholdKey('9lives'), /not a k6 metric/);
});

test('expressions: every stat k6 accepts, and a clear error otherwise', () => {
  assert.deepEqual(parseExpression('p(99.9) <= 1500'), { stat: 'p(99.9)', op: '<=', value: 1500 });
  assert.deepEqual(parseExpression('rate<0.01'), { stat: 'rate', op: '<', value: 0.01 });
  assert.deepEqual(parseExpression('count>=1'), { stat: 'count', op: '>=', value: 1 });
  assert.throws(() => parseExpression('p95<200'), /cannot evaluate threshold "p95<200"/);
  assert.throws(() => parseExpression('avg<'), /cannot evaluate/);
});

test('trend stats: k6-style interpolated percentiles, avg, min, max, med', () => {
  const values = [40, 10, 30, 20, 50, 60, 70, 80, 90, 100];
  const close = (actual: number | null, expected: number) =>
    assert.ok(actual !== null && Math.abs(actual - expected) < 1e-9, `${actual} vs ${expected}`);
  close(aggregate('trend', values, 'p(95)', 1), 95.5); // rank 8.55 between 90 and 100
  close(aggregate('trend', values, 'p(90)', 1), 91);
  assert.equal(aggregate('trend', values, 'med', 1), 55);
  assert.equal(aggregate('trend', values, 'avg', 1), 55);
  assert.equal(aggregate('trend', values, 'min', 1), 10);
  assert.equal(aggregate('trend', values, 'max', 1), 100);
  assert.equal(aggregate('trend', values, 'count', 1), 10);
  assert.equal(aggregate('trend', [7], 'p(99)', 1), 7);
  assert.equal(aggregate('trend', [], 'p(95)', 1), null);
});

test('counters, rates and gauges aggregate as k6 does', () => {
  assert.equal(aggregate('counter', [1, 1, 3], 'count', 10), 5);
  assert.equal(aggregate('counter', [1, 1, 3], 'rate', 10), 0.5); // per second of the run
  assert.equal(aggregate('rate', [0, 1, 0, 0], 'rate', 10), 0.25); // share of non-zero samples
  assert.equal(aggregate('rate', [], 'rate', 10), 0);
  assert.equal(aggregate('gauge', [3, 9, 4], 'value', 10), 4); // the last value
});

test('verdicts: each operator, and no samples passes as in k6', () => {
  assert.equal(holds(199, parseExpression('p(95)<200')), true);
  assert.equal(holds(200, parseExpression('p(95)<200')), false);
  assert.equal(holds(200, parseExpression('p(95)<=200')), true);
  assert.equal(holds(0.02, parseExpression('rate<0.01')), false);
  assert.equal(holds(3, parseExpression('count>=1')), true);
  assert.equal(holds(0, parseExpression('count>0')), false);
  assert.equal(holds(null, parseExpression('p(95)<200')), true);
});
