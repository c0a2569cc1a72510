// The second baseline of `npm run bench`: the regular-user workflow of dist/load.js written by hand
// the way k6's documentation teaches, with no bundler and no code shared with lib/. It does what the
// suite does per request and per iteration, so suite ÷ this is what the suite's own code costs:
// - the same requests (lib/workflows/workflows.ts, regular user: a list, then three tasks weighted
//   5/4/1 of list / open a course and read one of its generated chapters / create, read back, delete),
//   each VU logging in once as it starts;
// - the same tags on every request (endpoint, scope, name: lib/http/routes.ts), the same expected
//   status (responseCallback), the same checks by name with the endpoint tag, reading the same body
//   fields by k6's JSON selector (lib/http/api.ts shapes), and the same group per iteration;
// - the same thresholds on the endpoints it uses (the suite gates every endpoint, used or not).
// It leaves out what only the suite has: the custom metrics (workflow_success, courses_created), the
// health-probe scenario and the report files of handleSummary.

import { check, group, sleep } from 'k6';
import http from 'k6/http';

const BASE_URL = __ENV.BASE_URL;
const THINK_S = Number(__ENV.BENCH_THINK_S || '0');
const EMAIL = __ENV.REGULAR_USER_EMAIL || 'regular@example.com';
const PASSWORD = __ENV.REGULAR_USER_PASSWORD || 'regular-password';

const latency = ['p(95)<200'];
const failures = ['rate<0.05'];
export const options = {
  scenarios: {
    idiomatic: {
      executor: 'constant-vus',
      vus: Number(__ENV.BENCH_VUS || '10'),
      duration: `${__ENV.BENCH_DURATION_S || '10'}s`,
    },
  },
  thresholds: {
    checks: ['rate>=0.95'],
    'http_req_duration{scope:api}': ['p(95)<200', 'p(99)<500'],
    'http_req_failed{scope:api}': ['rate<0.05', { threshold: 'rate<0.5', abortOnFail: true, delayAbortEval: '10s' }],
    'http_req_duration{endpoint:login}': ['p(95)<1000'],
    'http_req_failed{endpoint:login}': failures,
    'http_req_duration{endpoint:courses_list}': latency,
    'http_req_failed{endpoint:courses_list}': failures,
    'http_req_duration{endpoint:course_get}': latency,
    'http_req_failed{endpoint:course_get}': failures,
    'http_req_duration{endpoint:chapter_get}': latency,
    'http_req_failed{endpoint:chapter_get}': failures,
    'http_req_duration{endpoint:course_create}': latency,
    'http_req_failed{endpoint:course_create}': failures,
    'http_req_duration{endpoint:course_delete}': latency,
    'http_req_failed{endpoint:course_delete}': failures,
  },
};

const isJson = (r) => String(r.headers['Content-Type'] || '').includes('json');
const isId = (v) => typeof v === 'string' || typeof v === 'number';

/** Params of one endpoint: its tags, the status that counts as success, and the headers. */
function params(endpoint, name, status, headers) {
  return {
    headers,
    tags: { endpoint, scope: 'api', name },
    responseCallback: http.expectedStatuses(status),
    timeout: '30s',
  };
}

function login() {
  const res = http.post(
    `${BASE_URL}/api/v1/auth/login`,
    JSON.stringify({ email: EMAIL, password: PASSWORD }),
    params('login', 'POST /api/v1/auth/login', 200, { Accept: 'application/json', 'Content-Type': 'application/json' }),
  );
  check(
    res,
    {
      'login: status is 200': (r) => r.status === 200,
      'login: body has the expected shape': (r) =>
        r.status !== 200 || (isJson(r) && typeof r.json('access_token') === 'string' && r.json('access_token') !== ''),
    },
    { endpoint: 'login' },
  );
  return res.json('access_token');
}

/** Setup: one generated course for the reads, as the suite's kept dataset has. */
export function setup() {
  const token = login();
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  const course = http
    .post(
      `${BASE_URL}/api/v1/courses`,
      JSON.stringify({ title: 'bench idiomatic', topic: 'bench', level: 'beginner', chapter_count: 1 }),
      { headers },
    )
    .json();
  const job = http.post(`${BASE_URL}/api/v1/courses/${course.id}/generate`, '{}', { headers }).json();
  for (
    let i = 0;
    i < 60 && http.get(`${BASE_URL}/api/v1/jobs/${job.job_id}`, { headers }).json('status') !== 'completed';
    i++
  )
    sleep(0.5);
  return { token, courseIds: [course.id] };
}

