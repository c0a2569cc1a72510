// Typed client of the platform's API contract (paths and tags come from routes.ts). Every request
// carries a stable `endpoint` tag (never the URL with ids in it), the `api` scope and a templated
// `name`, so per-endpoint thresholds and reports keep a small, fixed set of series.
import { check } from 'k6';
import http, { type RefinedResponse, type ResponseType } from 'k6/http';
import type { Role } from '../users/pool-spec.ts';
import type { Endpoint } from './endpoints.ts';
import { apiPath, type Id, requestTags } from './routes.ts';

export type { Id };
export type Level = 'beginner' | 'intermediate' | 'advanced';
export type JobStatus = 'queued' | 'running' | 'completed' | 'failed';
export type ExportFormat = 'json' | 'markdown' | 'html';

export interface ChapterSummary {
  index: number;
  title: string;
  status: string;
}
export interface Course {
  id: Id;
  title: string;
  topic: string;
  level: Level;
  chapter_count: number;
  chapters?: ChapterSummary[];
}
export interface CourseList {
  items: Course[];
  total: number;
  limit: number;
  offset: number;
}
export interface NewCourse {
  title: string;
  topic: string;
  level: Level;
  chapter_count: number;
  language?: string;
}
export interface JobChapter {
  index: number;
  status: string;
  started_at: string | null;
  finished_at: string | null;
  duration_ms: number | null;
}
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
export interface Chapter {
  index: number;
  title: string;
  content: string;
  word_count: number;
}
export interface Login {
  access_token: string;
  token_type: string;
  role: Role;
  expires_in: number;
}

/**
 * What every call returns: whether its checks passed, the status, and the body when it had the
 * right shape. The body is parsed on first read: most callers only need `ok`, and k6's JSON.parse
 * builds every object of a list in JS — a quarter of k6's CPU in the regular-user workflow before
 * this (bench/, `k6 run --profiling-enabled`).
 */
export interface Result<T> {
  ok: boolean;
  status: number;
  readonly body: T | undefined;
}

/** One field of a JSON body by a k6 selector (`items.#`, `id`): read in Go, no JS object built for the rest. */
export type Field = (path: string) => unknown;
/** The body shapes the client checks, and the body type each vouches for. */
interface ShapeTypes {
  health: { status: string };
  login: Login;
  courseList: CourseList;
  course: Course;
  courseWithChapters: Course;
  jobAccepted: { job_id: Id; status: JobStatus };
  job: Job;
  chapter: Chapter;
  anyObject: Record<string, unknown>;
}
type ShapeName = keyof ShapeTypes;
/** A call's body type: what its shape vouches for, or nothing when no shape is checked. */
type BodyOf<S> = S extends ShapeName ? ShapeTypes[S] : undefined;

const isId = (v: unknown): boolean => typeof v === 'string' || typeof v === 'number';
const isCount = (v: unknown): boolean => typeof v === 'number'; // `<array>.#` is a number only for an array

/** Whether a body has the shape, by the fields it selects. One switch, not a function object per shape (routes.ts). */
function hasShape(shape: ShapeName, field: Field): boolean {
  switch (shape) {
    case 'health':
      return field('status') === 'ok';
    case 'login': {
      const token = field('access_token');
      return typeof token === 'string' && token !== '';
    }
    case 'courseList':
      return isCount(field('items.#')) && typeof field('total') === 'number';
    case 'course':
      return isId(field('id')) && typeof field('title') === 'string';
    case 'courseWithChapters':
      return isId(field('id')) && isCount(field('chapters.#'));
    case 'jobAccepted':
      return isId(field('job_id'));
    case 'job':
      return typeof field('status') === 'string' && isCount(field('chapters.#'));
    case 'chapter':
      return typeof field('content') === 'string';
    case 'anyObject': {
      const whole = field('@this'); // gjson's modifier for the whole document
      return typeof whole === 'object' && whole !== null && !Array.isArray(whole);
    }
  }
}

type Response = RefinedResponse<ResponseType | undefined>;

/**
 * Whether the answer claims to be JSON at all (an HTML error page is a failed check, not an
 * exception). The body itself is not read here: an empty or unparsable one reads as having no
 * fields, which fails the shape, and reading it would copy every body into JavaScript.
 */
