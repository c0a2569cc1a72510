// The shared setup() and teardown() of the entry points: makes sure the platform answers, checks
// one account of each class (a wrong password stops the run at once), removes what killed runs
// left behind, makes sure the kept dataset is there, and (for api/breakpoint) seeds run-tagged
// courses. Teardown removes everything this run created. It stops the run with a message that
// says what is wrong instead of letting VUs send a minute of failing requests.
import { sleep } from 'k6';
import exec from 'k6/execution';
import http from 'k6/http';
import secrets from 'k6/secrets';
import type { Config } from '../config/config.ts';
import { ApiClient, type Id } from '../http/api.ts';
import { ensureDataset, type Owner, quietLogin, removeCourses } from './dataset.ts';
import { isLeftover, newRunId, RUN_TITLE_FILTER } from './dataset-names.ts';
import { pool } from './pool.ts';
import { ROLES, type Role, vuIdBound } from './pool-spec.ts';

export interface RunData {
  /** Unique per run, part of every title this run creates, so runs and VUs never collide. */
  runId: string;
  /** One logged-in account per class (the pool's first): setup's checks, shared-token entries, cleanup. */
  tokens: Record<Role, string>;
  /** Run-tagged generated courses owned by tokens.regular's account, for entries that read shared rows (api, breakpoint). */
  seededCourseIds: Id[];
  /** Setup read a class password from k6's secret sources: VUs then read theirs too (lib/users/session.ts). */
  secretsFound: boolean;
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
    abort(
      `the platform does not answer at ${url} (GET, ${PROBE_TIMEOUT} timeout): ${res.error || 'no response'}. Is it running? Set BASE_URL to its address.`,
    );
  }
  if (res.status !== 200) {
    abort(
      `the platform at ${url} answered ${res.status} instead of 200: it is not healthy, or BASE_URL points at something else.`,
    );
  }
}

function classPassword(config: Config, secret: Partial<Record<Role, string>>, role: Role): string {
  return secret[role] ?? config.users[role].password;
}

/**
 * Logs in as the class's first account: the check that a wrong password stops the run at once.
 * Outside the measured window: endpoint:login times the VUs' own logins under load.
 */
function login(config: Config, secret: Partial<Record<Role, string>>, role: Role): string {
  if (pool.sizes[role] === 0) abort(`${pool.source} has no ${role} account, and this entry needs one.`);
  const { email, password } = pool.account(role, 0, classPassword(config, secret, role));
  const result = quietLogin(config, email, password);
  if (!result.token) {
    const envPrefix = `${role.toUpperCase()}_USER`;
    const where = config.usersFile
      ? `its line in ${config.usersFile}`
      : config.demoUsers
        ? `${envPrefix}_PASSWORD (the DEMO_USERS pool's ${role} password)`
        : `${envPrefix}_EMAIL and ${envPrefix}_PASSWORD`;
    abort(`logging in as the ${role} user (${email}) failed with status ${result.status}: check ${where}.`);
  }
  return result.token;
}

function seedCourses(client: ApiClient, runId: string, config: Config): Id[] {
  const jobs: Id[] = [];
  const courseIds: Id[] = [];
  for (let n = 0; n < SEED_COURSES; n++) {
    const created = client.createCourse({
      title: `perf-seed ${runId} ${n}`,
      topic: 'load testing',
      level: 'beginner',
      chapter_count: 2,
    });
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
      if (Date.now() > deadline)
        abort(`seed courses were not generated within GENERATION_TIMEOUT=${config.generationTimeoutS}s.`);
      sleep(0.5);
    }
  }
  return courseIds;
}

/**
 * Class passwords from k6's secret sources (`k6 run --secret-source=file=secrets.txt`, keys named
 * like the env variables: REGULAR_USER_PASSWORD, ...) take precedence over the environment; k6
 * redacts them from its logs. They apply to the single accounts and to the DEMO_USERS pool; a
 * users file carries its own passwords.
 */
export async function secretPasswords(): Promise<Partial<Record<Role, string>>> {
  const found: Partial<Record<Role, string>> = {};
  for (const role of ROLES) {
    try {
      const password = await secrets.get(`${role.toUpperCase()}_USER_PASSWORD`);
      if (password) found[role] = password;
    } catch {
      // no secret source configured, or no such key: keep the environment's password
    }
  }
  return found;
}

