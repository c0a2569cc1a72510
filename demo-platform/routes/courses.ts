// Courses: list (own, or all for an admin), create, read, update, delete.
import type { FastifyInstance } from 'fastify';
import { chapterSummary, courseDetail, courseJson, ownCourse } from './course-views.ts';
import type { RouteDeps } from './deps.ts';
import { courseBody, digits, idParam, pageLimit } from './schemas.ts';

interface NewCourse {
  title: string;
  topic: string;
  level: string;
  chapter_count: number;
  language?: string;
}

export async function courseRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  listCourses(app, deps);
  createCourse(app, deps);
  const { sql } = deps;

  app.get<{ Params: { id: string } }>(
    '/api/v1/courses/:id',
    { config: { route: 'course_get', auth: 'user' }, schema: { params: idParam } },
    async (request) => courseDetail(sql, ownCourse(sql, request)),
  );

  updateCourse(app, deps);

  app.delete<{ Params: { id: string } }>(
    '/api/v1/courses/:id',
    { config: { route: 'course_delete', auth: 'user' }, schema: { params: idParam } },
    async (request, reply) => {
      const course = ownCourse(sql, request);
      sql.deleteCourse.run(course.id);
      return reply.code(204).send();
    },
  );
}

const likePattern = (q: string | undefined) => `%${(q ?? '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function listCourses(app: FastifyInstance, { sql }: RouteDeps): void {
  app.get<{ Querystring: { limit?: string; offset?: string; q?: string } }>(
    '/api/v1/courses',
    {
      config: { route: 'courses_list', auth: 'user' },
      schema: {
        querystring: {
          type: 'object',
          properties: { limit: digits(3), offset: digits(9), q: { type: 'string', maxLength: 200 } },
        },
      },
    },
    async (request) => {
      const limit = pageLimit(request.query.limit);
      const offset = Number(request.query.offset ?? 0);
      const session = request.session!;
      const pattern = likePattern(request.query.q);
      const admin = session.role === 'admin';
      const rows = admin
        ? sql.listAll.all(pattern, limit, offset)
        : sql.listOwn.all(session.userId, pattern, limit, offset);
      const total = (admin ? sql.countAll.get(pattern) : sql.countOwn.get(session.userId, pattern))!.n;
      return { items: rows.map(courseJson), total, limit, offset };
    },
  );
}

function createCourse(app: FastifyInstance, { db, sql, faults }: RouteDeps): void {
  let fakeCourseId = 1_000_000_000; // ids handed out by the lostwrites fault, never stored
  const insert = db.transaction((ownerId: number, body: NewCourse) => {
    const now = new Date().toISOString();
    const { title, topic, level, chapter_count } = body;
    const { lastInsertRowid } = sql.insertCourse.run(
      ownerId,
      title,
      topic,
      level,
      chapter_count,
      body.language ?? 'en',
      now,
      now,
    );
    const id = Number(lastInsertRowid);
    for (let i = 1; i <= chapter_count; i++) sql.insertChapter.run(id, i, `Chapter ${i}: ${topic}, part ${i}`);
    return sql.course.get(id)!;
  });

  app.post<{ Body: NewCourse }>(
    '/api/v1/courses',
    {
      config: { route: 'course_create', auth: 'user' },
      schema: {
        body: {
          type: 'object',
          required: ['title', 'topic', 'level', 'chapter_count'],
          additionalProperties: false,
          properties: courseBody,
        },
      },
    },
    async (request, reply) => {
      if (faults.lostWriteRate > 0 && Math.random() < faults.lostWriteRate) {
        // The lostwrites fault: acknowledge a course that is never stored.
        const now = new Date().toISOString();
        const { title, topic, level, chapter_count } = request.body;
        const owner_id = request.session!.userId;
        const language = request.body.language ?? 'en';
        const stored = { title, topic, level, chapter_count, language, created_at: now, updated_at: now };
        return reply.code(201).send({ id: fakeCourseId++, owner_id, ...stored, status: 'draft', chapters: [] });
      }
      const course = insert(request.session!.userId, request.body);
      return reply
        .code(201)
        .send({ ...courseJson(course), status: 'draft', chapters: sql.chaptersOf.all(course.id).map(chapterSummary) });
    },
  );
}

function updateCourse(app: FastifyInstance, { sql }: RouteDeps): void {
  app.patch<{ Params: { id: string }; Body: { title?: string; topic?: string; level?: string; language?: string } }>(
    '/api/v1/courses/:id',
    {
      config: { route: 'course_update', auth: 'user' },
      schema: {
        params: idParam,
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            title: courseBody.title,
            topic: courseBody.topic,
            level: courseBody.level,
            language: courseBody.language,
          },
        },
      },
    },
    async (request) => {
      const course = ownCourse(sql, request);
      const next = { ...course, ...request.body };
      sql.updateCourse.run(next.title, next.topic, next.level, next.language, new Date().toISOString(), course.id);
      return courseDetail(sql, sql.course.get(course.id)!);
    },
  );
}
