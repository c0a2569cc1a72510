// Generation: start a course's job, follow the job, read a generated chapter.
import type { FastifyInstance } from 'fastify';
import { ApiError, notFound } from '../api-error.ts';
import type { CourseRow, JobRow, Statements } from '../db.ts';
import { ownCourse } from './course-views.ts';
import type { RouteDeps } from './deps.ts';
import { digits, idParam } from './schemas.ts';

export async function generationRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  startGeneration(app, deps);
  const { sql } = deps;

  app.get<{ Params: { id: string } }>(
    '/api/v1/jobs/:id',
    { config: { route: 'job_get', auth: 'user' }, schema: { params: idParam } },
    async (request) => {
      const job = sql.job.get(Number(request.params.id));
      const course = job && sql.course.get(job.course_id);
      const session = request.session!;
      if (!job || !course || (session.role !== 'admin' && course.owner_id !== session.userId)) throw notFound('job');
      return jobJson(sql, job);
    },
  );

  app.get<{ Params: { id: string; index: string } }>(
    '/api/v1/courses/:id/chapters/:index',
    {
      config: { route: 'chapter_get', auth: 'user' },
      schema: {
        params: {
          type: 'object',
          required: ['id', 'index'],
          properties: { id: idParam.properties.id, index: digits(2) },
        },
      },
    },
    async (request) => {
      const course = ownCourse(sql, request);
      const chapter = sql.chapter.get(course.id, Number(request.params.index));
      if (chapter?.status !== 'completed') throw notFound('generated chapter');
      return { index: chapter.idx, title: chapter.title, content: chapter.content, word_count: chapter.word_count };
    },
  );
}

function startGeneration(app: FastifyInstance, { db, sql, pool }: RouteDeps): void {
  const startJob = db.transaction((course: CourseRow) => {
    if (sql.activeJobOf.get(course.id))
      throw new ApiError(409, 'generation_in_progress', 'a generation job for this course is queued or running');
    const { lastInsertRowid } = sql.insertJob.run(course.id, course.chapter_count, new Date().toISOString());
    sql.resetChapters.run(course.id);
    return Number(lastInsertRowid);
  });

  app.post<{ Params: { id: string } }>(
    '/api/v1/courses/:id/generate',
    { config: { route: 'course_generate', auth: 'user' }, schema: { params: idParam } },
    async (request, reply) => {
      const course = ownCourse(sql, request);
      const jobId = startJob(course);
      pool.enqueueJob(
        jobId,
        course.id,
        course.topic,
        sql.chaptersOf.all(course.id).map((c) => c.title),
      );
      return reply.code(202).send({ job_id: jobId, status: 'queued' });
    },
  );
}

const jobJson = (sql: Statements, job: JobRow) => ({
  job_id: job.id,
  course_id: job.course_id,
  status: job.status,
  chapters_total: job.chapters_total,
  chapters_completed: job.chapters_completed,
  chapters: sql.chaptersOf.all(job.course_id).map((c) => ({
    index: c.idx,
    status: c.status,
    started_at: c.started_at,
    finished_at: c.finished_at,
    duration_ms: c.duration_ms,
  })),
  created_at: job.created_at,
  started_at: job.started_at,
  finished_at: job.finished_at,
  ...(job.error ? { error: job.error } : {}),
});
