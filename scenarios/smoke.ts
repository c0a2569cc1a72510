// The quick check for CI: one VU for about 10 s calling every endpoint at least once, against the
// same thresholds as the main job.
import { ENDPOINTS } from '../lib/endpoints.ts';
import { config } from '../lib/env.ts';
import { runWorkflow } from '../lib/run-workflow.ts';
import { prepareRun, type RunData } from '../lib/setup.ts';
import { SUMMARY_TREND_STATS } from '../lib/shapes.ts';
import { everyEndpoint } from '../lib/workflows.ts';
import { abortGates, errorGates, generationGates, latencyGates, successGates } from '../thresholds/gates.ts';
import { toK6Thresholds } from '../thresholds/expressions.ts';

export const options = {
  scenarios: {
    smoke: { executor: 'constant-vus', exec: 'smoke', vus: 1, duration: '10s', gracefulStop: '30s' },
  },
  thresholds: toK6Thresholds([
    ...latencyGates(config.targets, ENDPOINTS),
    ...errorGates(config.targets, ENDPOINTS),
    ...abortGates('5s'),
    ...successGates(config.targets),
    ...generationGates(config.targets),
  ]),
  setupTimeout: `${Math.max(60, config.generationTimeoutS + 30)}s`,
  summaryTrendStats: SUMMARY_TREND_STATS,
};

export function setup(): RunData {
  return prepareRun(config, { seed: false });
}

export function smoke(data: RunData): void {
  runWorkflow('smoke', everyEndpoint, { config, data });
}
