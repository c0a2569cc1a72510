// The demo platform's HTTP API (Fastify): routes, auth, validation, faults, metrics.

import { readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import client from 'prom-client';
import { hashPassword, type Session, TokenStore, verifyPassword } from './auth.ts';
import { type ChapterRow, type CourseRow, type JobRow, prepare } from './db.ts';
import { type ExportFormat, renderExport } from './export.ts';
import { type Faults, forRoute, type RouteName } from './faults.ts';
import { GenerationPool } from './generation.ts';
import type { Settings } from './settings.ts';

export const VERSION = '1.0.0';
const OPENAPI = JSON.parse(readFileSync(new URL('./openapi.json', import.meta.url), 'utf8'));

declare module 'fastify' {
  interface FastifyRequest {
    session?: Session;
  }
  interface FastifyContextConfig {
    route?: RouteName;
    auth?: 'user' | 'admin';
  }
}

class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);

function sendError(reply: FastifyReply, status: number, code: string, message: string, details?: unknown) {
  return reply
    .code(status)
    .type('application/json')
    .send({ error: { code, message, ...(details === undefined ? {} : { details }) } });
}

const LEVELS = ['beginner', 'intermediate', 'advanced'];
const idParam = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[0-9]{1,15}$' } },
} as const;
const courseBody = {
  title: { type: 'string', minLength: 1, maxLength: 200 },
  topic: { type: 'string', minLength: 1, maxLength: 200 },
  level: { type: 'string', enum: LEVELS },
  chapter_count: { type: 'integer', minimum: 1, maximum: 20 },
  language: { type: 'string', minLength: 2, maxLength: 35 },
} as const;
const digits = (max: number) => ({ type: 'string', pattern: `^[0-9]{1,${max}}$` }) as const;

export interface Platform {
  app: FastifyInstance;
  pool: GenerationPool;
}