function isJson(res: Response): boolean {
  return String(res.headers['Content-Type'] ?? '').includes('json');
}

/** The response the shape check is reading: one field reader per VU, not a closure per request. */
let reading: Response | undefined;
/** Field reader over k6's selector; a body that is not valid JSON reads as having no fields. */
const readField: Field = (path) => {
  try {
    return reading!.json(path) ?? undefined;
  } catch {
    return undefined;
  }
};

/** A call's Result; the body is parsed on first read (a prototype getter: no closures per request). */
class LazyResult<T> implements Result<T> {
  private parsed = false;
  private value: T | undefined;
  constructor(
    readonly ok: boolean,
    readonly status: number,
    private readonly res: Response | undefined,
  ) {}

  get body(): T | undefined {
    if (this.res && !this.parsed) {
      this.value = parseJson(this.res.body) as T;
      this.parsed = true;
    }
    return this.value;
  }
}

/** The whole body as JSON, or undefined when it does not parse. */
function parseJson(body: unknown): unknown {
  try {
    return JSON.parse(body as string);
  } catch {
    return undefined;
  }
}

// Caches on this path are plain objects, not Map: every VU has its own JavaScript runtime, and the
// first Map a runtime uses builds Map's constructor and prototype in it (~10 KB per VU, bench/).
// One callback per status, made once: http.expectedStatuses() allocates, and this is every request's path.
const statusCallbacks: Record<number, ReturnType<typeof http.expectedStatuses>> = {};
function expectStatus(status: number): ReturnType<typeof http.expectedStatuses> {
  let callback = statusCallbacks[status];
  if (callback === undefined) {
    callback = http.expectedStatuses(status);
    statusCallbacks[status] = callback;
  }
  return callback;
}

/** Sees every API request's duration and outcome: how scenarios measure latency per phase. */
export type RequestObserver = (endpoint: Endpoint, durationMs: number, ok: boolean) => void;
let observer: RequestObserver | undefined;
export function observeRequests(next: RequestObserver | undefined): void {
  observer = next;
}

/** What a request's checks look at; one object per VU, reused, so a request allocates no check closures. */
interface Outcome {
  statusOk: boolean;
  shapeOk: boolean;
}
const outcome: Outcome = { statusOk: false, shapeOk: false };

type Checks = Record<string, (o: Outcome) => boolean>;
// Two check functions for every endpoint: a function object per endpoint would be ~0.5 KB each per VU.
const statusIsExpected = (o: Outcome) => o.statusOk;
const shapeIsExpected = (o: Outcome) => !o.statusOk || o.shapeOk;
// Keyed by endpoint alone: each ApiClient method fixes its endpoint's expected status, shape and payload.
const checkSets: Partial<Record<Endpoint, { checks: Checks; tags: { endpoint: Endpoint } }>> = {};
/** The checks of one endpoint, made once: the same names on every request keep the checks metric's series fixed. */
function checksFor(endpoint: Endpoint, expected: number, withShape: boolean) {
  let set = checkSets[endpoint];
  if (!set) {
    const checks: Checks = { [`${endpoint}: status is ${expected}`]: statusIsExpected };
    if (withShape) checks[`${endpoint}: body has the expected shape`] = shapeIsExpected;
    set = { checks, tags: { endpoint } };
    checkSets[endpoint] = set;
  }
  return set;
}

type Params = NonNullable<Parameters<typeof http.request>[3]>;

/** A query string with one more parameter, when it has a value. */
function withParam(search: string, key: string, value: string | number | undefined): string {
  return value === undefined ? search : `${search}${search ? '&' : '?'}${key}=${encodeURIComponent(String(value))}`;
}

export class ApiClient {
  /** Set when the platform answered 401: the session layer logs in again before the next step. */
  unauthorized = false;
  private readonly timeout: string;
  /** Request params per endpoint (headers, tags, timeout, expected status), made on first use. */
  private readonly params: Partial<Record<Endpoint, Params>> = {};

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

  private paramsFor(endpoint: Endpoint, expected: number, withPayload: boolean, readsBody: boolean): Params {
    let params = this.params[endpoint];
    if (!params) {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (withPayload) headers['Content-Type'] = 'application/json';
      if (this.token) headers.Authorization = `Bearer ${this.token}`;
      params = {
        headers,
        tags: requestTags(endpoint),
        timeout: this.timeout,
        responseCallback: expectStatus(expected),
      };
      // A body nobody checks or reads (DELETE's 204, an export document) is not copied into JavaScript.
      if (!readsBody) params.responseType = 'none';
      this.params[endpoint] = params;
    }
    return params;
  }

