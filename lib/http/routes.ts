// Paths and request tags of the platform's API, in one place. Pure (no k6 imports), so the
// mapping from endpoint to path and tags is unit-tested in Node.
import { API_SCOPE, type Endpoint } from './endpoints.ts';

export type Id = string | number;

/** Resources whose path has no id, one id, or a course id and a chapter index. */
type Fixed = 'health' | 'login' | 'courses' | 'adminStats' | 'adminJobs' | 'adminUsers';
type OneId = 'course' | 'generate' | 'job' | 'exportCourse';

/**
 * The path of a resource, ids escaped. One function, not one arrow per resource: every VU's runtime
 * builds each function object of the bundle (~0.65 KB of heap each per VU, README).
 */
export function apiPath(resource: Fixed): string;
export function apiPath(resource: OneId, id: Id): string;
export function apiPath(resource: 'chapter', id: Id, index: number): string;
export function apiPath(resource: Fixed | OneId | 'chapter', id?: Id, index?: number): string {
  const segment = id === undefined ? '' : encodeURIComponent(String(id));
  switch (resource) {
    case 'health':
      return '/health';
    case 'login':
      return '/api/v1/auth/login';
    case 'courses':
      return '/api/v1/courses';
    case 'course':
      return `/api/v1/courses/${segment}`;
    case 'generate':
      return `/api/v1/courses/${segment}/generate`;
    case 'job':
      return `/api/v1/jobs/${segment}`;
    case 'chapter':
      return `/api/v1/courses/${segment}/chapters/${index}`;
    case 'exportCourse':
      return `/api/v1/courses/${segment}/export`;
    case 'adminStats':
      return '/api/v1/admin/stats';
    case 'adminJobs':
      return '/api/v1/admin/jobs';
    case 'adminUsers':
      return '/api/v1/admin/users';
  }
}

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
