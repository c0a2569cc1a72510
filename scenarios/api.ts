// api: does every endpoint meet its own budget? One constant-arrival-rate scenario per endpoint
// group (open model: a slow answer cannot lower the request rate and hide itself), each endpoint
// gated on its own p95/p99 and error rate (health p95 < 50 ms, export p95 < 1 s, the rest
// p95 < 200 ms; p99 < 500 ms; errors < 1 %), and each group on the iterations k6 could not start
// on time (dropped_iterations <= THRESHOLD_DROPPED_SHARE of those scheduled): requests not sent
// are latencies no percentile holds. VUs per group from Little's law (lib/load/open-model.ts).
// Env: PERFORMANCE_TEST_DURATION (s, default 60), API_RATE (iterations/s per group, default 5;
// health 2x, export /2, generate and login /5), API_ERROR_RATE (per-endpoint error budget, default 0.01),
// THRESHOLD_API_P95_MS / _P99_MS / THRESHOLD_HEALTH_P95_MS / THRESHOLD_EXPORT_P95_MS,
// THRESHOLD_DROPPED_SHARE (0.01), PERFORMANCE_API_TIMEOUT (sizes maxVUs).
import { apiEntry } from '../lib/config/entries.ts';
import { entryOptions } from '../lib/config/entry.ts';
import { guardedConfig } from '../lib/config/env.ts';
import { openModelVUs } from '../lib/load/open-model.ts';
import { constantRate } from '../lib/load/shapes.ts';
import { makeHandleSummary } from '../lib/report/handle-summary.ts';
import { withSecrets } from '../lib/users/session.ts';
import {
  ENDPOINT_GROUPS,
  type EndpointGroup,
  type EndpointGroupData,
  groupedEndpoints,
  prepareEndpointGroups,
  requestsPerIteration,
  runGroupStep,
} from '../lib/workflows/endpoint-groups.ts';
import { abortGates, droppedIterationGates, endpointBudgetGates, endpointP99 } from '../thresholds/gates.ts';

const config = guardedConfig('api');
const { rate, errorRate } = apiEntry.settings(__ENV);

/** A group's VUs: its rate, its requests per iteration, its endpoints' highest p99 budget and the request timeout. */
function groupVUs(group: EndpointGroup) {
  return openModelVUs({
    ratePerS: group.rate(rate),
    requestsPerIteration: group.requestsPerIteration,
    p99BudgetMs: Math.max(...group.endpoints.map((endpoint) => endpointP99(endpoint, config.targets))),
    timeoutS: config.apiTimeoutS,
  });
}

export const options = /* @__PURE__ */ entryOptions(config, () => {
  const scenarios = Object.fromEntries(
    Object.entries(ENDPOINT_GROUPS).map(([name, group]: [string, EndpointGroup]) => [
      name,
      constantRate(group.exec, group.rate(rate), config.durationS, groupVUs(group)),
    ]),
  );
  return {
    roles: [], // classes whose VUs log in as their own pool account
    wallTimeS: config.durationS,
    scenarios,
    gates: [
      ...endpointBudgetGates(config.targets, groupedEndpoints(), errorRate),
      ...droppedIterationGates(scenarios, config.targets.droppedShare),
      ...abortGates(),
    ],
  };
});

export { pollResources, teardown } from '../lib/config/entry.ts';
export const handleSummary = /* @__PURE__ */ makeHandleSummary({
  scenario: 'api',
  requestsPerIteration: /* @__PURE__ */ requestsPerIteration(),
});

export function setup(): Promise<EndpointGroupData> {
  return prepareEndpointGroups(config);
}

const g = ENDPOINT_GROUPS;
export const health = (data: EndpointGroupData) => runGroupStep(config, g.health, data);
export const login = withSecrets((data: EndpointGroupData) => runGroupStep(config, g.login, data));
export const reads = (data: EndpointGroupData) => runGroupStep(config, g.reads, data);
export const status = (data: EndpointGroupData) => runGroupStep(config, g.status, data);
export const writes = (data: EndpointGroupData) => runGroupStep(config, g.writes, data);
export const generate = (data: EndpointGroupData) => runGroupStep(config, g.generate, data);
export const exportCourse = (data: EndpointGroupData) => runGroupStep(config, g.export, data);
export const admin = (data: EndpointGroupData) => runGroupStep(config, g.admin, data);