  private call<S extends ShapeName | undefined>(
    endpoint: Endpoint,
    method: string,
    path: string,
    expected: number,
    shape: S,
    payload?: unknown,
  ): Result<BodyOf<S>> {
    const withPayload = payload !== undefined;
    const res = http.request(
      method,
      `${this.baseUrl}${path}`,
      withPayload ? JSON.stringify(payload) : null,
      this.paramsFor(endpoint, expected, withPayload, shape !== undefined),
    );
    // Each property read of a k6 response crosses into Go and builds a JS value: read each once.
    const status = res.status;
    const statusOk = status === expected;
    if (status === 401) this.unauthorized = true;
    // A wrong status fails the shape check too, as reading that body would (an error body is not the
    // resource), without paying for the read.
    let shapeOk = !shape;
    if (shape && statusOk) {
      reading = res;
      shapeOk = isJson(res) && hasShape(shape, readField);
      reading = undefined;
    }
    outcome.statusOk = statusOk;
    outcome.shapeOk = shapeOk;
    const { checks, tags } = checksFor(endpoint, expected, shape !== undefined);
    const ok = check(outcome, checks, tags);
    const allOk = ok && statusOk && shapeOk;
    observer?.(endpoint, res.timings.duration, allOk);
    return new LazyResult<BodyOf<S>>(allOk, status, shape && statusOk && shapeOk ? res : undefined);
  }

  health(): Result<{ status: string }> {
    return this.call('health', 'GET', apiPath('health'), 200, 'health');
  }

  login(email: string, password: string): Result<Login> {
    return this.call('login', 'POST', apiPath('login'), 200, 'login', { email, password });
  }

  listCourses(query: { limit?: number; offset?: number; q?: string } = {}): Result<CourseList> {
    // Each field by name: entries/filter/map/join would build those built-ins in every VU's runtime,
    // and for...in walks Object.prototype too, which builds all of its methods (~4 KB per VU).
    let search = withParam('', 'limit', query.limit);
    search = withParam(search, 'offset', query.offset);
    search = withParam(search, 'q', query.q);
    return this.call('courses_list', 'GET', `${apiPath('courses')}${search}`, 200, 'courseList');
  }

  createCourse(course: NewCourse): Result<Course> {
    return this.call('course_create', 'POST', apiPath('courses'), 201, 'course', course);
  }

  getCourse(id: Id): Result<Course> {
    return this.call('course_get', 'GET', apiPath('course', id), 200, 'courseWithChapters');
  }

  updateCourse(id: Id, changes: Partial<NewCourse>): Result<Course> {
    return this.call('course_update', 'PATCH', apiPath('course', id), 200, 'course', changes);
  }

  deleteCourse(id: Id): Result<undefined> {
    return this.call('course_delete', 'DELETE', apiPath('course', id), 204, undefined);
  }

  generate(id: Id): Result<{ job_id: Id; status: JobStatus }> {
    return this.call('course_generate', 'POST', apiPath('generate', id), 202, 'jobAccepted', {});
  }

  getJob(jobId: Id): Result<Job> {
    return this.call('job_get', 'GET', apiPath('job', jobId), 200, 'job');
  }

  getChapter(id: Id, index: number): Result<Chapter> {
    return this.call('chapter_get', 'GET', apiPath('chapter', id, index), 200, 'chapter');
  }

  exportCourse(id: Id, format: ExportFormat): Result<undefined> {
    return this.call('course_export', 'GET', `${apiPath('exportCourse', id)}?format=${format}`, 200, undefined);
  }

  adminStats(): Result<Record<string, unknown>> {
    return this.call('admin_stats', 'GET', apiPath('adminStats'), 200, 'anyObject');
  }

  adminJobs(limit = 20): Result<unknown> {
    return this.call('admin_jobs', 'GET', `${apiPath('adminJobs')}?limit=${limit}`, 200, 'anyObject');
  }

  adminUsers(): Result<unknown> {
    return this.call('admin_users', 'GET', apiPath('adminUsers'), 200, 'anyObject');
  }
}
