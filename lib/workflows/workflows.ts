// What each kind of user does in one iteration. Scenarios only choose who runs and how often;
// no scenario re-implements these. Every workflow returns whether all of its steps succeeded.
import { group } from 'k6';
import exec from 'k6/execution';
import type { Config } from '../config/config.ts';
import type { ApiClient, ExportFormat, Id } from '../http/api.ts';
import { coursesCreated } from '../metrics/metrics.ts';
import { isLeftover } from '../users/dataset-names.ts';
import type { Role } from '../users/pool-spec.ts';
import { ownCourses, userClient } from '../users/session.ts';
import type { RunData } from '../users/setup.ts';
import { generateAndWait } from './generation.ts';
import { pickOne, pickWeighted, think } from './pacing.ts';

export interface Context {
  config: Config;
  data: RunData;
}

export type Workflow = (ctx: Context) => boolean;

/** This VU's client for a class: logged in as its own account (lib/users/session.ts). */
function clientFor(ctx: Context, role: Role): ApiClient | undefined {
  return userClient(ctx.config, ctx.data, role);
}

/** A title unique to this run, VU and iteration, so concurrent users never collide. */
export function uniqueTitle(kind: string, ctx: Context): string {
  return `perf-${kind} ${ctx.data.runId} vu${exec.vu.idInTest} it${exec.vu.iterationInScenario}`;
}

const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'markdown', 'html'];

/** Reads a course and one of its generated chapters. */
function readCourse(client: ApiClient, id: Id): boolean {
  const course = client.getCourse(id);
  if (!course.body) return false;
  const chapter = pickGenerated(course.body.chapters ?? []);
  return chapter === undefined || client.getChapter(id, chapter.index).ok;
}

/** One of the generated chapters, uniformly; index loops, not filter (see pickWeighted). */
function pickGenerated<C extends { status: string }>(chapters: readonly C[]): C | undefined {
  let generated = 0;
  for (let i = 0; i < chapters.length; i++) if (chapters[i]!.status === 'completed') generated++;
  let skip = Math.floor(Math.random() * generated);
  for (let i = 0; i < chapters.length; i++) {
    if (chapters[i]!.status === 'completed' && skip-- === 0) return chapters[i];
  }
  return undefined;
}

type RegularTask = (client: ApiClient, ctx: Context) => boolean;

const regularTasks: { weight: number; task: RegularTask }[] = [
  { weight: 5, task: (client) => client.listCourses({ limit: 20, offset: Math.floor(Math.random() * 3) * 20 }).ok },
  {
    weight: 4,
    task: (client, ctx) => {
      // Only the user's own courses, spread over their whole dataset: per-user isolation is part of what is measured.
      const id = pickOne(ownCourses(ctx.config, ctx.data, 'regular'));
      return id === undefined || readCourse(client, id);
    },
  },
  {
    weight: 1,
    task: (client, ctx) => {
      const created = client.createCourse({
        title: uniqueTitle('scratch', ctx),
        topic: 'algebra',
        level: 'beginner',
        chapter_count: 2,
      });
      if (!created.body) return false;
      coursesCreated.add(1);
      const readBack = client.getCourse(created.body.id).ok;
      return readBack && client.deleteCourse(created.body.id).ok;
    },
  },
];

/** Browses the course list, opens courses and reads chapters; now and then creates one. */
export const regularUser: Workflow = (ctx) =>
  group('regular user', () => {
    const client = clientFor(ctx, 'regular');
    if (!client) return false;
    let ok = client.listCourses({ limit: 20 }).ok;
    think(ctx.config.thinkTimeS);
    for (let step = 0; step < 3; step++) {
      ok = pickWeighted(regularTasks)(client, ctx) && ok;
      think(ctx.config.thinkTimeS);
    }
    return ok;
  });

/** Creates a course, generates it, follows the job, reads and exports the result, then deletes it. */
export const powerUser: Workflow = (ctx) =>
  group('power user', () => {
    const { config } = ctx;
    const client = clientFor(ctx, 'power');
    if (!client) return false;
    const created = client.createCourse({
      title: uniqueTitle('power', ctx),
      topic: 'distributed systems',
      level: 'advanced',
      chapter_count: config.chaptersPerCourse,
    });
    if (!created.body) return false;
    coursesCreated.add(1);
    const id = created.body.id;
    think(config.thinkTimeS);
    let ok = client.updateCourse(id, { topic: 'distributed systems, revised' }).ok;
    const generation = generateAndWait(client, id, config.pollIntervalS, config.generationTimeoutS, () =>
      clientFor(ctx, 'power'),
    );
    ok = generation.completed && ok;
    // The session may have logged in again while waiting: go on with its current client.
    const after = clientFor(ctx, 'power');
    if (!after) return false;
    if (generation.completed) {
      ok = readCourse(after, id) && ok;
      think(config.thinkTimeS);
      ok = after.exportCourse(id, pickOne(EXPORT_FORMATS) ?? 'json').ok && ok;
    }
    think(config.thinkTimeS);
    return after.deleteCourse(id).ok && ok;
  });

/** Watches the system: stats, the job list, the user list, and removes courses earlier runs left behind. */
export const adminUser: Workflow = (ctx) =>
  group('admin user', () => {
    const client = clientFor(ctx, 'admin');
    if (!client) return false;
    let ok = client.adminStats().ok;
    think(ctx.config.thinkTimeS);
    ok = client.adminJobs(20).ok && ok;
    think(ctx.config.thinkTimeS);
    ok = client.adminUsers().ok && ok;
    think(ctx.config.thinkTimeS);
    // Leftovers of interrupted runs: titles of other runs only, never this run's live courses.
    const leftovers = client.listCourses({ q: 'perf-', limit: 20 }).body?.items ?? [];
    for (const course of leftovers.filter((c) => isLeftover(c.title, ctx.data.runId, false)).slice(0, 5)) {
      ok = client.deleteCourse(course.id).ok && ok;
    }
    return ok;
  });

/** Every endpoint at least once: the smoke check. */
export const everyEndpoint: Workflow = (ctx) =>
  group('every endpoint', () => {
    const { config } = ctx;
    const user = clientFor(ctx, 'power');
    const admin = clientFor(ctx, 'admin');
    if (!user || !admin) return false;
    let ok = user.health().ok;
    ok = user.listCourses({ limit: 5 }).ok && ok;
    const created = user.createCourse({
      title: uniqueTitle('smoke', ctx),
      topic: 'smoke testing',
      level: 'intermediate',
      chapter_count: 2,
    });
    if (!created.body) return false;
    coursesCreated.add(1);
    const id = created.body.id;
    ok = user.getCourse(id).ok && ok;
    ok = user.updateCourse(id, { title: `${created.body.title} (edited)` }).ok && ok;
    const generation = generateAndWait(user, id, config.pollIntervalS, config.generationTimeoutS);
    ok = generation.completed && ok;
    if (generation.completed) {
      ok = user.getChapter(id, generation.job?.chapters[0]?.index ?? 0).ok && ok;
      for (const format of EXPORT_FORMATS) ok = user.exportCourse(id, format).ok && ok;
    }
    ok = admin.adminStats().ok && ok;
    ok = admin.adminJobs(10).ok && ok;
    ok = admin.adminUsers().ok && ok;
    return user.deleteCourse(id).ok && ok;
  });
