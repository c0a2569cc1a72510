// soak: does it degrade over time? A moderate constant population for a long time (default
// 30 min). Gates: latency at the end vs the start (each VU's latency in the last tenth divided by
// its median in the first tenth: soak_latency_drift med < SOAK_DRIFT_LIMIT), the error rate, and,
// with a sidecar, the server's memory growth after warm-up (THRESHOLD_MEMORY_GROWTH_MB_PER_MIN).
// Env: SOAK_DURATION (s, default 1800), SOAK_USERS (default 20 % of PERFORMANCE_CONCURRENT_USERS),
// SOAK_DRIFT_LIMIT (1.5).
import { soakEntry } from '../lib/config/entries.ts';
import { entryOptions } from '../lib/config/entry.ts';
import { guardedConfig } from '../lib/config/env.ts';
import { enterPhase, type Phase, trackDrift } from '../lib/load/phases.ts';
import { constantUsers } from '../lib/load/shapes.ts';
import { makeHandleSummary } from '../lib/report/handle-summary.ts';
import { prepareRun, type RunData } from '../lib/users/setup.ts';
import { populationExecs, populationScenarios } from '../lib/workflows/population.ts';
import { abortGates, errorGates, generationGates, latencyGates, successGates } from '../thresholds/gates.ts';

const config = guardedConfig('soak');
const { durationS, users: soakUsers, driftLimit } = soakEntry.settings(__ENV, config);
const phases: Phase[] = [
  { name: 'start', untilS: durationS / 10 },
  { name: 'middle', untilS: (durationS * 9) / 10 },
  { name: 'end', untilS: Infinity },
];
trackDrift('soak_latency_drift', phases, 'start', ['end']);

export const options = /* @__PURE__ */ entryOptions(config, () => ({
  wallTimeS: durationS,
  gateMemoryGrowth: true,
  scenarios: {
    ...populationScenarios(config, soakUsers, (exec, vus) => constantUsers(exec, vus, durationS)),
  },
  gates: [
    { metric: 'soak_latency_drift', rules: [{ stat: 'med', op: '<', value: driftLimit }] },
    {
      metric: 'http_req_duration',
      tags: { phase: 'end', scope: 'api' },
      rules: [{ stat: 'p(95)', op: '<', value: config.targets.apiP95Ms }],
    },
    ...latencyGates(config.targets, []),
    ...errorGates(config.targets, []),
    ...successGates(config.targets),
    ...generationGates(config.targets),
    ...abortGates(),
  ],
}));

export { pollResources, teardown } from '../lib/config/entry.ts';
export const handleSummary = /* @__PURE__ */ makeHandleSummary({ scenario: 'soak' });

export function setup(): Promise<RunData> {
  return prepareRun(config, { dataset: true });
}

export const { regularUsers, powerUsers, adminUsers } = populationExecs(config, () => enterPhase(phases));