/** The accounts VUs of the classes that read the dataset can use: the first min(size, VU ids) of each. */
function datasetOwners(config: Config, secret: Partial<Record<Role, string>>): Owner[] {
  const vuIds = vuIdBound((exec.test.options.scenarios ?? {}) as unknown as Record<string, Record<string, unknown>>);
  const owners: Owner[] = [];
  for (const role of ['regular', 'power'] as const) {
    for (let i = 0; i < Math.min(pool.sizes[role], vuIds); i++)
      owners.push({ role, ...pool.account(role, i, classPassword(config, secret, role)) });
  }
  return owners;
}

/** One of each class's first and last accounts: what setup checks of a dataset the platform made at start. */
function sample(owners: Owner[]): Owner[] {
  const picked = new Set<Owner>();
  for (const role of ['regular', 'power'] as const) {
    const ofClass = owners.filter((o) => o.role === role);
    if (ofClass.length > 0) picked.add(ofClass[0]!).add(ofClass[ofClass.length - 1]!);
  }
  return [...picked];
}

/**
 * Makes sure every owner has the kept dataset, and says what it found and made. When the demo platform
 * made it at start (PERFORMANCE_DATASET_MADE_BY_PLATFORM, set by the runner that started it), a sample is
 * checked instead of logging every account in: the whole dataset when one of them lacks courses.
 */
function prepareDataset(config: Config, owners: Owner[]): void {
  const started = Date.now();
  const took = () => `in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  const head = `setup: dataset of ${config.dataset.courses} course(s) per account for ${owners.length} account(s)`;
  if (config.dataset.madeByPlatform && !config.dataset.reseed) {
    const checked = sample(owners);
    const s = ensureDataset(config, checked);
    if (s.reused === checked.length) {
      console.log(`${head}: made by the platform at start, ${checked.length} account(s) checked, ${took()}`);
      return;
    }
    console.log(
      `setup: the dataset the platform made at start is incomplete (${checked.length - s.reused} of ${checked.length} account(s) checked lacked courses): checking every account`,
    );
  }
  const r = ensureDataset(config, owners);
  console.log(
    `${head}: ${r.reused} reused, ${r.created} course(s) created (${r.generated} generated), ${r.removed} removed${r.retried > 0 ? `, ${r.retried} request(s) sent again after no answer or a 5xx` : ''}, ${took()}`,
  );
}

export interface PrepareOptions {
  /** Seed run-tagged generated courses for entries that read shared rows (api, breakpoint). */
  seed?: boolean;
  /** Make sure the kept per-user dataset is there (entries whose users read their own courses). */
  dataset?: boolean;
}

export async function prepareRun(config: Config, options: PrepareOptions = {}): Promise<RunData> {
  probe(config.baseUrl);
  const secret = await secretPasswords();
  const anonymous = new ApiClient(config.baseUrl, config.apiTimeoutS);
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) tokens[role] = login(config, secret, role);
  const runId = newRunId();
  const swept = removeCourses(config, tokens.admin, RUN_TITLE_FILTER, (title) => isLeftover(title, runId, false));
  if (swept > 0) console.log(`setup: removed ${swept} course(s) left behind by earlier runs`);
  if (options.dataset) {
    try {
      prepareDataset(config, datasetOwners(config, secret));
    } catch (error) {
      abort(error instanceof Error ? error.message : String(error));
    }
  }
  const seededCourseIds = options.seed ? seedCourses(anonymous.as(tokens.regular), runId, config) : [];
  // No password in the returned data: k6 copies it into every VU and into its summary export.
  return { runId, tokens, seededCourseIds, secretsFound: Object.keys(secret).length > 0 };
}

/** Teardown: removes every course this run created (VUs delete their own as they go; this catches the rest). */
export async function cleanUpRun(config: Config, data: RunData | undefined): Promise<void> {
  if (!data?.runId || pool.sizes.admin === 0) return;
  const secret = await secretPasswords();
  // A fresh login: setup's token may have expired during a long run.
  const { email, password } = pool.account('admin', 0, secret.admin ?? config.users.admin.password);
  const { token } = quietLogin(config, email, password);
  if (!token) {
    console.error(
      `teardown: could not log in as ${email} to remove this run's courses (titles containing ${data.runId}); the next run removes them`,
    );
    return;
  }
  const removed = removeCourses(config, token, data.runId, (title) => isLeftover(title, data.runId, true));
  if (removed > 0) console.log(`teardown: removed ${removed} course(s) this run created`);
}
