// api: does every endpoint meet its own budget? One constant-arrival-rate scenario per endpoint
// group (open model: a slow answer cannot lower the request rate and hide itself), each endpoint
// gated on its own p95/p99 and error rate.
// Env: PERFORMANCE_TEST_DURATION (s), API_RATE (requests/s per group, default 5; health 2x),
// API_ERROR_RATE (per-endpoint error budget, default 0.01), THRESHOLD_* as everywhere.
import { ApiClient, type Id } from '../lib/api.ts';
import { envNumber } from '../lib/config.ts';
import type { Endpoint } from '../lib/endpoints.ts';
import { entryOptions } from '../lib/entry.ts';
import { guardedConfig } from '../lib/env.ts';
import { makeHandleSummary } from '../lib/report/handle-summary.ts';
import { prepareRun, type RunData } from '../lib/setup.ts';
import { constantRate } from '../lib/shapes.ts';
import { abortGates, endpointBudgetGates } from '../thresholds/gates.ts';

const config = guardedConfig('api');
const rate = envNumber(__ENV, 'API_RATE', 5, { min: 0.1, max: 10_000, what: 'requests per second' });
const errorRate = envNumber(__ENV, 'API_ERROR_RATE', 0.01, { min: 0, max: 1, what: 'a fraction (e.g. 0.01)' });
const duration = config.durationS;
const maxVUs = Math.max(10, Math.ceil(rate * 4));

// Group name -> the exported function its scenario runs (k6 `exec`).
const GROUPS: Record<string, { endpoints: Endpoint[]; rate: number; exec?: string }> = {
  health: { endpoints: ['health'], rate: rate * 2 },
  reads: { endpoints: ['courses_list', 'course_get', 'chapter_get'], rate },
  status: { endpoints: ['job_get'], rate },
  writes: { endpoints: ['course_create', 'course_update', 'course_delete'], rate },
  generate: { endpoints: ['course_generate'], rate: Math.max(0.2, rate / 5) },
  export: { endpoints: ['course_export'], rate: Math.max(0.2, rate / 2), exec: 'exportCourse' },
  admin: { endpoints: ['admin_stats', 'admin_jobs', 'admin_users'], rate },
};

export const options = entryOptions(config, {
  wallTimeS: duration,
  scenarios: Object.fromEntries(Object.entries(GROUPS).map(([name, group]) => [name, constantRate(group.exec ?? name, group.rate, duration, maxVUs)])),
  gates: [...endpointBudgetGates(config.targets, Object.values(GROUPS).flatMap((g) => g.endpoints).concat('login'), errorRate), ...abortGates()],
});

export { pollResources, teardown } from '../lib/entry.ts';
export const handleSummary = makeHandleSummary({ scenario: 'api' });

interface ApiData extends RunData {
  jobId: Id;
}

export function setup(): ApiData {
  const data = prepareRun(config);
  // A job to poll: generate one seeded course again (it is already generated, so this is quick to finish).
  const client = new ApiClient(config.baseUrl, config.apiTimeoutS, data.tokens.regular);
  const course = client.createCourse({ title: `perf-api ${data.runId}`, topic: 'api budgets', level: 'beginner', chapter_count: 1 });
  const job = course.body ? client.generate(course.body.id).body : undefined;
  if (!job) throw new Error('setup could not start a generation job to poll');
  return { ...data, jobId: job.job_id };
}

let client: ApiClient | undefined;
let adminClient: ApiClient | undefined;
const user = (data: ApiData) => (client ??= new ApiClient(config.baseUrl, config.apiTimeoutS, data.tokens.regular));
const adminUser = (data: ApiData) => (adminClient ??= new ApiClient(config.baseUrl, config.apiTimeoutS, data.tokens.admin));
const seeded = (data: ApiData) => data.seededCourseIds[Math.floor(Math.random() * data.seededCourseIds.length)]!;
let turn = 0;

export function health(data: ApiData): void {
  user(data).health();
}

export function reads(data: ApiData): void {
  const step = turn++ % 3;
  if (step === 0) user(data).listCourses({ limit: 20 });
  else if (step === 1) user(data).getCourse(seeded(data));
  else user(data).getChapter(seeded(data), 1);
}

export function status(data: ApiData): void {
  user(data).getJob(data.jobId);
}

export function writes(data: ApiData): void {
  const api = user(data);
  const created = api.createCourse({ title: `perf-api-write ${data.runId} ${turn++}`, topic: 'writes', level: 'intermediate', chapter_count: 1 });
  if (!created.body) return;
  api.updateCourse(created.body.id, { level: 'advanced' });
  api.deleteCourse(created.body.id);
}

export function generate(data: ApiData): void {
  const api = user(data);
  const created = api.createCourse({ title: `perf-api-gen ${data.runId} ${turn++}`, topic: 'generation', level: 'beginner', chapter_count: 1 });
  if (created.body) api.generate(created.body.id);
}

export function exportCourse(data: ApiData): void {
  user(data).exportCourse(seeded(data), (['json', 'markdown', 'html'] as const)[turn++ % 3]!);
}

export function admin(data: ApiData): void {
  const api = adminUser(data);
  const step = turn++ % 3;
  if (step === 0) api.adminStats();
  else if (step === 1) api.adminJobs(20);
  else api.adminUsers();
}
