// Typed client of the platform's API contract (paths and tags come from routes.ts). Every request
// carries a stable `endpoint` tag (never the URL with ids in it), the `api` scope and a templated
// `name`, so per-endpoint thresholds and reports keep a small, fixed set of series.
import { check } from 'k6';
import http, { type RefinedResponse, type ResponseType } from 'k6/http';
import type { Endpoint } from './endpoints.ts';
import { paths, requestTags, type Id } from './routes.ts';

export type { Id };
export type Role = 'regular' | 'power' | 'admin';
export type Level = 'beginner' | 'intermediate' | 'advanced';
export type JobStatus = 'queued' | 'running' | 'completed' | 'failed';
export type ExportFormat = 'json' | 'markdown' | 'html';

export interface ChapterSummary { index: number; title: string; status: string }
export interface Course {
  id: Id;
  title: string;
  topic: string;
  level: Level;
  chapter_count: number;
  chapters?: ChapterSummary[];
}
export interface CourseList { items: Course[]; total: number; limit: number; offset: number }
export interface NewCourse { title: string; topic: string; level: Level; chapter_count: number; language?: string }
export interface JobChapter { index: number; status: string; started_at: string | null; finished_at: string | null; duration_ms: number | null }
export interface Job {
  job_id: Id;
  course_id: Id;
  status: JobStatus;
  chapters_total: number;
  chapters_completed: number;
  chapters: JobChapter[];
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  error?: string;
}
export interface Chapter { index: number; title: string; content: string; word_count: number }
export interface Login { access_token: string; token_type: string; role: Role; expires_in: number }

/** What every call returns: whether its checks passed, the status, and the parsed body when it had the right shape. */
export interface Result<T> {
  ok: boolean;
  status: number;
  body: T | undefined;
}

type Shape<T> = (body: unknown) => body is T;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const hasId = (v: unknown): boolean => isObject(v) && (typeof v.id === 'string' || typeof v.id === 'number');

export const shapes = {
  health: (b: unknown): b is { status: string } => isObject(b) && b.status === 'ok',
  login: (b: unknown): b is Login => isObject(b) && typeof b.access_token === 'string' && b.access_token !== '',
  courseList: (b: unknown): b is CourseList => isObject(b) && Array.isArray(b.items) && typeof b.total === 'number',
  course: (b: unknown): b is Course => hasId(b) && typeof (b as Course).title === 'string',
  courseWithChapters: (b: unknown): b is Course => hasId(b) && Array.isArray((b as Course).chapters),
  jobAccepted: (b: unknown): b is { job_id: Id; status: JobStatus } => isObject(b) && b.job_id !== undefined && b.job_id !== null,
  job: (b: unknown): b is Job => isObject(b) && typeof b.status === 'string' && Array.isArray(b.chapters),
  chapter: (b: unknown): b is Chapter => isObject(b) && typeof b.content === 'string',
  anyObject: (b: unknown): b is Record<string, unknown> => isObject(b),
  list: (b: unknown): b is { items: unknown[] } => isObject(b) && Array.isArray(b.items),
} satisfies Record<string, Shape<unknown>>;

/** The body as JSON, or undefined when it is not JSON (a garbage answer is a failed check, not an exception). */
function parseJson(res: RefinedResponse<ResponseType | undefined>): unknown {
  const type = String(res.headers['Content-Type'] ?? '');
  if (!type.includes('json') || typeof res.body !== 'string' || res.body === '') return undefined;
  try {
    return JSON.parse(res.body);
  } catch {
    return undefined;
  }
}

// One callback per status, made once: http.expectedStatuses() allocates, and this is every request's path.
const statusCallbacks = new Map<number, ReturnType<typeof http.expectedStatuses>>();
function expectStatus(status: number): ReturnType<typeof http.expectedStatuses> {
  let callback = statusCallbacks.get(status);
  if (!callback) {
    callback = http.expectedStatuses(status);
    statusCallbacks.set(status, callback);
  }
  return callback;
}

