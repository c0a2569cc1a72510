// The concurrent-creation workflow: create a course at the same instant as every other VU, wait
// until all have answered, read it back. An acknowledged creation (201) that cannot be read is a
// lost write, counted in `lost_writes`; the course is deleted afterwards.
import { sleep } from 'k6';
import { Rate } from 'k6/metrics';
import { ApiClient } from '../http/api.ts';
import { coursesCreated } from '../metrics/metrics.ts';
import type { Context } from './workflows.ts';
import { uniqueTitle } from './workflows.ts';

const lostWrites = new Rate('lost_writes');

export function createAndVerify(ctx: Context, settleS: number): boolean {
  const client = new ApiClient(ctx.config.baseUrl, ctx.config.apiTimeoutS, ctx.data.tokens.power);
  const created = client.createCourse({
    title: uniqueTitle('concurrent', ctx),
    topic: 'concurrency',
    level: 'beginner',
    chapter_count: 1,
  });
  if (!created.body) return false;
  coursesCreated.add(1);
  // Read back only after every VU's creation has had time to answer: a write lost under contention shows here.
  sleep(settleS);
  const read = client.getCourse(created.body.id);
  const lost = read.status === 404;
  lostWrites.add(lost);
  if (!lost) client.deleteCourse(created.body.id);
  return read.ok;
}
