// The demo platform's API contract over real HTTP: every route, auth and roles, validation,
// pagination, the generation lifecycle, exports, metrics, and no lost writes under concurrency.
// Every JSON answer is checked against the committed OpenAPI document.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { type DemoPlatform, startDemoPlatform } from '../../runner/run/demo-process.ts';
import { type Answer, login, call as rawCall, waitForJob } from '../helpers/http.ts';
import { assertMatchesContract } from '../helpers/openapi.ts';
import { parseExposition } from '../helpers/prometheus-text.ts';

let platform: DemoPlatform;
const tokens: Record<'regular' | 'power' | 'admin', string> = { regular: '', power: '', admin: '' };
const fast = { DEMO_CHAPTER_MS: '30-60' };

/** Calls the platform and checks the answer against the contract of `operationId`. */
async function call(
  operationId: string,
  method: string,
  path: string,
  options: Parameters<typeof rawCall>[3] = {},
): Promise<Answer> {
  const answer = await rawCall(platform.url, method, path, options);
  assert.notEqual(answer.status, 500, `${method} ${path} answered 500: ${answer.text}`);
  const type = answer.headers.get('content-type') ?? 'application/json';
  assertMatchesContract(operationId, answer.status, type.includes('json') ? answer.json : answer.text, type);
  return answer;
}

const newCourse = (title = 'Intro to load testing', chapter_count = 2) => ({
  title,
  topic: 'performance',
  level: 'beginner',
  chapter_count,
});

before(async () => {
  platform = await startDemoPlatform({ env: fast });
  for (const role of ['regular', 'power', 'admin'] as const) tokens[role] = await login(platform.url, role);
});
after(() => platform.stop());

describe('health, docs and metrics', () => {
  test('GET /health', async () => {
    const answer = await call('health', 'GET', '/health');
    assert.equal(answer.status, 200);
    assert.equal(answer.json.status, 'ok');
  });

  test('GET /openapi.json serves the committed document', async () => {
    const answer = await call('openapi', 'GET', '/openapi.json');
    assert.equal(answer.json.openapi, '3.1.0');
    assert.ok(answer.json.paths['/api/v1/courses']);
  });

  test('GET /metrics is Prometheus text with process and per-route request metrics', async () => {
    await rawCall(platform.url, 'GET', '/health');
    const answer = await rawCall(platform.url, 'GET', '/metrics');
    assert.equal(answer.status, 200);
    const samples = parseExposition(answer.text);
    const value = (name: string, labels: Record<string, string> = {}) =>
      samples.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;
    assert.ok(value('process_cpu_seconds_total')! > 0);
    assert.ok(value('process_resident_memory_bytes')! > 10 * 1024 * 1024);
    assert.ok(value('process_start_time_seconds')! > 1_600_000_000);
    assert.ok(value('http_request_duration_seconds_count', { route: 'health', method: 'GET', status: '200' })! >= 1);
  });
});

