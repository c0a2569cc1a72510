// The shared setup() of the entry points: makes sure the platform answers, logs the three users
// in once, and seeds courses for regular users to read. It stops the run with a message that
// says what is wrong instead of letting VUs send a minute of failing requests.
import { sleep } from 'k6';
import exec from 'k6/execution';
import secrets from 'k6/secrets';
import http from 'k6/http';
import { ApiClient, type Id, type Role } from '../http/api.ts';
import type { Config } from '../config/config.ts';

export interface RunData {
  /** Unique per run, part of every title this run creates, so runs and VUs never collide. */
  runId: string;
  tokens: Record<Role, string>;
  /** Generated courses owned by the regular user, for reading. */
  seededCourseIds: Id[];
}

const SEED_COURSES = 3;
const PROBE_TIMEOUT = '5s';

function abort(message: string): never {
  exec.test.abort(message);
  throw new Error(message); // not reached: abort() stops the test; this keeps the type checker honest
}

function probe(baseUrl: string): void {
  const url = `${baseUrl}/health`;
  const res = http.get(url, { timeout: PROBE_TIMEOUT, tags: { scope: 'setup', name: 'GET /health (setup probe)' } });
  if (res.status === 0) {
    abort(`the platform does not answer at ${url} (GET, ${PROBE_TIMEOUT} timeout): ${res.error || 'no response'}. Is it running? Set BASE_URL to its address.`);
  }
  if (res.status !== 200) {
    abort(`the platform at ${url} answered ${res.status} instead of 200: it is not healthy, or BASE_URL points at something else.`);
  }
}

function login(client: ApiClient, config: Config, role: Role): string {
  const { email, password } = config.users[role];
  const result = client.login(email, password);
  if (!result.body) {
    const envPrefix = `${role.toUpperCase()}_USER`;
    abort(`logging in as the ${role} user (${email}) failed with status ${result.status}: check ${envPrefix}_EMAIL and ${envPrefix}_PASSWORD.`);
  }
  return result.body.access_token;
}

function seedCourses(client: ApiClient, runId: string, config: Config): Id[] {
  const jobs: Id[] = [];
  const courseIds: Id[] = [];
  for (let n = 0; n < SEED_COURSES; n++) {
    const created = client.createCourse({ title: `perf-seed ${runId} ${n}`, topic: 'load testing', level: 'beginner', chapter_count: 2 });
    if (!created.body) abort(`setup could not create a seed course (status ${created.status}).`);
    const started = client.generate(created.body.id);
    if (!started.body) abort(`setup could not start generating a seed course (status ${started.status}).`);
    courseIds.push(created.body.id);
    jobs.push(started.body.job_id);
  }
  const deadline = Date.now() + config.generationTimeoutS * 1000;
  for (const jobId of jobs) {
    for (;;) {
      const job = client.getJob(jobId).body;
      if (job?.status === 'completed') break;
      if (job?.status === 'failed') abort(`a seed course's generation failed: ${job.error ?? 'no reason given'}.`);
      if (Date.now() > deadline) abort(`seed courses were not generated within GENERATION_TIMEOUT=${config.generationTimeoutS}s.`);
      sleep(0.5);
    }
  }
  return courseIds;
}

/**
 * Passwords from k6's secret sources (`k6 run --secret-source=file=secrets.txt`, keys named like the
 * env variables: REGULAR_USER_PASSWORD, ...) take precedence over the environment; k6 redacts them
 * from its logs. Without a secret source, or without that key, the environment's value stands.
 */
async function withSecretPasswords(config: Config): Promise<Config> {
  const users = { ...config.users };
  for (const role of ['regular', 'power', 'admin'] as const) {
    try {
      const password = await secrets.get(`${role.toUpperCase()}_USER_PASSWORD`);
      if (password) users[role] = { ...users[role], password };
    } catch {
      // no secret source configured, or no such key: keep the environment's password
    }
  }
  return { ...config, users };
}

export async function prepareRun(runConfig: Config, options: { seed: boolean } = { seed: true }): Promise<RunData> {
  probe(runConfig.baseUrl);
  const config = await withSecretPasswords(runConfig);
  const anonymous = new ApiClient(config.baseUrl, config.apiTimeoutS);
  const tokens: Record<Role, string> = {
    regular: login(anonymous, config, 'regular'),
    power: login(anonymous, config, 'power'),
    admin: login(anonymous, config, 'admin'),
  };
  const runId = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
  const seededCourseIds = options.seed ? seedCourses(anonymous.as(tokens.regular), runId, config) : [];
  return { runId, tokens, seededCourseIds };
}
