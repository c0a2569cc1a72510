// The quick check for CI: one VU for about 10 s calling every endpoint at least once, against the
// same thresholds as the main job.

import { smokeEntry } from '../lib/config/entries.ts';
import { entryOptions } from '../lib/config/entry.ts';
import { config } from '../lib/config/env.ts';
import { ENDPOINTS } from '../lib/http/endpoints.ts';
import { makeHandleSummary } from '../lib/report/handle-summary.ts';
import { withSecrets } from '../lib/users/session.ts';
import { prepareRun, type RunData } from '../lib/users/setup.ts';
import { runWorkflow } from '../lib/workflows/run-workflow.ts';
import { everyEndpoint } from '../lib/workflows/workflows.ts';
import { workflowGates } from '../thresholds/gates.ts';

const { seconds: SMOKE_SECONDS } = smokeEntry.settings();

export const options = /* @__PURE__ */ entryOptions(config, () => ({
  roles: ['power', 'admin'], // classes whose VUs log in as their own pool account
  wallTimeS: SMOKE_SECONDS,
  scenarios: {
    smoke: { executor: 'constant-vus', exec: 'smoke', vus: 1, duration: `${SMOKE_SECONDS}s`, gracefulStop: '30s' },
  },
  gates: workflowGates(config.targets, ENDPOINTS, '5s'),
}));

export { pollResources, teardown } from '../lib/config/entry.ts';
export const handleSummary = /* @__PURE__ */ makeHandleSummary({ scenario: 'smoke' });

export function setup(): Promise<RunData> {
  return prepareRun(config);
}

export const smoke = withSecrets((data: RunData): void => {
  runWorkflow('smoke', everyEndpoint, { config, data });
});