describe('auth and roles', () => {
  test('login answers a bearer token and the role', async () => {
    const answer = await call('login', 'POST', '/api/v1/auth/login', {
      body: { email: 'admin@example.com', password: 'admin-password' },
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.json.token_type, 'bearer');
    assert.equal(answer.json.role, 'admin');
    assert.ok(answer.json.expires_in > 0);
  });

  test('bad credentials are 401', async () => {
    for (const body of [
      { email: 'admin@example.com', password: 'wrong' },
      { email: 'nobody@example.com', password: 'x' },
    ]) {
      assert.equal((await call('login', 'POST', '/api/v1/auth/login', { body })).status, 401);
    }
  });

  test('no token or a bad token is 401 on every user route', async () => {
    for (const [operationId, method, path] of [
      ['courses_list', 'GET', '/api/v1/courses'],
      ['course_get', 'GET', '/api/v1/courses/1'],
      ['job_get', 'GET', '/api/v1/jobs/1'],
      ['admin_stats', 'GET', '/api/v1/admin/stats'],
    ] as const) {
      assert.equal((await call(operationId, method, path)).status, 401);
      assert.equal((await call(operationId, method, path, { token: 'not-a-token' })).status, 401);
    }
  });

  test('seeded users come from env, and their tokens expire', async () => {
    const own = await startDemoPlatform({
      env: { DEMO_TOKEN_TTL_S: '1', REGULAR_USER_EMAIL: 'me@test.example', REGULAR_USER_PASSWORD: 'my-secret' },
    });
    try {
      const denied = await rawCall(own.url, 'POST', '/api/v1/auth/login', {
        body: { email: 'regular@example.com', password: 'regular-password' },
      });
      assert.equal(denied.status, 401);
      const answer = await rawCall(own.url, 'POST', '/api/v1/auth/login', {
        body: { email: 'me@test.example', password: 'my-secret' },
      });
      assert.equal(answer.status, 200);
      assert.equal(answer.json.expires_in, 1);
      const token = answer.json.access_token as string;
      assert.equal((await rawCall(own.url, 'GET', '/api/v1/courses', { token })).status, 200);
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal((await rawCall(own.url, 'GET', '/api/v1/courses', { token })).status, 401);
    } finally {
      await own.stop();
    }
  });

  test('admin routes are 403 for a regular user', async () => {
    assert.equal((await call('admin_stats', 'GET', '/api/v1/admin/stats', { token: tokens.regular })).status, 403);
    assert.equal((await call('admin_jobs', 'GET', '/api/v1/admin/jobs', { token: tokens.power })).status, 403);
    assert.equal((await call('admin_users', 'GET', '/api/v1/admin/users', { token: tokens.regular })).status, 403);
  });

  test("one user can never read or change another user's course; the admin can", async () => {
    const created = await call('course_create', 'POST', '/api/v1/courses', {
      token: tokens.power,
      body: newCourse('private to power'),
    });
    const id = created.json.id;
    assert.equal((await call('course_get', 'GET', `/api/v1/courses/${id}`, { token: tokens.regular })).status, 404);
    assert.equal(
      (
        await call('course_update', 'PATCH', `/api/v1/courses/${id}`, {
          token: tokens.regular,
          body: { title: 'hijacked' },
        })
      ).status,
      404,
    );
    assert.equal(
      (await call('course_generate', 'POST', `/api/v1/courses/${id}/generate`, { token: tokens.regular })).status,
      404,
    );
    assert.equal(
      (await call('course_delete', 'DELETE', `/api/v1/courses/${id}`, { token: tokens.regular })).status,
      404,
    );
    const list = await call('courses_list', 'GET', '/api/v1/courses?limit=100&q=private%20to%20power', {
      token: tokens.regular,
    });
    assert.equal(list.json.total, 0);
    assert.equal(
      (await call('course_get', 'GET', `/api/v1/courses/${id}`, { token: tokens.power })).json.title,
      'private to power',
    );
    assert.equal((await call('course_get', 'GET', `/api/v1/courses/${id}`, { token: tokens.admin })).status, 200);
  });
});

describe('courses', () => {
  test('create, read, update and delete', async () => {
    const created = await call('course_create', 'POST', '/api/v1/courses', {
      token: tokens.power,
      body: { ...newCourse('CRUD', 3), language: 'de' },
    });
    assert.equal(created.status, 201);
    assert.equal(created.json.language, 'de');
    assert.deepEqual(
      created.json.chapters.map((c: { index: number }) => c.index),
      [1, 2, 3],
    );
    const id = created.json.id;
    const updated = await call('course_update', 'PATCH', `/api/v1/courses/${id}`, {
      token: tokens.power,
      body: { title: 'CRUD v2', level: 'advanced' },
    });
    assert.equal(updated.status, 200);
    assert.equal(updated.json.title, 'CRUD v2');
    assert.equal(updated.json.level, 'advanced');
    assert.equal(
      (await call('course_get', 'GET', `/api/v1/courses/${id}`, { token: tokens.power })).json.title,
      'CRUD v2',
    );
    assert.equal((await call('course_delete', 'DELETE', `/api/v1/courses/${id}`, { token: tokens.power })).status, 204);
    assert.equal((await call('course_get', 'GET', `/api/v1/courses/${id}`, { token: tokens.power })).status, 404);
  });

  test('pagination: limit, offset, total and the title filter', async () => {
    for (let i = 0; i < 5; i++)
      await call('course_create', 'POST', '/api/v1/courses', {
        token: tokens.regular,
        body: newCourse(`page-test ${i}`),
      });
    const first = await call('courses_list', 'GET', '/api/v1/courses?limit=2&offset=0&q=page-test', {
      token: tokens.regular,
    });
    const second = await call('courses_list', 'GET', '/api/v1/courses?limit=2&offset=2&q=page-test', {
      token: tokens.regular,
    });
    const last = await call('courses_list', 'GET', '/api/v1/courses?limit=2&offset=4&q=page-test', {
      token: tokens.regular,
    });
    assert.equal(first.json.total, 5);
    assert.deepEqual([first.json.items.length, second.json.items.length, last.json.items.length], [2, 2, 1]);
    const titles = [...first.json.items, ...second.json.items, ...last.json.items].map(
      (c: { title: string }) => c.title,
    );
    assert.equal(new Set(titles).size, 5, 'pages do not overlap');
    assert.equal(
      (await call('courses_list', 'GET', '/api/v1/courses?limit=101', { token: tokens.regular })).status,
      422,
    );
    // The filter is a substring match, not a pattern: % and _ are literal.
    assert.equal((await call('courses_list', 'GET', '/api/v1/courses?q=%25', { token: tokens.regular })).json.total, 0);
  });

  // Each malformed input must be a 4xx with an error body, never a 500.
  const malformed: [string, Parameters<typeof rawCall>[3], number][] = [
    ['missing title', { body: { topic: 't', level: 'beginner', chapter_count: 1 } }, 422],
    ['empty title', { body: { ...newCourse(''), title: '' } }, 422],
    ['title too long', { body: newCourse('x'.repeat(201)) }, 422],
    ['unknown level', { body: { ...newCourse(), level: 'expert' } }, 422],
    ['chapter_count 0', { body: newCourse('x', 0) }, 422],
    ['chapter_count 21', { body: newCourse('x', 21) }, 422],
    ['chapter_count as a string', { body: { ...newCourse(), chapter_count: '2' } }, 422],
    ['chapter_count fractional', { body: { ...newCourse(), chapter_count: 1.5 } }, 422],
    ['title as a number', { body: { ...newCourse(), title: 42 } }, 422],
    ['unknown field', { body: { ...newCourse(), owner_id: 1 } }, 422],
    ['body is an array', { body: [newCourse()] }, 422],
    ['body is null', { rawBody: 'null' }, 422],
    ['malformed JSON', { rawBody: '{"title": ' }, 400],
    ['oversized payload', { body: { ...newCourse(), title: 'x'.repeat(100 * 1024) } }, 413],
    ['wrong content type', { rawBody: 'title=x', headers: { 'content-type': 'text/plain' } }, 415],
  ];
  for (const [name, options, status] of malformed) {
    test(`create with ${name} is ${status}`, async () => {
      const answer = await call('course_create', 'POST', '/api/v1/courses', { token: tokens.power, ...options });
      // The contract lists 400 and 422 as errors without saying which invalid body gets which: either
      // holds. 413 and 415 have one meaning each in HTTP.
      if (status === 400 || status === 422)
        assert.ok([400, 422].includes(answer.status), `${answer.status}: ${answer.text}`);
      else assert.equal(answer.status, status, answer.text);
      assert.equal(typeof answer.json?.error?.code, 'string');
    });
  }

  test('unknown or malformed ids are 4xx', async () => {
    assert.equal((await call('course_get', 'GET', '/api/v1/courses/999999', { token: tokens.admin })).status, 404);
    // The contract lists 404 and 422 for course_get and says no more about which an id outside the
    // pattern (abc) or beyond any integer type (30 digits) gets: either, with the Error body (call() checks it).
    for (const id of ['abc', '9'.repeat(30)]) {
      const status = (await call('course_get', 'GET', `/api/v1/courses/${id}`, { token: tokens.admin })).status;
      assert.ok([404, 422].includes(status), `${id}: ${status}`);
    }
    assert.equal((await call('job_get', 'GET', '/api/v1/jobs/424242', { token: tokens.admin })).status, 404);
    assert.equal(
      (await call('course_update', 'PATCH', '/api/v1/courses/1', { token: tokens.admin, body: {} })).status,
      422,
    );
  });

  test('100 concurrent creations give 100 distinct, readable courses', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        rawCall(platform.url, 'POST', '/api/v1/courses', {
          token: tokens.power,
          body: newCourse(`concurrent ${i}`, 1),
        }),
      ),
    );
    assert.deepEqual(
      answers.map((a) => a.status),
      Array(100).fill(201),
    );
    const ids = answers.map((a) => a.json.id);
    assert.equal(new Set(ids).size, 100);
    const reads = await Promise.all(
      ids.map((id) => rawCall(platform.url, 'GET', `/api/v1/courses/${id}`, { token: tokens.power })),
    );
    assert.deepEqual(
      reads.map((r) => r.status),
      Array(100).fill(200),
    );
    assert.deepEqual(new Set(reads.map((r) => r.json.title)), new Set(answers.map((a) => a.json.title)));
  });
});

