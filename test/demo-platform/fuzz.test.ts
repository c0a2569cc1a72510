// A bounded fuzz pass over the demo platform's inputs (fast-check): whatever arrives, the answer
// is a 2xx or a 4xx with an error body, never a 500 and never a crash; SQL injection attempts in
// string fields are stored as plain text.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { type DemoPlatform, startDemoPlatform } from '../../runner/run/demo-process.ts';
import { type Answer, call, login } from '../helpers/http.ts';

let platform: DemoPlatform;
let token = '';
const LIMIT = { numRuns: 400, interruptAfterTimeLimit: 4000 };

before(async () => {
  platform = await startDemoPlatform();
  token = await login(platform.url, 'power');
});
after(() => platform.stop());

const injections = [
  "' OR '1'='1",
  "'; DROP TABLE courses; --",
  '" OR ""="',
  '%',
  '_',
  '\\',
  '1; SELECT * FROM users',
  "Robert'); DELETE FROM users;--",
];
const anyValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...injections),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);
const courseLike = fc.record(
  {
    title: anyValue,
    topic: anyValue,
    level: fc.oneof(fc.constantFrom('beginner', 'intermediate', 'advanced'), anyValue),
    chapter_count: fc.oneof(fc.integer({ min: -5, max: 30 }), anyValue),
    language: anyValue,
  },
  { requiredKeys: [] },
);

function assertNoServerError(answer: Answer, what: string): void {
  assert.ok(answer.status < 500, `${what} answered ${answer.status}: ${answer.text.slice(0, 300)}`);
  if (answer.status >= 400)
    assert.equal(typeof answer.json?.error?.code, 'string', `${what}: 4xx without an error body`);
}

test('course creation and update never answer 500', async () => {
  await fc.assert(
    fc.asyncProperty(courseLike, async (body) => {
      const created = await call(platform.url, 'POST', '/api/v1/courses', { token, body });
      assertNoServerError(created, `POST ${JSON.stringify(body)}`);
      if (created.status === 201) {
        assertNoServerError(
          await call(platform.url, 'PATCH', `/api/v1/courses/${created.json.id}`, { token, body }),
          'PATCH',
        );
      }
    }),
    LIMIT,
  );
});

test('raw bodies (not JSON, truncated, deeply nested) never answer 500', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.string(),
        fc.json(),
        fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1))),
      ),
      async (rawBody) => {
        assertNoServerError(
          await call(platform.url, 'POST', '/api/v1/courses', { token, rawBody }),
          `raw ${JSON.stringify(rawBody)}`,
        );
        assertNoServerError(await call(platform.url, 'POST', '/api/v1/auth/login', { rawBody }), 'login raw');
      },
    ),
    LIMIT,
  );
});

test('query strings and path ids never answer 500', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string(), fc.string(), fc.string(), fc.string(), async (limit, offset, q, id) => {
      const query = new URLSearchParams({ limit, offset, q }).toString();
      assertNoServerError(await call(platform.url, 'GET', `/api/v1/courses?${query}`, { token }), `list ?${query}`);
      const path = encodeURIComponent(id) || 'x';
      assertNoServerError(await call(platform.url, 'GET', `/api/v1/courses/${path}`, { token }), `get ${path}`);
      assertNoServerError(
        await call(platform.url, 'GET', `/api/v1/courses/1/chapters/${path}`, { token }),
        `chapter ${path}`,
      );
      assertNoServerError(await call(platform.url, 'GET', `/api/v1/jobs/${path}`, { token }), `job ${path}`);
    }),
    LIMIT,
  );
});

test('SQL injection attempts in every string field are stored verbatim and harm nothing', async () => {
  const admin = await login(platform.url, 'admin');
  const before = (await call(platform.url, 'GET', '/api/v1/admin/stats', { token: admin })).json;
  for (const attempt of injections) {
    const created = await call(platform.url, 'POST', '/api/v1/courses', {
      token,
      body: { title: attempt, topic: attempt, level: 'beginner', chapter_count: 1, language: `${attempt}xx` },
    });
    assert.equal(created.status, 201, created.text);
    const read = await call(platform.url, 'GET', `/api/v1/courses/${created.json.id}`, { token });
    assert.equal(read.json.title, attempt);
    assert.equal(read.json.topic, attempt);
    const search = await call(platform.url, 'GET', `/api/v1/courses?q=${encodeURIComponent(attempt)}&limit=100`, {
      token,
    });
    assert.ok(
      search.json.items.some((c: { id: number }) => c.id === created.json.id),
      `search for ${attempt}`,
    );
    assert.ok(
      search.json.items.every((c: { title: string }) => c.title.includes(attempt)),
      `search for ${attempt} matched other titles`,
    );
    assertNoServerError(
      await call(platform.url, 'POST', '/api/v1/auth/login', { body: { email: attempt, password: attempt } }),
      'login',
    );
  }
  const after = (await call(platform.url, 'GET', '/api/v1/admin/stats', { token: admin })).json;
  assert.equal(after.users, before.users, 'no user was added or removed');
  assert.equal((await call(platform.url, 'GET', '/health')).status, 200);
});
