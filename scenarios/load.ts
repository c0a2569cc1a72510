// The main job: regular, power and admin users in parallel (70/20/10 % of the VUs by default),
// ramping up to PERFORMANCE_CONCURRENT_USERS, holding for PERFORMANCE_TEST_DURATION, ramping
// down, against the full threshold set. `k6 run -e BASE_URL=... dist/load.js`.

import { entryOptions } from '../lib/config/entry.ts';
import { guardedConfig } from '../lib/config/env.ts';
import { ApiClient } from '../lib/http/api.ts';
import { ENDPOINTS } from '../lib/http/endpoints.ts';
import { constantRate, rampingDurationS, rampingUsers } from '../lib/load/shapes.ts';
import { makeHandleSummary } from '../lib/report/handle-summary.ts';
import { prepareRun, type RunData } from '../lib/users/setup.ts';
import { populationExecs, populationScenarios } from '../lib/workflows/population.ts';
import { workflowGates } from '../thresholds/gates.ts';

const config = guardedConfig('load');

export const options = /* @__PURE__ */ entryOptions(config, () => ({
  wallTimeS: rampingDurationS(config),
  scenarios: {
    ...populationScenarios(config, config.concurrentUsers, (exec, vus) => rampingUsers(exec, vus, config)),
    // What a monitoring probe sees during the load: GET /health once a second.
    health_probe: constantRate('healthProbe', 1, rampingDurationS(config), { preAllocatedVUs: 1, maxVUs: 2 }),
  },
  gates: workflowGates(config.targets, ENDPOINTS),
}));

export { pollResources, teardown } from '../lib/config/entry.ts';
export const handleSummary = /* @__PURE__ */ makeHandleSummary({
  scenario: 'load',
  requestsPerIteration: { health_probe: 1 },
});

export function setup(): Promise<RunData> {
  return prepareRun(config, { dataset: true });
}

export const { regularUsers, powerUsers, adminUsers } = populationExecs(config);

// Made by the probe's VU on its first call, not at init in every VU.
let probe: ApiClient | undefined;
export function healthProbe(): void {
  probe ??= new ApiClient(config.baseUrl, config.apiTimeoutS);
  probe.health();
}
