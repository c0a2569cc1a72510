// capacity: how many users does the platform hold within its targets? A closed-model concurrency
// sweep of the regular user's read/write mix (lib/workflows/read-write-mix.ts; CAPACITY_MIX=read:
// the read mix, lib/workflows/read-mix.ts; one task per iteration, think time 0): each
// level of users (CAPACITY_LEVELS, or 1, 2, 4, ... CAPACITY_MAX_USERS) is held CAPACITY_STEP_S
// seconds, its first CAPACITY_SETTLE_S left out, every request tagged with its step and window.
// The sweep stops past the peak or at the first step that breaks the API targets (one user's view:
// lib/load/capacity-control.ts), then the runner fits the Universal Scalability Law to the steps,
// turns it into users at PERFORMANCE_THINK_TIME and confirms it (runner/capacity/).
// With CAPACITY_CONFIRM_USERS (set by the runner) it is that confirmation instead: that many users
// of the same mix thinking PERFORMANCE_THINK_TIME between requests, arriving over
// CAPACITY_CONFIRM_RAMP_S and held CAPACITY_CONFIRM_S, measured after the first CAPACITY_SETTLE_S of the hold.
// No latency gates here: the sweep is meant to reach the targets; its gate is the runner's
// THRESHOLD_CAPACITY_USERS.
import { sleep } from 'k6';
import { capacityEntry } from '../lib/config/entries.ts';
import { entryOptions } from '../lib/config/entry.ts';
import { guardedConfig } from '../lib/config/env.ts';
import { ApiClient } from '../lib/http/api.ts';
import { enterStep, watchSweep } from '../lib/load/capacity-control.ts';
import { type SweepShape, sweepStages } from '../lib/load/capacity-steps.ts';
import { stagedUsers } from '../lib/load/shapes.ts';
import { makeHandleSummary } from '../lib/report/handle-summary.ts';
import { prepareRun, type RunData } from '../lib/users/setup.ts';
import { think } from '../lib/workflows/pacing.ts';
import { readMixRequest } from '../lib/workflows/read-mix.ts';
import { readWriteMixTask } from '../lib/workflows/read-write-mix.ts';
import { abortGates } from '../thresholds/gates.ts';

const config = guardedConfig('capacity');
const { levels, mix, stepS, settleS, confirmUsers, confirmS, confirmRampS } = capacityEntry.settings(__ENV);
const confirming = confirmUsers > 0;
const sweep: SweepShape = { levels, stepS, settleS };
// The confirmation's steady window: after its users have arrived and spread out over their think times.
const confirmShape: SweepShape = {
  levels: [confirmUsers],
  stepS: confirmRampS + confirmS,
  settleS: confirmRampS + Math.min(settleS, confirmS / 2),
};

if (!confirming) watchSweep(sweep, config.targets);

export const options = /* @__PURE__ */ entryOptions(config, () => ({
  roles: [], // one shared regular account, as breakpoint's read mix (its writes are its own courses)
  wallTimeS: confirming ? confirmRampS + confirmS : levels.length * stepS,
  scenarios: {
    capacity: confirming
      ? stagedUsers('capacityUser', [
          { durationS: confirmRampS, target: confirmUsers },
          { durationS: confirmS, target: confirmUsers },
        ])
      : { ...stagedUsers('capacityUser', sweepStages(sweep)), gracefulRampDown: '0s' },
  },
  gates: [...abortGates()],
}));

export { pollResources, teardown } from '../lib/config/entry.ts';
export const handleSummary = /* @__PURE__ */ makeHandleSummary({ scenario: 'capacity' });

export function setup(): Promise<RunData> {
  return prepareRun(config, { seed: true });
}

let client: ApiClient | undefined;

export function capacityUser(data: RunData): void {
  if (!client && confirming) sleep(Math.random() * config.thinkTimeS.max); // users arrive spread over a think time, not in step
  client ??= new ApiClient(config.baseUrl, config.apiTimeoutS, data.tokens.regular);
  enterStep(confirming ? confirmShape : sweep);
  if (mix === 'read') readMixRequest(client, data);
  else readWriteMixTask(client, { config, data });
  if (confirming) think(config.thinkTimeS);
}
