import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ENDPOINTS } from '../../lib/http/endpoints.ts';
import { expression, metricKey, toK6Thresholds } from '../../thresholds/expressions.ts';
import { abortGates, errorGates, generationGates, latencyGates, successGates } from '../../thresholds/gates.ts';
import { DEFAULT_TARGETS } from '../../thresholds/targets.ts';

describe('threshold expressions', () => {
  test('metric keys with and without tags', () => {
    assert.equal(metricKey('http_req_duration'), 'http_req_duration');
    assert.equal(metricKey('http_req_duration', { endpoint: 'health' }), 'http_req_duration{endpoint:health}');
    assert.equal(
      metricKey('http_req_failed', { scope: 'api', endpoint: 'course_get' }),
      'http_req_failed{scope:api,endpoint:course_get}',
    );
  });

  test('refuses metric names and tags k6 would misread', () => {
    assert.throws(() => metricKey('http req'), /invalid metric name/);
    assert.throws(() => metricKey('x', { endpoint: 'a,b' }), /invalid tag endpoint:a,b/);
    assert.throws(() => metricKey('x', { 'a}': 'b' }), /invalid tag/);
  });

  test('expressions', () => {
    assert.equal(expression({ stat: 'p(95)', op: '<', value: 200 }), 'p(95)<200');
    assert.equal(expression({ stat: 'p(99.9)', op: '<=', value: 1.5 }), 'p(99.9)<=1.5');
    assert.equal(expression({ stat: 'rate', op: '>=', value: 0.95 }), 'rate>=0.95');
    assert.throws(() => expression({ stat: 'p(101)', op: '<', value: 1 }), /invalid percentile/);
    assert.throws(() => expression({ stat: 'p(x)' as 'p(1)', op: '<', value: 1 }), /invalid percentile/);
    assert.throws(() => expression({ stat: 'avg', op: '<', value: Number.NaN }), /finite number/);
  });

  test('abortOnFail rules become k6 threshold objects', () => {
    assert.deepEqual(toK6Thresholds(abortGates('7s')), {
      'http_req_failed{scope:api}': [{ threshold: 'rate<0.5', abortOnFail: true, delayAbortEval: '7s' }],
    });
  });

  test('the standard gate set with default targets', () => {
    const thresholds = toK6Thresholds([
      ...latencyGates(DEFAULT_TARGETS, ENDPOINTS),
      ...errorGates(DEFAULT_TARGETS, ENDPOINTS),
      ...abortGates(),
      ...successGates(DEFAULT_TARGETS),
      ...generationGates(DEFAULT_TARGETS),
    ]);
    assert.deepEqual(thresholds['http_req_duration{scope:api}'], ['p(95)<200', 'p(99)<500']);
    assert.deepEqual(thresholds['http_req_duration{endpoint:health}'], ['p(95)<50']);
    assert.deepEqual(thresholds['http_req_duration{endpoint:course_export}'], ['p(95)<1000']);
    assert.deepEqual(thresholds['http_req_duration{endpoint:course_get}'], ['p(95)<200']);
    assert.deepEqual(thresholds['http_req_failed{endpoint:course_create}'], ['rate<0.05']);
    // The overall error gate and the abort gate share one key: both rules must be there, in order.
    assert.deepEqual(thresholds['http_req_failed{scope:api}'], [
      'rate<0.05',
      { threshold: 'rate<0.5', abortOnFail: true, delayAbortEval: '10s' },
    ]);
    assert.deepEqual(thresholds.checks, ['rate>=0.95']);
    assert.deepEqual(thresholds.workflow_success, ['rate>=0.95']);
    assert.deepEqual(thresholds.chapter_generation_ms, ['p(95)<120000']);
    assert.deepEqual(thresholds.generation_failed, ['rate<0.05']);
    for (const endpoint of ENDPOINTS) {
      assert.ok(thresholds[`http_req_duration{endpoint:${endpoint}}`], `latency gate for ${endpoint}`);
      assert.ok(thresholds[`http_req_failed{endpoint:${endpoint}}`], `error gate for ${endpoint}`);
    }
  });

  test('overridden targets flow into the expressions', () => {
    const targets = { ...DEFAULT_TARGETS, apiP95Ms: 120, healthP95Ms: 20, errorRate: 0.01 };
    const thresholds = toK6Thresholds([
      ...latencyGates(targets, ['health', 'course_get']),
      ...errorGates(targets, ['course_get']),
    ]);
    assert.deepEqual(thresholds['http_req_duration{endpoint:health}'], ['p(95)<20']);
    assert.deepEqual(thresholds['http_req_duration{endpoint:course_get}'], ['p(95)<120']);
    assert.deepEqual(thresholds['http_req_failed{endpoint:course_get}'], ['rate<0.01']);
  });
});
