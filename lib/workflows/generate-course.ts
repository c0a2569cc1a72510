// The generation workflow: a power user creates a course of GENERATION_CHAPTERS chapters, starts
// its generation, follows the job to the end (generateAndWait records chapter and course times
// from the job's own timestamps) and deletes the course. Nothing else, so the generation entry
// measures generation while the others generate, not the rest of the power user's session.

import { coursesCreated } from '../metrics/metrics.ts';
import { userClient } from '../users/session.ts';
import { generateAndWait } from './generation.ts';
import { uniqueTitle, type Workflow } from './workflows.ts';

export const generateCourse: Workflow = (ctx) => {
  const { config, data } = ctx;
  const client = userClient(config, data, 'power');
  if (!client) return false;
  const created = client.createCourse({
    title: uniqueTitle('generation', ctx),
    topic: 'machine learning',
    level: 'intermediate',
    chapter_count: config.chaptersPerCourse,
  });
  if (!created.body) return false;
  coursesCreated.add(1);
  const outcome = generateAndWait(client, created.body.id, config.pollIntervalS, config.generationTimeoutS, () =>
    userClient(config, data, 'power'),
  );
  const deleted = (userClient(config, data, 'power') ?? client).deleteCourse(created.body.id).ok;
  return outcome.completed && deleted;
};