/** Generates a new course of 3 chapters: refused before and while it runs, completed with each chapter's timings. */
async function generateCourse(): Promise<{ courseId: number; jobId: number }> {
  const { json: course } = await call('course_create', 'POST', '/api/v1/courses', {
    token: tokens.power,
    body: newCourse('Generated', 3),
  });
  assert.equal(
    (await call('chapter_get', 'GET', `/api/v1/courses/${course.id}/chapters/1`, { token: tokens.power })).status,
    404,
  );
  assert.equal(
    (await call('course_export', 'GET', `/api/v1/courses/${course.id}/export`, { token: tokens.power })).status,
    409,
  );
  const accepted = await call('course_generate', 'POST', `/api/v1/courses/${course.id}/generate`, {
    token: tokens.power,
  });
  assert.equal(accepted.status, 202);
  assert.equal(accepted.json.status, 'queued');
  assert.equal(
    (await call('course_generate', 'POST', `/api/v1/courses/${course.id}/generate`, { token: tokens.power })).status,
    409,
  );
  await waitForJob(platform.url, tokens.power, accepted.json.job_id);
  const job = await call('job_get', 'GET', `/api/v1/jobs/${accepted.json.job_id}`, { token: tokens.power });
  assert.equal(job.json.status, 'completed');
  assert.equal(job.json.chapters_completed, 3);
  for (const chapter of job.json.chapters) {
    assert.equal(chapter.status, 'completed');
    assert.equal(chapter.duration_ms, Date.parse(chapter.finished_at) - Date.parse(chapter.started_at));
    assert.ok(chapter.duration_ms >= 25, `chapter took ${chapter.duration_ms} ms, below DEMO_CHAPTER_MS`);
  }
  assert.ok(Date.parse(job.json.finished_at) >= Date.parse(job.json.created_at));
  return { courseId: course.id, jobId: accepted.json.job_id };
}