/** Sees every API request's duration and outcome: how scenarios measure latency per phase. */
export type RequestObserver = (endpoint: Endpoint, durationMs: number, ok: boolean) => void;
let observer: RequestObserver | undefined;
export function observeRequests(next: RequestObserver | undefined): void {
  observer = next;
}

export class ApiClient {
  private readonly timeout: string;

  constructor(
    private readonly baseUrl: string,
    timeoutS: number,
    private readonly token?: string,
  ) {
    this.timeout = `${timeoutS}s`;
  }

  /** A client for the same platform acting as another user. */
  as(token: string): ApiClient {
    return new ApiClient(this.baseUrl, Number(this.timeout.slice(0, -1)), token);
  }

  private call<T>(
    endpoint: Endpoint,
    method: string,
    path: string,
    expected: number,
    shape: Shape<T> | undefined,
    payload?: unknown,
  ): Result<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (payload !== undefined) headers['Content-Type'] = 'application/json';
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    const res = http.request(method, `${this.baseUrl}${path}`, payload === undefined ? null : JSON.stringify(payload), {
      headers,
      tags: requestTags(endpoint),
      timeout: this.timeout,
      responseCallback: expectStatus(expected),
    });
    const body = shape ? parseJson(res) : undefined;
    const statusOk = res.status === expected;
    const shapeOk = !shape || shape(body);
    const ok = check(
      res,
      {
        [`${endpoint}: status is ${expected}`]: () => statusOk,
        ...(shape ? { [`${endpoint}: body has the expected shape`]: () => !statusOk || shapeOk } : {}),
      },
      { endpoint },
    );
    const allOk = ok && statusOk && shapeOk;
    observer?.(endpoint, res.timings.duration, allOk);
    return { ok: allOk, status: res.status, body: statusOk && shapeOk ? (body as T) : undefined };
  }

  health(): Result<{ status: string }> {
    return this.call('health', 'GET', paths.health(), 200, shapes.health);
  }

  login(email: string, password: string): Result<Login> {
    return this.call('login', 'POST', paths.login(), 200, shapes.login, { email, password });
  }

  listCourses(query: { limit?: number; offset?: number; q?: string } = {}): Result<CourseList> {
    const params = Object.entries(query)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
      .join('&');
    return this.call('courses_list', 'GET', `${paths.courses()}${params ? `?${params}` : ''}`, 200, shapes.courseList);
  }

  createCourse(course: NewCourse): Result<Course> {
    return this.call('course_create', 'POST', paths.courses(), 201, shapes.course, course);
  }

  getCourse(id: Id): Result<Course> {
    return this.call('course_get', 'GET', paths.course(id), 200, shapes.courseWithChapters);
  }

  updateCourse(id: Id, changes: Partial<NewCourse>): Result<Course> {
    return this.call('course_update', 'PATCH', paths.course(id), 200, shapes.course, changes);
  }

  deleteCourse(id: Id): Result<undefined> {
    return this.call('course_delete', 'DELETE', paths.course(id), 204, undefined);
  }

  generate(id: Id): Result<{ job_id: Id; status: JobStatus }> {
    return this.call('course_generate', 'POST', paths.generate(id), 202, shapes.jobAccepted, {});
  }

  getJob(jobId: Id): Result<Job> {
    return this.call('job_get', 'GET', paths.job(jobId), 200, shapes.job);
  }

  getChapter(id: Id, index: number): Result<Chapter> {
    return this.call('chapter_get', 'GET', paths.chapter(id, index), 200, shapes.chapter);
  }

  exportCourse(id: Id, format: ExportFormat): Result<undefined> {
    return this.call('course_export', 'GET', `${paths.exportCourse(id)}?format=${format}`, 200, undefined);
  }

  adminStats(): Result<Record<string, unknown>> {
    return this.call('admin_stats', 'GET', paths.adminStats(), 200, shapes.anyObject);
  }

  adminJobs(limit = 20): Result<unknown> {
    return this.call('admin_jobs', 'GET', `${paths.adminJobs()}?limit=${limit}`, 200, shapes.anyObject);
  }

  adminUsers(): Result<unknown> {
    return this.call('admin_users', 'GET', paths.adminUsers(), 200, shapes.anyObject);
  }
}