export function buildPlatform(db: Database.Database, settings: Settings, faults: Faults): Platform {
  const sql = prepare(db);
  const tokens = new TokenStore(settings.tokenTtlS);
  const pool = new GenerationPool(sql, settings.workers, settings.chapterMs, faults.slowGenerationFactor);
  const started = Date.now();
  const uptimeS = () => Math.round((Date.now() - started) / 100) / 10;
  let fakeCourseId = 1_000_000_000; // ids handed out by the lostwrites fault, never stored

  // Unfinished jobs of an earlier run will never finish: say so instead of leaving them running.
  sql.failUnfinishedJobs.run(new Date().toISOString());
  sql.failUnfinishedChapters.run();
  for (const user of settings.users) sql.insertUser.run(user.email, hashPassword(user.password), user.role);
  // The DEMO_USERS pool: one scrypt hash per role, shared by its accounts, so hundreds start in milliseconds.
  const roleHashes = new Map<string, string>();
  const hashFor = (password: string) =>
    roleHashes.get(password) ?? roleHashes.set(password, hashPassword(password)).get(password)!;
  db.transaction(() => {
    for (const user of settings.pool) sql.insertUser.run(user.email, hashFor(user.password), user.role);
  })();

  // Distinct users with an authenticated request: since start (by role, in /metrics) and in the
  // last window (the peruser fault's load factor).
  const lastSeen = new Map<number, number>();
  const seenByRole = { regular: new Set<number>(), power: new Set<number>(), admin: new Set<number>() };
  let activeUsers = 0;
  const windowMs = (faults.perUser?.windowS ?? 10) * 1000;
  const countActive = setInterval(() => {
    const since = Date.now() - windowMs;
    let n = 0;
    for (const at of lastSeen.values()) if (at >= since) n++;
    activeUsers = n;
  }, 250);
  countActive.unref();

  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  new client.Gauge({
    name: 'demo_users_seen',
    help: 'Distinct users that made an authenticated request since start, by role',
    labelNames: ['role'],
    registers: [registry],
    collect() {
      for (const [role, users] of Object.entries(seenByRole)) this.set({ role }, users.size);
    },
  });
  new client.Gauge({
    name: 'demo_users_active',
    help: "Distinct users with an authenticated request in the last window (10 s, or the peruser fault's window_s)",
    registers: [registry],
    collect() {
      this.set(activeUsers);
    },
  });
  const duration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route name',
    labelNames: ['route', 'method', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const app = Fastify({
    logger: settings.logLevel === 'silent' ? false : { level: settings.logLevel },
    bodyLimit: 64 * 1024,
    forceCloseConnections: true, // the hang fault leaves requests open; shutdown must not wait for them
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: true } },
  });

  // JSON only: a text/plain body is 415, not a string that fails validation later.
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', async (request, reply) => {
    const { route, auth } = request.routeOptions.config;
    if (route) {
      if (faults.hang.has(route) || faults.hang.has('*')) {
        return new Promise<never>(() => undefined); // the hang fault: accept, never answer
      }
      const latency = forRoute(faults.latencyMs, route);
      if (latency) await new Promise((resolve) => setTimeout(resolve, latency));
      const errorRate = forRoute(faults.errorRate, route);
      if (errorRate && Math.random() < errorRate)
        return sendError(reply, 500, 'injected_fault', 'injected error (DEMO_FAULTS)');
      const garbage = forRoute(faults.garbage, route);
      if (garbage) {
        if (garbage.mode === 'html')
          return reply.code(200).type('text/html').send('<html><body>Bad Gateway?</body></html>');
        if (garbage.mode === 'shape') return reply.code(200).type('application/json').send('{"unexpected":[1,2,3]}');
        return reply
          .code(200)
          .type('application/json')
          .send(`{"padding":"${'x'.repeat(garbage.mb * 1024 * 1024)}"}`);
      }
    }
    if (auth) {
      const header = request.headers.authorization ?? '';
      const session = header.startsWith('Bearer ') ? tokens.check(header.slice(7).trim()) : undefined;
      if (!session) return sendError(reply, 401, 'unauthorized', 'a valid bearer token is required');
      if (auth === 'admin' && session.role !== 'admin') return sendError(reply, 403, 'forbidden', 'admin only');
      request.session = session;
      if (!lastSeen.has(session.userId)) seenByRole[session.role].add(session.userId);
      lastSeen.set(session.userId, Date.now());
      if (faults.perUser) {
        // The peruser fault: work that grows with the number of distinct users (e.g. a per-user cache rebuilt for each).
        const ms = faults.perUser.msPerUser * Math.max(1, activeUsers);
        if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
      }
    }
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.config?.route ?? 'other';
    duration.observe({ route, method: request.method, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  app.setErrorHandler(
    (error: Error & { validation?: unknown; statusCode?: number; code?: string }, _request, reply) => {
      if (error instanceof ApiError) return sendError(reply, error.status, error.code, error.message, error.details);
      if (error.validation) return sendError(reply, 422, 'validation_failed', error.message, error.validation);
      const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) app.log.error(error);
      return sendError(
        reply,
        status,
        status === 500 ? 'internal' : (error.code ?? 'bad_request').toLowerCase(),
        status === 500 ? 'internal error' : error.message,
      );
    },
  );
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, 'not_found', `no route ${request.method} ${request.url.split('?')[0]}`),
  );

  function ownCourse(request: FastifyRequest<{ Params: { id: string } }>): CourseRow {
    const course = sql.course.get(Number(request.params.id));
    const session = request.session!;
    // Someone else's course is "not found", not "forbidden": ids of others are not confirmed.
    if (!course || (session.role !== 'admin' && course.owner_id !== session.userId)) throw notFound('course');
    return course;
  }

  const chapterSummary = (c: ChapterRow) => ({ index: c.idx, title: c.title, status: c.status });
  function courseStatus(course: CourseRow): string {
    const job = sql.latestJobOf.get(course.id);
    if (!job) return 'draft';
    return job.status === 'completed' ? 'generated' : job.status === 'failed' ? 'failed' : 'generating';
  }
  const courseJson = (course: CourseRow) => ({
    id: course.id,
    owner_id: course.owner_id,
    title: course.title,
    topic: course.topic,
    level: course.level,
    chapter_count: course.chapter_count,
    language: course.language,
    created_at: course.created_at,
    updated_at: course.updated_at,
  });
  const jobJson = (job: JobRow) => ({
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
  const likePattern = (q: string | undefined) => `%${(q ?? '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

  app.get('/health', { config: { route: 'health' } }, async () => {
    sql.ping.get();
    return { status: 'ok', version: VERSION, uptime_s: uptimeS() };
  });

  app.get('/openapi.json', async () => OPENAPI);

  app.get('/metrics', async (request, reply) => {
    const ip = request.socket.remoteAddress ?? '';
    if (!(ip === '::1' || ip.startsWith('127.') || ip.startsWith('::ffff:127.')))
      return sendError(reply, 403, 'forbidden', 'metrics are served on loopback only');
    return reply.type(registry.contentType).send(await registry.metrics());
  });

  app.post<{ Body: { email: string; password: string } }>(
    '/api/v1/auth/login',
    {
      config: { route: 'login' },
      schema: {
        body: {
          type: 'object',
          required: ['email', 'password'],
          properties: {
            email: { type: 'string', minLength: 1, maxLength: 320 },
            password: { type: 'string', minLength: 1, maxLength: 1024 },
          },
        },
      },
    },
    async (request) => {
      const user = sql.userByEmail.get(request.body.email);
      if (!user || !(await verifyPassword(request.body.password, user.password_hash)))
        throw new ApiError(401, 'invalid_credentials', 'wrong email or password');
      const { token, expiresIn } = tokens.issue(user.id, user.role);
      return { access_token: token, token_type: 'bearer', role: user.role, expires_in: expiresIn };
    },
  );

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
      const limit = Number(request.query.limit ?? 20);
      const offset = Number(request.query.offset ?? 0);
      if (limit < 1 || limit > 100)
        throw new ApiError(422, 'validation_failed', 'limit must be from 1 to 100', [{ field: 'limit' }]);
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

  const createCourse = db.transaction(
    (
      ownerId: number,
      body: { title: string; topic: string; level: string; chapter_count: number; language?: string },
    ) => {
      const now = new Date().toISOString();
      const { lastInsertRowid } = sql.insertCourse.run(
        ownerId,
        body.title,
        body.topic,
        body.level,
        body.chapter_count,
        body.language ?? 'en',
        now,
        now,
      );
      const id = Number(lastInsertRowid);
      for (let i = 1; i <= body.chapter_count; i++)
        sql.insertChapter.run(id, i, `Chapter ${i}: ${body.topic}, part ${i}`);
      return sql.course.get(id)!;
    },
  );

  app.post<{ Body: { title: string; topic: string; level: string; chapter_count: number; language?: string } }>(
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
        return reply
          .code(201)
          .send({
            id: fakeCourseId++,
            owner_id: request.session!.userId,
            title,
            topic,
            level,
            chapter_count,
            language: request.body.language ?? 'en',
            created_at: now,
            updated_at: now,
            status: 'draft',
            chapters: [],
          });
      }
      const course = createCourse(request.session!.userId, request.body);
      return reply
        .code(201)
        .send({ ...courseJson(course), status: 'draft', chapters: sql.chaptersOf.all(course.id).map(chapterSummary) });
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/courses/:id',
    { config: { route: 'course_get', auth: 'user' }, schema: { params: idParam } },
    async (request) => {
      const course = ownCourse(request);
      return {
        ...courseJson(course),
        status: courseStatus(course),
        chapters: sql.chaptersOf.all(course.id).map(chapterSummary),
      };
    },
  );

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
      const course = ownCourse(request);
      const next = { ...course, ...request.body };
      sql.updateCourse.run(next.title, next.topic, next.level, next.language, new Date().toISOString(), course.id);
      const updated = sql.course.get(course.id)!;
      return {
        ...courseJson(updated),
        status: courseStatus(updated),
        chapters: sql.chaptersOf.all(course.id).map(chapterSummary),
      };
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/v1/courses/:id',
    { config: { route: 'course_delete', auth: 'user' }, schema: { params: idParam } },
    async (request, reply) => {
      const course = ownCourse(request);
      sql.deleteCourse.run(course.id);
      return reply.code(204).send();
    },
  );

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
      const course = ownCourse(request);
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

  app.get<{ Params: { id: string } }>(
    '/api/v1/jobs/:id',
    { config: { route: 'job_get', auth: 'user' }, schema: { params: idParam } },
    async (request) => {
      const job = sql.job.get(Number(request.params.id));
      const course = job && sql.course.get(job.course_id);
      const session = request.session!;
      if (!job || !course || (session.role !== 'admin' && course.owner_id !== session.userId)) throw notFound('job');
      return jobJson(job);
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
      const course = ownCourse(request);
      const chapter = sql.chapter.get(course.id, Number(request.params.index));
      if (!chapter || chapter.status !== 'completed') throw notFound('generated chapter');
      return { index: chapter.idx, title: chapter.title, content: chapter.content, word_count: chapter.word_count };
    },
  );

  app.get<{ Params: { id: string }; Querystring: { format?: ExportFormat } }>(
    '/api/v1/courses/:id/export',
    {
      config: { route: 'course_export', auth: 'user' },
      schema: {
        params: idParam,
        querystring: { type: 'object', properties: { format: { type: 'string', enum: ['json', 'markdown', 'html'] } } },
      },
    },
    async (request, reply) => {
      const course = ownCourse(request);
      const chapters = sql.chaptersOf.all(course.id);
      if (chapters.length === 0 || chapters.some((c) => c.status !== 'completed'))
        throw new ApiError(409, 'not_generated', 'the course is not generated yet');
      const document = renderExport(courseJson(course), chapters, request.query.format ?? 'json');
      return reply
        .type(document.contentType)
        .header('Content-Disposition', `attachment; filename="course-${course.id}.${document.extension}"`)
        .send(document.body);
    },
  );

  app.get('/api/v1/admin/stats', { config: { route: 'admin_stats', auth: 'admin' } }, async () => {
    const jobs = { queued: 0, running: 0, completed: 0, failed: 0 };
    for (const row of sql.jobCounts.all()) jobs[row.status] = row.n;
    const { users, courses } = sql.counts.get()!;
    return { users, courses, jobs, queue_depth: pool.depth, uptime_s: uptimeS() };
  });

  app.get<{ Querystring: { status?: string; limit?: string } }>(
    '/api/v1/admin/jobs',
    {
      config: { route: 'admin_jobs', auth: 'admin' },
      schema: {
        querystring: {
          type: 'object',
          properties: {
            status: { type: 'string', enum: ['queued', 'running', 'completed', 'failed'] },
            limit: digits(3),
          },
        },
      },
    },
    async (request) => {
      const limit = Number(request.query.limit ?? 20);
      if (limit < 1 || limit > 100)
        throw new ApiError(422, 'validation_failed', 'limit must be from 1 to 100', [{ field: 'limit' }]);
      const status = request.query.status ?? '';
      const items = sql.recentJobs.all(status, status, limit).map((job) => ({
        job_id: job.id,
        course_id: job.course_id,
        status: job.status,
        chapters_total: job.chapters_total,
        chapters_completed: job.chapters_completed,
        created_at: job.created_at,
        finished_at: job.finished_at,
      }));
      return { items, limit };
    },
  );

  app.get('/api/v1/admin/users', { config: { route: 'admin_users', auth: 'admin' } }, async () => ({
    items: sql.usersWithCounts.all(),
  }));

  app.addHook('onClose', async () => clearInterval(countActive));
  return { app, pool };
}
