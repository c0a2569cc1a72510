// Steered from a browser page (npm run ui): a pool of VUs running the regular/power/admin
// workflows, of which the page decides how many work (and pauses them), beside the health probe
// and the server-resources poller, against the load entry's gates. Runs PERFORMANCE_TEST_DURATION
// seconds unless stopped first (the page stops it through k6's REST API). How the steering works,
// and why it is not k6's REST API: lib/load/control.ts.
import exec from 'k6/execution';
import { interactiveEntry } from '../lib/config/entries.ts';
import { type EntryOptions, entryOptions } from '../lib/config/entry.ts';
import { guardedConfig } from '../lib/config/env.ts';
import { ApiClient } from '../lib/http/api.ts';
import { ENDPOINTS } from '../lib/http/endpoints.ts';
import { controlledPool, holdWhilePaused, waitForTurn } from '../lib/load/control.ts';
import { classOfUser, constantRate } from '../lib/load/shapes.ts';
import { makeHandleSummary } from '../lib/report/handle-summary.ts';
import { prepareRun, type RunData } from '../lib/users/setup.ts';
import { setHoldPoint } from '../lib/workflows/pacing.ts';
import { populationExecs } from '../lib/workflows/population.ts';
import { workflowGates } from '../thresholds/gates.ts';

const config = guardedConfig('interactive');
const settings = interactiveEntry.settings(__ENV);

export const options = /* @__PURE__ */ withApiRequestRate(
  /* @__PURE__ */ entryOptions(config, () => ({
    wallTimeS: config.durationS,
    scenarios: {
      users: controlledPool('interactiveUsers', settings.poolVus, config.durationS),
      health_probe: constantRate('healthProbe', 1, config.durationS, { preAllocatedVUs: 1, maxVUs: 2 }),
    },
    gates: workflowGates(config.targets, ENDPOINTS),
  })),
);

// No threshold, only a tag-filtered sub-metric k6 then keeps (k6's way to enable one, grafana/k6
// #1321): the page's requests per second counts API requests, not the VUs' control polls. Options
// exist in VU 0 only; build.mjs treats this call as pure, so load VUs drop it.
function withApiRequestRate(options: EntryOptions | undefined): EntryOptions | undefined {
  if (options) options.thresholds['http_reqs{scope:api}'] = [];
  return options;
}

export { pollResources, teardown } from '../lib/config/entry.ts';
export const handleSummary = /* @__PURE__ */ makeHandleSummary({
  scenario: 'interactive',
  requestsPerIteration: { health_probe: 1 },
});

export function setup(): Promise<RunData> {
  return prepareRun(config, { dataset: true });
}

const workflows = populationExecs(config);
const byClass = { regular: workflows.regularUsers, power: workflows.powerUsers, admin: workflows.adminUsers };
setHoldPoint(() => holdWhilePaused(settings.controlUrl, exec.vu.idInTest));

export function interactiveUsers(data: RunData): void | Promise<void> {
  const user = waitForTurn(settings.controlUrl, exec.vu.idInTest);
  if (user === 0) return;
  // The first iteration reads the secret sources before logging in (a promise k6 waits for).
  return byClass[classOfUser(user, config.weights)](data);
}

// Made by the probe's VU on its first call, not at init in every VU.
let probe: ApiClient | undefined;
export function healthProbe(): void {
  probe ??= new ApiClient(config.baseUrl, config.apiTimeoutS);
  probe.health();
}
