// The baseline for the generator-efficiency and memory benchmarks: the same HTTP requests as the
// regular-user workflow (lib/workflows/workflows.ts: a list, then three tasks weighted 5/4/1 of list /
// open a course and read a chapter / create, read back and delete), with no tags, checks, groups
// or custom metrics. Plain JS on purpose: it is what a hand-written k6 script costs.
// bench/locustfile.py does exactly the same requests for the Locust rows of `npm run bench`.
// Content-Type only where there is a body: a bodiless DELETE that claims JSON is a 400 (and a
// closed connection) on a Fastify platform, which would make the baseline do different work.

import { sleep } from 'k6';
import http from 'k6/http';

const BASE_URL = __ENV.BASE_URL;
const THINK_S = Number(__ENV.BENCH_THINK_S || '0');

export const options = {
  scenarios: {
    bare: {
      executor: 'constant-vus',
      vus: Number(__ENV.BENCH_VUS || '10'),
      duration: `${__ENV.BENCH_DURATION_S || '10'}s`,
    },
  },
};

export function setup() {
  const json = { 'Content-Type': 'application/json' };
  const login = http.post(
    `${BASE_URL}/api/v1/auth/login`,
    JSON.stringify({
      email: __ENV.REGULAR_USER_EMAIL || 'regular@example.com',
      password: __ENV.REGULAR_USER_PASSWORD || 'regular-password',
    }),
    { headers: json },
  );
  const auth = { Authorization: `Bearer ${login.json('access_token')}` };
  const headers = { ...json, ...auth };
  const course = http
    .post(
      `${BASE_URL}/api/v1/courses`,
      JSON.stringify({ title: 'bench bare', topic: 'bench', level: 'beginner', chapter_count: 1 }),
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
  return { auth, headers, courseId: course.id };
}

function think() {
  if (THINK_S > 0) sleep(THINK_S);
}

export default function (data) {
  const params = { headers: data.auth };
  const withBody = { headers: data.headers };
  http.get(`${BASE_URL}/api/v1/courses?limit=20`, params);
  think();
  for (let step = 0; step < 3; step++) {
    const pick = Math.random() * 10;
    if (pick < 5) {
      http.get(`${BASE_URL}/api/v1/courses?limit=20&offset=0`, params);
    } else if (pick < 9) {
      JSON.parse(http.get(`${BASE_URL}/api/v1/courses/${data.courseId}`, params).body);
      http.get(`${BASE_URL}/api/v1/courses/${data.courseId}/chapters/1`, params);
    } else {
      const created = JSON.parse(
        http.post(
          `${BASE_URL}/api/v1/courses`,
          JSON.stringify({ title: `bare ${__VU} ${__ITER}`, topic: 'algebra', level: 'beginner', chapter_count: 2 }),
          withBody,
        ).body,
      );
      http.get(`${BASE_URL}/api/v1/courses/${created.id}`, params);
      http.del(`${BASE_URL}/api/v1/courses/${created.id}`, null, params);
    }
    think();
  }
}
