// generation: is a chapter generated in under 2 minutes while others are generating too?
// GENERATION_USERS users (default 10) each create a course of GENERATION_CHAPTERS chapters at the
// same time, start its generation and poll the job to the end, GENERATION_COURSES_PER_USER times.
// Gates: chapter generation p95 (from the job's own timestamps) < THRESHOLD_CHAPTER_P95_S (120),
// failed or timed-out jobs < the error budget. Course generation time (job and poller view) is
// reported.
import { envNumber } from '../lib/config.ts';
import { entryOptions } from '../lib/entry.ts';
import { guardedConfig } from '../lib/env.ts';
import { generateAndWait } from '../lib/generation.ts';
import { ApiClient } from '../lib/api.ts';
import { coursesCreated } from '../lib/metrics.ts';
import { makeHandleSummary } from '../lib/report/handle-summary.ts';
import { runWorkflow } from '../lib/run-workflow.ts';
import { prepareRun, type RunData } from '../lib/setup.ts';
import { uniqueTitle } from '../lib/workflows.ts';
import { generationGates, successGates } from '../thresholds/gates.ts';

const config = guardedConfig('generation');
const usersN = envNumber(__ENV, 'GENERATION_USERS', 10, { min: 1, max: 10_000, integer: true });
const perUser = envNumber(__ENV, 'GENERATION_COURSES_PER_USER', 1, { min: 1, max: 1000, integer: true });
const maxS = config.generationTimeoutS * perUser + 60;

export const options = entryOptions(config, {
  wallTimeS: maxS,
  scenarios: { generators: { executor: 'per-vu-iterations', exec: 'generators', vus: usersN, iterations: perUser, maxDuration: `${maxS}s` } },
  gates: [
    ...generationGates(config.targets),
    { metric: 'course_generation_ms', rules: [{ stat: 'p(95)', op: '<', value: config.generationTimeoutS * 1000 }] },
    ...successGates(config.targets),
  ],
});

export { pollResources, teardown } from '../lib/entry.ts';
export const handleSummary = makeHandleSummary({ scenario: 'generation' });

export function setup(): RunData {
  return prepareRun(config, { seed: false });
}

export function generators(data: RunData): void {
  runWorkflow(
    'generation',
    (ctx) => {
      const client = new ApiClient(config.baseUrl, config.apiTimeoutS, data.tokens.power);
      const created = client.createCourse({ title: uniqueTitle('generation', ctx), topic: 'machine learning', level: 'intermediate', chapter_count: config.chaptersPerCourse });
      if (!created.body) return false;
      coursesCreated.add(1);
      const outcome = generateAndWait(client, created.body.id, config.pollIntervalS, config.generationTimeoutS);
      client.deleteCourse(created.body.id);
      return outcome.completed;
    },
    { config, data },
  );
}
