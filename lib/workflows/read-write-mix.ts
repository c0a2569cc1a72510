// The regular user's read/write mix, one task per iteration, for the capacity sweep: the read mix's
// reads (read-mix.ts) and the writes a regular user makes, in the proportions of regularUser
// (workflows.ts). There an iteration lists courses, then picks 3 tasks weighted list 5 / read a
// course (and a generated chapter) 4 / create-read-delete 1: per iteration 1 + 3 × 0.5 = 2.5 lists,
// 1.2 course reads with as many chapter reads, 0.3 creations — weights 25 / 12 / 12 / 3 here (about
// one request in ten a write). No health checks (a regular user makes none) and no generation,
// update or export: those are the power user's, and a generation is a minute-long AI job that
// users at think time 0 would start faster than the platform could finish them. A course created
// is read back and deleted in the same task, so a sweep holds at most one course per user and
// never grows the platform's data (a delete that fails leaves a `perf-` course that the next run's
// admin users remove).
import type { ApiClient } from '../http/api.ts';
import { coursesCreated } from '../metrics/metrics.ts';
import { pickWeighted, type WeightedTask } from './pacing.ts';
import { type Context, uniqueTitle } from './workflows.ts';

type Request = (api: ApiClient, ctx: Context) => unknown;

const seeded = ({ data }: Context) => data.seededCourseIds[Math.floor(Math.random() * data.seededCourseIds.length)]!;

function createReadDelete(api: ApiClient, ctx: Context): void {
  const created = api.createCourse({
    title: uniqueTitle('scratch', ctx),
    topic: 'algebra',
    level: 'beginner',
    chapter_count: 2,
  });
  if (!created.body) return;
  coursesCreated.add(1);
  api.getCourse(created.body.id);
  api.deleteCourse(created.body.id);
}

const MIX: WeightedTask<Request>[] = [
  { weight: 25, task: (api) => api.listCourses({ limit: 20 }) },
  { weight: 12, task: (api, ctx) => api.getCourse(seeded(ctx)) },
  { weight: 12, task: (api, ctx) => api.getChapter(seeded(ctx), 1) },
  { weight: 3, task: createReadDelete },
];

/** One task of the mix: a read, or a course created, read back and deleted. */
export function readWriteMixTask(api: ApiClient, ctx: Context): void {
  pickWeighted(MIX)(api, ctx);
}
