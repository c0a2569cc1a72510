// The platform's endpoints by stable name: the `endpoint` tag on every request, the key of
// per-endpoint thresholds and report rows, and the route names the demo platform's DEMO_FAULTS use.
export const ENDPOINTS = [
  'health',
  'login',
  'courses_list',
  'course_create',
  'course_get',
  'course_update',
  'course_delete',
  'course_generate',
  'job_get',
  'chapter_get',
  'course_export',
  'admin_stats',
  'admin_jobs',
  'admin_users',
] as const;

export type Endpoint = (typeof ENDPOINTS)[number];

/** Tag value that separates the platform's API traffic from the suite's own calls (e.g. the sidecar). */
export const API_SCOPE = 'api';