/** A generated course's chapters: the second one's text, none beyond the third. */
async function assertChapters(courseId: number): Promise<void> {
  const courseAfter = await call('course_get', 'GET', `/api/v1/courses/${courseId}`, { token: tokens.power });
  assert.equal(courseAfter.json.status, 'generated');
  const chapter = await call('chapter_get', 'GET', `/api/v1/courses/${courseId}/chapters/2`, { token: tokens.power });
  assert.equal(chapter.status, 200);
  assert.equal(chapter.json.index, 2);
  assert.match(chapter.json.content, /performance/);
  assert.equal(
    chapter.json.content.match(/[A-Za-z]+/g).length - chapter.json.title.match(/[A-Za-z]+/g).length,
    chapter.json.word_count,
  );
  assert.equal(
    (await call('chapter_get', 'GET', `/api/v1/courses/${courseId}/chapters/4`, { token: tokens.power })).status,
    404,
  );
}

/** A generated course's exports: JSON, Markdown and HTML; PDF is refused. */
async function assertExports(courseId: number): Promise<void> {
  const exported = (format: string) =>
    call('course_export', 'GET', `/api/v1/courses/${courseId}/export?format=${format}`, { token: tokens.power });
  const json = await exported('json');
  assert.equal(json.json.chapters.length, 3);
  assert.match(
    json.headers.get('content-disposition')!,
    new RegExp(`attachment; filename="course-${courseId}\\.json"`),
  );
  const markdown = await exported('markdown');
  assert.match(markdown.headers.get('content-type')!, /^text\/markdown/);
  assert.match(markdown.text, /^# Generated/);
  const html = await exported('html');
  assert.match(html.headers.get('content-type')!, /^text\/html/);
  assert.match(html.text, /<h1>Generated<\/h1>/);
  assert.equal((await exported('pdf')).status, 422);
}

describe('generation', () => {
  test('lifecycle: queued, 409 while running, completed with timings, chapters, exports', async () => {
    const { courseId, jobId } = await generateCourse();
    await assertChapters(courseId);
    await assertExports(courseId);
    // Deleting the course takes its jobs and chapters with it.
    assert.equal(
      (await call('course_delete', 'DELETE', `/api/v1/courses/${courseId}`, { token: tokens.power })).status,
      204,
    );
    assert.equal((await call('job_get', 'GET', `/api/v1/jobs/${jobId}`, { token: tokens.power })).status, 404);
  });

  test('admin stats, job list and user list', async () => {
    const stats = await call('admin_stats', 'GET', '/api/v1/admin/stats', { token: tokens.admin });
    assert.equal(stats.json.users, 3);
    assert.ok(stats.json.courses > 0);
    const jobs = await call('admin_jobs', 'GET', '/api/v1/admin/jobs?status=completed&limit=5', {
      token: tokens.admin,
    });
    assert.ok(jobs.json.items.every((j: { status: string }) => j.status === 'completed'));
    assert.ok(jobs.json.items.length <= 5);
    const users = await call('admin_users', 'GET', '/api/v1/admin/users', { token: tokens.admin });
    assert.deepEqual(users.json.items.map((u: { role: string }) => u.role).sort(), ['admin', 'power', 'regular']);
    assert.ok(users.json.items.find((u: { role: string }) => u.role === 'power').course_count > 0);
  });
});