export function teardown(data) {
  for (const id of data.courseIds)
    http.del(`${BASE_URL}/api/v1/courses/${id}`, null, { headers: { Authorization: `Bearer ${data.token}` } });
}

// Each VU logs in once, as its first iteration starts, and keeps its request params.
let vuParams;
function vuSession() {
  if (vuParams) return vuParams;
  const read = { Accept: 'application/json', Authorization: `Bearer ${login()}` };
  const write = { ...read, 'Content-Type': 'application/json' };
  vuParams = {
    list: params('courses_list', 'GET /api/v1/courses', 200, read),
    get: params('course_get', 'GET /api/v1/courses/{id}', 200, read),
    chapter: params('chapter_get', 'GET /api/v1/courses/{id}/chapters/{index}', 200, read),
    create: params('course_create', 'POST /api/v1/courses', 201, write),
    del: { ...params('course_delete', 'DELETE /api/v1/courses/{id}', 204, read), responseType: 'none' },
  };
  return vuParams;
}

function listCourses(p, query) {
  const res = http.get(`${BASE_URL}/api/v1/courses${query}`, p.list);
  return check(
    res,
    {
      'courses_list: status is 200': (r) => r.status === 200,
      'courses_list: body has the expected shape': (r) =>
        r.status !== 200 || (isJson(r) && typeof r.json('items.#') === 'number' && typeof r.json('total') === 'number'),
    },
    { endpoint: 'courses_list' },
  );
}

function getCourse(p, id) {
  const res = http.get(`${BASE_URL}/api/v1/courses/${id}`, p.get);
  const ok = check(
    res,
    {
      'course_get: status is 200': (r) => r.status === 200,
      'course_get: body has the expected shape': (r) =>
        r.status !== 200 || (isJson(r) && isId(r.json('id')) && typeof r.json('chapters.#') === 'number'),
    },
    { endpoint: 'course_get' },
  );
  return ok ? res : undefined;
}

function readCourse(p, id) {
  const course = getCourse(p, id);
  if (!course) return false;
  const generated = (course.json().chapters || []).filter((c) => c.status === 'completed');
  if (generated.length === 0) return true;
  const index = generated[Math.floor(Math.random() * generated.length)].index;
  const res = http.get(`${BASE_URL}/api/v1/courses/${id}/chapters/${index}`, p.chapter);
  return check(
    res,
    {
      'chapter_get: status is 200': (r) => r.status === 200,
      'chapter_get: body has the expected shape': (r) =>
        r.status !== 200 || (isJson(r) && typeof r.json('content') === 'string'),
    },
    { endpoint: 'chapter_get' },
  );
}

function createReadDelete(p) {
  const res = http.post(
    `${BASE_URL}/api/v1/courses`,
    JSON.stringify({ title: `idiomatic ${__VU} ${__ITER}`, topic: 'algebra', level: 'beginner', chapter_count: 2 }),
    p.create,
  );
  const created = check(
    res,
    {
      'course_create: status is 201': (r) => r.status === 201,
      'course_create: body has the expected shape': (r) =>
        r.status !== 201 || (isJson(r) && isId(r.json('id')) && typeof r.json('title') === 'string'),
    },
    { endpoint: 'course_create' },
  );
  if (!created) return false;
  const id = res.json().id;
  const readBack = getCourse(p, id) !== undefined;
  const del = http.del(`${BASE_URL}/api/v1/courses/${id}`, null, p.del);
  return (
    check(del, { 'course_delete: status is 204': (r) => r.status === 204 }, { endpoint: 'course_delete' }) && readBack
  );
}

function think() {
  if (THINK_S > 0) sleep(THINK_S);
}

export default function (data) {
  group('regular user', () => {
    const p = vuSession();
    listCourses(p, '?limit=20');
    think();
    for (let step = 0; step < 3; step++) {
      const pick = Math.random() * 10;
      if (pick < 5) listCourses(p, `?limit=20&offset=${Math.floor(Math.random() * 3) * 20}`);
      else if (pick < 9) readCourse(p, data.courseIds[Math.floor(Math.random() * data.courseIds.length)]);
      else createReadDelete(p);
      think();
    }
  });
}
