// breakpoint: where does it break? The arrival rate of a read-heavy mix (lib/workflows/read-mix.ts) rises
// linearly from BREAKPOINT_START_RATE to BREAKPOINT_MAX_RATE iterations/s over BREAKPOINT_DURATION
// seconds (open model). Thresholds with abortOnFail (API p95 and error rate, after 5 s of data)
// stop the run once the targets are crossed; otherwise it stops by itself at the end of the ramp.
// The answer is breakpoint_sustained_rate's max: the highest rate really achieved (dropped
// iterations excluded) while a VU's last BREAKPOINT_WINDOW requests met the p95 budget without an
// error (lib/load/sustained-rate.ts).
// Iterations k6 could not start for want of a free VU (dropped_iterations) are a sign that the
// platform, or the generator, cannot keep up: beyond THRESHOLD_DROPPED_SHARE of the ramp's scheduled
// iterations they stop the run too, as broken (latency gates alone would miss a platform slow enough
// to exhaust the VUs, as the requests it made wait are never sent).
// Exit 99 means it broke within the ramp (the usual outcome); 0 means it held up to the max rate.
// Env: BREAKPOINT_START_RATE (5), BREAKPOINT_MAX_RATE (2000; the demo platform holds 500/s on 2 cores), BREAKPOINT_DURATION (120),
// BREAKPOINT_WINDOW (20), THRESHOLD_API_P95_MS (200), THRESHOLD_ERROR_RATE (0.05), THRESHOLD_DROPPED_SHARE (0.01).

import { breakpointEntry } from '../lib/config/entries.ts';
import { entryOptions } from '../lib/config/entry.ts';
import { guardedConfig } from '../lib/config/env.ts';
import { ApiClient } from '../lib/http/api.ts';
import { risingRate } from '../lib/load/shapes.ts';
import { trackSustainedRate } from '../lib/load/sustained-rate.ts';
import { makeHandleSummary } from '../lib/report/handle-summary.ts';
import { prepareRun, type RunData } from '../lib/users/setup.ts';
import { readMixRequest } from '../lib/workflows/read-mix.ts';
import { breakpointGates, droppedIterationGates } from '../thresholds/gates.ts';

const config = guardedConfig('breakpoint');
const { startRate, maxRate, durationS, windowSize } = breakpointEntry.settings(__ENV);

const recordSustained = trackSustainedRate({
  metricName: 'breakpoint_sustained_rate',
  windowSize,
  p95BudgetMs: config.targets.apiP95Ms,
  ramp: { startRate, maxRate, durationS },
});

export const options = /* @__PURE__ */ entryOptions(config, () => {
  // Enough VUs to hold the max rate at the p95 budget's latency, no more: past that the target is
  // broken anyway, and k6 reports the iterations it could not start as dropped_iterations.
  const scenarios = {
    rising: risingRate(
      'mixed',
      startRate,
      maxRate,
      durationS,
      Math.max(50, Math.ceil((maxRate * config.targets.apiP95Ms) / 1000)),
    ),
  };
  return {
    roles: [], // classes whose VUs log in as their own pool account
    wallTimeS: durationS,
    scenarios,
    gates: [
      ...breakpointGates(config.targets, 'breakpoint_sustained_rate'),
      ...droppedIterationGates(scenarios, config.targets.droppedShare, { delayAbortEval: '5s' }),
    ],
  };
});

export { pollResources, teardown } from '../lib/config/entry.ts';
export const handleSummary = /* @__PURE__ */ makeHandleSummary({
  scenario: 'breakpoint',
  requestsPerIteration: { rising: 1 },
});

export function setup(): Promise<RunData> {
  return prepareRun(config, { seed: true });
}

let client: ApiClient | undefined;

export function mixed(data: RunData): void {
  client ??= new ApiClient(config.baseUrl, config.apiTimeoutS, data.tokens.regular);
  readMixRequest(client, data);
  recordSustained();
}
