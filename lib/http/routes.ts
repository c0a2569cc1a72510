// Paths and request tags of the platform's API, in one place. Pure (no k6 imports), so the
// mapping from endpoint to path and tags is unit-tested in Node.
import { API_SCOPE, type Endpoint } from './endpoints.ts';

export type Id = string | number;

const seg = (id: Id): string => encodeURIComponent(String(id));

export const paths = {
  health: () => '/health',
  login: () => '/api/v1/auth/login',
  courses: () => '/api/v1/courses',
  course: (id: Id) => `/api/v1/courses/${seg(id)}`,
  generate: (id: Id) => `/api/v1/courses/${seg(id)}/generate`,
  job: (id: Id) => `/api/v1/jobs/${seg(id)}`,
  chapter: (id: Id, index: number) => `/api/v1/courses/${seg(id)}/chapters/${index}`,
  exportCourse: (id: Id) => `/api/v1/courses/${seg(id)}/export`,
  adminStats: () => '/api/v1/admin/stats',
  adminJobs: () => '/api/v1/admin/jobs',
  adminUsers: () => '/api/v1/admin/users',
} as const;

/** The `name` tag: the path template, so URLs with ids collapse into one series per route. */
const routeNames: Record<Endpoint, string> = {
  health: 'GET /health',
  login: 'POST /api/v1/auth/login',
  courses_list: 'GET /api/v1/courses',
  course_create: 'POST /api/v1/courses',
  course_get: 'GET /api/v1/courses/{id}',
  course_update: 'PATCH /api/v1/courses/{id}',
  course_delete: 'DELETE /api/v1/courses/{id}',
  course_generate: 'POST /api/v1/courses/{id}/generate',
  job_get: 'GET /api/v1/jobs/{job_id}',
  chapter_get: 'GET /api/v1/courses/{id}/chapters/{index}',
  course_export: 'GET /api/v1/courses/{id}/export',
  admin_stats: 'GET /api/v1/admin/stats',
  admin_jobs: 'GET /api/v1/admin/jobs',
  admin_users: 'GET /api/v1/admin/users',
};

// Made on first use, per endpoint: a VU builds only the tag sets of the endpoints it calls (and no
// loop over routeNames at init: for-in would build Object.prototype's members in every VU's runtime).
const tagsByEndpoint: Partial<Record<Endpoint, Readonly<Record<string, string>>>> = {};

/** The tags of every request to `endpoint`: made once, not per request. */
export function requestTags(endpoint: Endpoint): Readonly<Record<string, string>> {
  let tags = tagsByEndpoint[endpoint];
  if (tags === undefined) {
    tags = { endpoint, scope: API_SCOPE, name: routeNames[endpoint] };
    tagsByEndpoint[endpoint] = tags;
  }
  return tags;
}
