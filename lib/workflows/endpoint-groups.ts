// The `api` entry's traffic: the platform's endpoints in groups, each group one open-model
// scenario whose iteration calls the next endpoint of its group. Endpoints of a group share a
// rate; each is still tagged and gated on its own (endpoint:<name>).
import exec from 'k6/execution';
import type { Config } from '../config/config.ts';
import { ApiClient, type ExportFormat, type Id } from '../http/api.ts';
import type { Endpoint } from '../http/endpoints.ts';
import { accountOfVu, pool } from '../users/pool.ts';
import { classPassword } from '../users/session.ts';
import { prepareRun, type RunData } from '../users/setup.ts';

export interface EndpointGroupData extends RunData {
  /** A generation job every `status` iteration polls. */
  jobId: Id;
}

type Step = (
  api: { user: ApiClient; admin: ApiClient },
  data: EndpointGroupData,
  title: (kind: string) => string,
  config: Config,
) => void;

export interface EndpointGroup {
  /** The exported function of the entry that runs one iteration (k6 `exec`). */
  exec: string;
  endpoints: Endpoint[];
  /** Iterations per second of this group for a base rate (API_RATE). */
  rate: (base: number) => number;
  /** Requests one iteration sends, one after another (the longest step): its VUs are sized by it. */
  requestsPerIteration: number;
  /** Called in turn, one per iteration. */
  steps: Step[];
}

const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'markdown', 'html'];
const seeded = (data: RunData): Id => data.seededCourseIds[Math.floor(Math.random() * data.seededCourseIds.length)]!;

/** Scenario name -> group. Health is probed twice as often (it is what monitors hit); generation and export cost more, so less often. */
export const ENDPOINT_GROUPS = {
  health: {
    exec: 'health',
    endpoints: ['health'],
    rate: (r) => r * 2,
    requestsPerIteration: 1,
    steps: [({ user }) => user.health()],
  },
  // Logging in as the VU's own regular account (the token is not used: the other groups keep setup's).
  login: {
    exec: 'login',
    endpoints: ['login'],
    rate: (r) => Math.max(0.2, r / 5),
    requestsPerIteration: 1,
    steps: [
      ({ user }, _data, _title, config) => {
        const account = accountOfVu(pool, 'regular', classPassword(config, 'regular'));
        if (account) user.login(account.email, account.password);
      },
    ],
  },
  reads: {
    exec: 'reads',
    endpoints: ['courses_list', 'course_get', 'chapter_get'],
    rate: (r) => r,
    requestsPerIteration: 1,
    steps: [
      ({ user }) => user.listCourses({ limit: 20 }),
      ({ user }, data) => user.getCourse(seeded(data)),
      ({ user }, data) => user.getChapter(seeded(data), 1),
    ],
  },
  status: {
    exec: 'status',
    endpoints: ['job_get'],
    rate: (r) => r,
    requestsPerIteration: 1,
    steps: [({ user }, data) => user.getJob(data.jobId)],
  },
  writes: {
    exec: 'writes',
    endpoints: ['course_create', 'course_update', 'course_delete'],
    rate: (r) => r,
    requestsPerIteration: 3,
    // One iteration creates, updates and deletes, so the three write endpoints get the same rate and nothing is left behind.
    steps: [
      ({ user }, _data, title) => {
        const created = user.createCourse({
          title: title('api-write'),
          topic: 'writes',
          level: 'intermediate',
          chapter_count: 1,
        });
        if (!created.body) return;
        user.updateCourse(created.body.id, { level: 'advanced' });
        user.deleteCourse(created.body.id);
      },
    ],
  },
  generate: {
    exec: 'generate',
    endpoints: ['course_generate'],
    rate: (r) => Math.max(0.2, r / 5),
    requestsPerIteration: 2, // creates the course it generates
    steps: [
      ({ user }, _data, title) => {
        const created = user.createCourse({
          title: title('api-gen'),
          topic: 'generation',
          level: 'beginner',
          chapter_count: 1,
        });
        if (created.body) user.generate(created.body.id);
      },
    ],
  },
  export: {
    exec: 'exportCourse',
    endpoints: ['course_export'],
    rate: (r) => Math.max(0.2, r / 2),
    requestsPerIteration: 1,
    steps: EXPORT_FORMATS.map(
      (format): Step =>
        ({ user }, data) =>
          user.exportCourse(seeded(data), format),
    ),
  },
  admin: {
    exec: 'admin',
    endpoints: ['admin_stats', 'admin_jobs', 'admin_users'],
    rate: (r) => r,
    requestsPerIteration: 1,
    steps: [({ admin }) => admin.adminStats(), ({ admin }) => admin.adminJobs(20), ({ admin }) => admin.adminUsers()],
  },
} satisfies Record<string, EndpointGroup>;

/** Requests per iteration of each group's scenario, for the reports' "requests not sent on time". */
export function requestsPerIteration(): Record<string, number> {
  return Object.fromEntries(Object.entries(ENDPOINT_GROUPS).map(([name, group]) => [name, group.requestsPerIteration]));
}

/** Every endpoint the groups exercise, each to be gated on its own. */
export function groupedEndpoints(): Endpoint[] {
  return Object.values(ENDPOINT_GROUPS).flatMap((group) => group.endpoints);
}

/** The shared setup plus one generation job for `status` to poll. */
export async function prepareEndpointGroups(config: Config): Promise<EndpointGroupData> {
  const data = await prepareRun(config, { seed: true });
  const client = new ApiClient(config.baseUrl, config.apiTimeoutS, data.tokens.regular);
  const course = client.createCourse({
    title: `perf-api ${data.runId}`,
    topic: 'api budgets',
    level: 'beginner',
    chapter_count: 1,
  });
  if (!course.body)
    throw new Error(`setup could not create the course whose job the status group polls (status ${course.status})`);
  const job = client.generate(course.body.id);
  if (!job.body)
    throw new Error(`setup could not start the generation job the status group polls (status ${job.status})`);
  return { ...data, jobId: job.body.job_id };
}

let clients: { user: ApiClient; admin: ApiClient } | undefined;
let turn = 0;

/** One iteration of a group: the next of its steps, with per-VU clients made on first use. */
export function runGroupStep(config: Config, group: EndpointGroup, data: EndpointGroupData): void {
  clients ??= {
    user: new ApiClient(config.baseUrl, config.apiTimeoutS, data.tokens.regular),
    admin: new ApiClient(config.baseUrl, config.apiTimeoutS, data.tokens.admin),
  };
  const step = group.steps[turn++ % group.steps.length]!;
  // VU id and iteration make titles unique across the run's VUs.
  step(
    clients,
    data,
    (kind) => `perf-${kind} ${data.runId} vu${exec.vu.idInTest} it${exec.vu.iterationInScenario}`,
    config,
  );
}
