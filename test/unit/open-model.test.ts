// Open-model scenarios: VUs from Little's law, the iterations they schedule, and the gate on the
// iterations k6 could not start on time.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { openModelVUs, scheduledIterations } from '../../lib/load/open-model.ts';
import { constantRate, risingRate } from '../../lib/load/shapes.ts';
import { toK6Thresholds } from '../../thresholds/expressions.ts';
import { allowedDrops, droppedIterationGates } from '../../thresholds/gates.ts';

describe('openModelVUs', () => {
  test('pre-allocates twice the iterations in flight at the p99 budget, plus one; maxVUs cover the request timeout', () => {
    // 10/s, one request at 500 ms: 5 in flight, 10 pre-allocated + 1; 10/s x 30 s = 300.
    assert.deepEqual(openModelVUs({ ratePerS: 10, requestsPerIteration: 1, p99BudgetMs: 500, timeoutS: 30 }), {
      preAllocatedVUs: 11,
      maxVUs: 300,
    });
    // Three requests an iteration triple both.
    assert.deepEqual(openModelVUs({ ratePerS: 5, requestsPerIteration: 3, p99BudgetMs: 500, timeoutS: 30 }), {
      preAllocatedVUs: 16,
      maxVUs: 450,
    });
  });

  test('a relaxed budget pre-allocates for 1 s a request at most: slower answers get VUs on demand', () => {
    assert.deepEqual(openModelVUs({ ratePerS: 10, requestsPerIteration: 1, p99BudgetMs: 120_000, timeoutS: 30 }), {
      preAllocatedVUs: 21,
      maxVUs: 300,
    });
  });

  test('slow rates still get a VU, and maxVUs never fall below the pre-allocation', () => {
    assert.deepEqual(openModelVUs({ ratePerS: 0.2, requestsPerIteration: 1, p99BudgetMs: 500, timeoutS: 1 }), {
      preAllocatedVUs: 2,
      maxVUs: 2,
    });
  });
});

describe('scheduledIterations', () => {
  test('constant rate x duration, per second or per minute', () => {
    assert.equal(scheduledIterations(constantRate('x', 10, 60, { preAllocatedVUs: 1, maxVUs: 1 })), 600);
    assert.equal(scheduledIterations(constantRate('x', 2.5, 60, { preAllocatedVUs: 1, maxVUs: 1 })), 150); // 150/min
  });

  test('the area under a linear ramp', () => {
    assert.equal(scheduledIterations(risingRate('x', 5, 60, 8, 50)), 260);
  });

  test('refuses a closed-model scenario', () => {
    assert.throws(() => scheduledIterations({ executor: 'constant-vus', exec: 'x' }), /not an arrival-rate executor/);
  });
});

describe('droppedIterationGates', () => {
  const scenarios = {
    health: constantRate('health', 10, 60, { preAllocatedVUs: 11, maxVUs: 300 }),
    login: constantRate('login', 1, 20, { preAllocatedVUs: 3, maxVUs: 30 }),
    users: { executor: 'ramping-vus', exec: 'users' },
  };

  test('one gate per arrival-rate scenario: at most the share of its scheduled iterations, rounded down', () => {
    assert.deepEqual(toK6Thresholds(droppedIterationGates(scenarios, 0.01)), {
      'dropped_iterations{scenario:health}': ['count<=6'],
      'dropped_iterations{scenario:login}': ['count<=0'], // 20 scheduled: none may drop
    });
  });

  test('breakpoint aborts on them', () => {
    assert.deepEqual(
      toK6Thresholds(droppedIterationGates({ rising: risingRate('x', 5, 60, 8, 50) }, 0.01, { delayAbortEval: '5s' })),
      {
        'dropped_iterations{scenario:rising}': [{ threshold: 'count<=2', abortOnFail: true, delayAbortEval: '5s' }],
      },
    );
  });

  test('a share that floating point would round one short still allows its count', () => {
    assert.equal(0.29 * 100 < 29, true);
    assert.equal(allowedDrops(0.29, 100), 29);
    assert.equal(allowedDrops(0.01, 99), 0);
  });
});
