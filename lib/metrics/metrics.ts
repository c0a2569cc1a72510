// Custom metrics for what k6's built-ins cannot say. Created once at init (k6 requires it).
import { Counter, Rate, Trend } from 'k6/metrics';

/** One chapter's generation time from the job's own started_at/finished_at (server view). */
export const chapterGenerationMs = new Trend('chapter_generation_ms', true);
/** Whole course generation, job created -> finished, from the job's own timestamps. */
export const courseGenerationMs = new Trend('course_generation_ms', true);
/** Whole course generation as the polling user saw it: request accepted -> completed seen. */
export const courseGenerationObservedMs = new Trend('course_generation_observed_ms', true);
/** Generation jobs that failed or did not finish within GENERATION_TIMEOUT. */
export const generationFailed = new Rate('generation_failed');
/** Courses the platform acknowledged creating (201). */
export const coursesCreated = new Counter('courses_created');
/** Whole workflow iterations that completed every step, tagged by workflow. */
export const workflowSuccess = new Rate('workflow_success');
/** Workflow iterations that threw (a script bug or a body shape nobody expected). */
export const workflowErrors = new Counter('workflow_errors');
