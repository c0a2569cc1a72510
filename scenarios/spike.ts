// spike: does it survive a sudden surge and come back? A baseline of regular users, a jump to
// SPIKE_FACTOR times as many within seconds, back to the baseline, then a recovery window.
// Recovery is measured, not eyeballed: requests after the spike plus SPIKE_RECOVERY_S are tagged
// phase:recovered, and each baseline VU records its latency there divided by its own pre-spike
// median (recovery_latency_ratio, see lib/load/phases.ts). Gates: that ratio's median < SPIKE_RECOVERY_FACTOR,
// the recovered p95 within the API budget, and the error
// rate after recovery under the error budget; errors during the spike are reported and must stay
// under half. Env: SPIKE_BASE_USERS (default 10% of PERFORMANCE_CONCURRENT_USERS, min 2),
// SPIKE_FACTOR (5), SPIKE_BASELINE_S (20), SPIKE_HOLD_S (20), SPIKE_RECOVERY_S (10),
// SPIKE_OBSERVE_S (20), SPIKE_RECOVERY_FACTOR (2).
import { SPIKE_SURGE_S, spikeEntry } from '../lib/config/entries.ts';
import { entryOptions } from '../lib/config/entry.ts';
import { guardedConfig } from '../lib/config/env.ts';
import { enterPhase, type Phase, trackDrift } from '../lib/load/phases.ts';
import { stagedUsers } from '../lib/load/shapes.ts';
import { makeHandleSummary } from '../lib/report/handle-summary.ts';
import { prepareRun, type RunData } from '../lib/users/setup.ts';
import { runWorkflow } from '../lib/workflows/run-workflow.ts';
import { regularUser } from '../lib/workflows/workflows.ts';
import { successGates } from '../thresholds/gates.ts';

const config = guardedConfig('spike');
const { baseUsers, factor, baselineS, holdS, recoveryS, observeS, recoveryFactor } = spikeEntry.settings(__ENV, config);

const spikeEndsS = baselineS + SPIKE_SURGE_S + holdS + SPIKE_SURGE_S;
const phases: Phase[] = [
  { name: 'baseline', untilS: baselineS },
  { name: 'spike', untilS: spikeEndsS },
  { name: 'recovering', untilS: spikeEndsS + recoveryS },
  { name: 'recovered', untilS: Infinity },
];
trackDrift('recovery_latency_ratio', phases, 'baseline', ['recovered']);

export const options = /* @__PURE__ */ entryOptions(config, () => ({
  wallTimeS: spikeEndsS + recoveryS + observeS,
  scenarios: {
    spike: stagedUsers(
      'spikeUsers',
      [
        { durationS: baselineS, target: baseUsers },
        { durationS: SPIKE_SURGE_S, target: Math.round(baseUsers * factor) },
        { durationS: holdS, target: Math.round(baseUsers * factor) },
        { durationS: SPIKE_SURGE_S, target: baseUsers },
        { durationS: recoveryS + observeS, target: baseUsers },
      ],
      baseUsers,
    ),
  },
  gates: [
    { metric: 'recovery_latency_ratio', rules: [{ stat: 'med', op: '<', value: recoveryFactor }] },
    {
      metric: 'http_req_duration',
      tags: { phase: 'recovered', scope: 'api' },
      rules: [{ stat: 'p(95)', op: '<', value: config.targets.apiP95Ms }],
    },
    {
      metric: 'http_req_failed',
      tags: { phase: 'recovered', scope: 'api' },
      rules: [{ stat: 'rate', op: '<', value: config.targets.errorRate }],
    },
    {
      metric: 'http_req_failed',
      tags: { phase: 'spike', scope: 'api' },
      rules: [{ stat: 'rate', op: '<', value: 0.5 }],
    },
    {
      metric: 'http_req_duration',
      tags: { phase: 'baseline', scope: 'api' },
      rules: [{ stat: 'p(95)', op: '<', value: config.targets.apiP95Ms }],
    },
    {
      metric: 'http_req_duration',
      tags: { phase: 'spike', scope: 'api' },
      rules: [{ stat: 'p(95)', op: '<', value: config.targets.apiP99Ms }],
    },
    ...successGates({ ...config.targets, successRate: Math.min(config.targets.successRate, 0.9) }),
  ],
}));

export { pollResources, teardown } from '../lib/config/entry.ts';
export const handleSummary = /* @__PURE__ */ makeHandleSummary({ scenario: 'spike' });

export function setup(): Promise<RunData> {
  return prepareRun(config, { dataset: true });
}

export function spikeUsers(data: RunData): void {
  enterPhase(phases);
  runWorkflow('regular', regularUser, { config, data });
}
