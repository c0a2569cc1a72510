// generation: is a chapter generated in under 2 minutes while others are generating too?
// GENERATION_USERS users (default 10) each create a course of GENERATION_CHAPTERS chapters at the
// same time, start its generation and poll the job to the end, GENERATION_COURSES_PER_USER times.
// Gates: chapter generation p95 (from the job's own timestamps) < THRESHOLD_CHAPTER_P95_S (120),
// failed or timed-out jobs < the error budget. Course generation time (job and poller view) is
// reported.
import { generationEntry } from '../lib/config/entries.ts';
import { entryOptions } from '../lib/config/entry.ts';
import { guardedConfig } from '../lib/config/env.ts';
import { iterationsPerUser } from '../lib/load/shapes.ts';
import { makeHandleSummary } from '../lib/report/handle-summary.ts';
import { withSecrets } from '../lib/users/session.ts';
import { prepareRun, type RunData } from '../lib/users/setup.ts';
import { generateCourse } from '../lib/workflows/generate-course.ts';
import { runWorkflow } from '../lib/workflows/run-workflow.ts';
import { generationGates, successGates } from '../thresholds/gates.ts';

const config = guardedConfig('generation');
const { users: usersN, coursesPerUser: perUser } = generationEntry.settings(__ENV);
// Bounded: every job either finishes or times out (GENERATION_TIMEOUT), then the run stops.
const maxS = config.generationTimeoutS * perUser + 60;
// The sidecar's poller (with SIDECAR_URL) runs for a fixed time, which would keep a run that
// finished early alive until then: it covers the expected time (~10 s per chapter), not the worst case.
const watchS = Math.min(maxS, 20 + 10 * perUser * config.chaptersPerCourse);

export const options = /* @__PURE__ */ entryOptions(config, () => ({
  roles: ['power'], // classes whose VUs log in as their own pool account
  wallTimeS: watchS,
  scenarios: { generators: iterationsPerUser('generators', usersN, perUser, maxS) },
  gates: [
    ...generationGates(config.targets),
    { metric: 'course_generation_ms', rules: [{ stat: 'p(95)', op: '<', value: config.generationTimeoutS * 1000 }] },
    ...successGates(config.targets),
  ],
}));

export { pollResources, teardown } from '../lib/config/entry.ts';
export const handleSummary = /* @__PURE__ */ makeHandleSummary({ scenario: 'generation' });

export function setup(): Promise<RunData> {
  return prepareRun(config);
}

export const generators = withSecrets((data: RunData): void => {
  runWorkflow('generation', generateCourse, { config, data });
});
