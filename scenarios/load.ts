// The main job: regular, power and admin users in parallel (70/20/10 % of the VUs by default),
// ramping up to PERFORMANCE_CONCURRENT_USERS, holding for PERFORMANCE_TEST_DURATION, ramping
// down, against the full threshold set. `k6 run -e BASE_URL=... dist/load.js`.
import { ApiClient } from '../lib/api.ts';
import { ENDPOINTS } from '../lib/endpoints.ts';
import { guardedConfig } from '../lib/env.ts';
import { runWorkflow } from '../lib/run-workflow.ts';
import { prepareRun, type RunData } from '../lib/setup.ts';
import { entryOptions } from '../lib/entry.ts';
import { makeHandleSummary } from '../lib/report/handle-summary.ts';
import { constantRate, rampingDurationS, rampingUsers, splitUsers } from '../lib/shapes.ts';
import { adminUser, powerUser, regularUser } from '../lib/workflows.ts';
import { abortGates, errorGates, generationGates, latencyGates, successGates } from '../thresholds/gates.ts';

const config = guardedConfig('load');
const users = splitUsers(config.concurrentUsers, config.weights);

export const options = entryOptions(config, {
  wallTimeS: rampingDurationS(config),
  scenarios: {
    regular_users: rampingUsers('regularUsers', users.regular, config),
    power_users: rampingUsers('powerUsers', users.power, config),
    admin_users: rampingUsers('adminUsers', users.admin, config),
    // What a monitoring probe sees during the load: GET /health once a second.
    health_probe: constantRate('healthProbe', 1, rampingDurationS(config), 2),
  },
  gates: [
    ...latencyGates(config.targets, ENDPOINTS),
    ...errorGates(config.targets, ENDPOINTS),
    ...abortGates(),
    ...successGates(config.targets),
    ...generationGates(config.targets),
  ],
});

export { pollResources, teardown } from '../lib/entry.ts';
export const handleSummary = makeHandleSummary({ scenario: 'load' });

export function setup(): Promise<RunData> {
  return prepareRun(config);
}

export function regularUsers(data: RunData): void {
  runWorkflow('regular', regularUser, { config, data });
}

export function powerUsers(data: RunData): void {
  runWorkflow('power', powerUser, { config, data });
}

export function adminUsers(data: RunData): void {
  runWorkflow('admin', adminUser, { config, data });
}

const probe = new ApiClient(config.baseUrl, config.apiTimeoutS);
export function healthProbe(): void {
  probe.health();
}
