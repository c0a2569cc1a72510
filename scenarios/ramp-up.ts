// ramp-up: does it hold up under sustained load as users arrive gradually? The mixed population
// ramps up slowly to PERFORMANCE_CONCURRENT_USERS and holds. Gates over the hold: API p95 under
// RAMP_HOLD_P95_MS, success >= 95 %, and no upward latency trend: each VU's latency in the late
// hold divided by its own early-hold median (hold_latency_drift) must stay below RAMP_DRIFT_LIMIT.
// Env: PERFORMANCE_CONCURRENT_USERS, PERFORMANCE_RAMP_UP (default 60 s), PERFORMANCE_TEST_DURATION
// (the hold), RAMP_HOLD_P95_MS (500), RAMP_DRIFT_LIMIT (1.5).
import { rampUpEntry } from '../lib/config/entries.ts';
import { entryOptions } from '../lib/config/entry.ts';
import { guardedConfig } from '../lib/config/env.ts';
import { enterPhase, type Phase, trackDrift } from '../lib/load/phases.ts';
import { rampingDurationS, rampingUsers } from '../lib/load/shapes.ts';
import { makeHandleSummary } from '../lib/report/handle-summary.ts';
import { prepareRun, type RunData } from '../lib/users/setup.ts';
import { populationExecs, populationScenarios } from '../lib/workflows/population.ts';
import { abortGates, errorGates, successGates } from '../thresholds/gates.ts';

const base = guardedConfig('ramp-up');
const { rampUpS, holdP95Ms: holdP95, driftLimit } = rampUpEntry.settings(__ENV);
const config = { ...base, rampUpS };
const phases: Phase[] = [
  { name: 'ramp', untilS: config.rampUpS },
  { name: 'hold_early', untilS: config.rampUpS + config.durationS / 2 },
  { name: 'hold_late', untilS: config.rampUpS + config.durationS },
  { name: 'ramp_down', untilS: Infinity },
];
trackDrift('hold_latency_drift', phases, 'hold_early', ['hold_late']);

export const options = /* @__PURE__ */ entryOptions(config, () => ({
  wallTimeS: rampingDurationS(config),
  scenarios: {
    ...populationScenarios(config, config.concurrentUsers, (exec, vus) => rampingUsers(exec, vus, config)),
  },
  gates: [
    {
      metric: 'http_req_duration',
      tags: { phase: 'hold_early', scope: 'api' },
      rules: [{ stat: 'p(95)', op: '<', value: holdP95 }],
    },
    {
      metric: 'http_req_duration',
      tags: { phase: 'hold_late', scope: 'api' },
      rules: [{ stat: 'p(95)', op: '<', value: holdP95 }],
    },
    { metric: 'hold_latency_drift', rules: [{ stat: 'med', op: '<', value: driftLimit }] },
    ...errorGates(config.targets, []),
    ...successGates(config.targets),
    ...abortGates(),
  ],
}));

export { pollResources, teardown } from '../lib/config/entry.ts';
export const handleSummary = /* @__PURE__ */ makeHandleSummary({ scenario: 'ramp-up' });

export function setup(): Promise<RunData> {
  return prepareRun(config, { dataset: true });
}

export const { regularUsers, powerUsers, adminUsers } = populationExecs(config, () => enterPhase(phases));
