// Starting a course's generation and following its job to the end, recording how long it took
// from the job's own timestamps (the server's view) and from the poller's (the user's view).
import { sleep } from 'k6';
import type { ApiClient, Id, Job } from '../http/api.ts';
import {
  chapterGenerationMs,
  courseGenerationMs,
  courseGenerationObservedMs,
  generationFailed,
} from '../metrics/metrics.ts';

export interface GenerationOutcome {
  completed: boolean;
  job: Job | undefined;
}

function millisBetween(from: string | null | undefined, to: string | null | undefined): number | undefined {
  if (!from || !to) return undefined;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

function recordJobTimes(job: Job): void {
  for (const chapter of job.chapters) {
    const ms = chapter.duration_ms ?? millisBetween(chapter.started_at, chapter.finished_at);
    if (typeof ms === 'number' && chapter.status === 'completed') chapterGenerationMs.add(ms);
  }
  const total = millisBetween(job.created_at, job.finished_at);
  if (total !== undefined) courseGenerationMs.add(total);
}

/**
 * Starts generation and polls the job until it completes, fails, or `timeoutS` passes. `current`
 * gives the client for each poll, so a user whose token expires while waiting logs in again; it
 * stops waiting when there is none (the login failed).
 */
export function generateAndWait(
  client: ApiClient,
  courseId: Id,
  pollIntervalS: number,
  timeoutS: number,
  current: () => ApiClient | undefined = () => client,
): GenerationOutcome {
  const accepted = client.generate(courseId);
  if (!accepted.body) {
    generationFailed.add(true);
    return { completed: false, job: undefined };
  }
  const started = Date.now();
  const deadline = started + timeoutS * 1000;
  let job: Job | undefined;
  while (Date.now() < deadline) {
    sleep(pollIntervalS);
    const poller = current();
    if (!poller) break;
    const polled = poller.getJob(accepted.body.job_id);
    if (!polled.body) continue;
    job = polled.body;
    if (job.status === 'completed' || job.status === 'failed') break;
  }
  const completed = job?.status === 'completed';
  generationFailed.add(!completed);
  if (completed && job) {
    courseGenerationObservedMs.add(Date.now() - started);
    recordJobTimes(job);
  }
  return { completed, job };
}
