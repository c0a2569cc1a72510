// concurrent: can 100 users create at the same instant? PERFORMANCE_CONCURRENT_USERS VUs are
// initialised first and then all start their one iteration together: each creates a course,
// waits CONCURRENT_SETTLE_S, and reads it back. Gates: course creation p95 < CONCURRENT_P95_MS
// (1000), success >= 95 %, and no lost writes (every acknowledged creation readable).
// Env: PERFORMANCE_CONCURRENT_USERS (100), CONCURRENT_P95_MS (1000), CONCURRENT_SETTLE_S (2),
// THRESHOLD_SUCCESS_RATE (0.95).
import { concurrentEntry } from '../lib/config/entries.ts';
import { entryOptions } from '../lib/config/entry.ts';
import { guardedConfig } from '../lib/config/env.ts';
import { allAtOnce } from '../lib/load/shapes.ts';
import { makeHandleSummary } from '../lib/report/handle-summary.ts';
import { prepareRun, type RunData } from '../lib/users/setup.ts';
import { createAndVerify } from '../lib/workflows/create-and-verify.ts';
import { runWorkflow } from '../lib/workflows/run-workflow.ts';
import { successGates } from '../thresholds/gates.ts';

const config = guardedConfig('concurrent');
const { p95Ms: p95, settleS } = concurrentEntry.settings(__ENV);
// Bounded by two request timeouts (create, read back) and the settle time.
const maxS = Math.ceil(config.apiTimeoutS * 2 + settleS + 10);

export const options = /* @__PURE__ */ entryOptions(config, () => ({
  roles: [], // classes whose VUs log in as their own pool account
  // The sidecar poller covers the burst and the read-back, not the worst case (it would keep the run alive).
  wallTimeS: Math.ceil(settleS + 10),
  scenarios: { creators: allAtOnce('creators', config.concurrentUsers, maxS) },
  gates: [
    {
      metric: 'http_req_duration',
      tags: { endpoint: 'course_create' },
      rules: [{ stat: 'p(95)', op: '<', value: p95 }],
    },
    {
      metric: 'http_req_failed',
      tags: { endpoint: 'course_create' },
      rules: [{ stat: 'rate', op: '<', value: Number((1 - config.targets.successRate).toFixed(6)) }],
    },
    { metric: 'lost_writes', rules: [{ stat: 'rate', op: '==', value: 0 }] },
    ...successGates(config.targets),
  ],
}));

export { pollResources, teardown } from '../lib/config/entry.ts';
export const handleSummary = /* @__PURE__ */ makeHandleSummary({ scenario: 'concurrent' });

export function setup(): Promise<RunData> {
  return prepareRun(config);
}

export function creators(data: RunData): void {
  runWorkflow('concurrent', (ctx) => createAndVerify(ctx, settleS), { config, data });
}
