// The kept dataset: PERFORMANCE_DATASET_COURSES courses per regular/power account, the first
// PERFORMANCE_DATASET_GENERATED of each regular account generated (one chapter), so lists and
// pagination are not trivially small and reads spread over many rows, each user reading only
// their own. Made in setup (outside the measured window: its requests carry scope=setup and no
// endpoint tag, so no gate sees them), with at most CONCURRENCY requests in flight, and reused by
// later runs when it is already there (PERFORMANCE_DATASET_RESEED=true / --reseed: made anew).
import { sleep } from 'k6';
import http, { type BatchRequest, type RefinedResponse, type ResponseType } from 'k6/http';
import type { Config } from '../config/config.ts';
import { apiPath, type Id } from '../http/routes.ts';
import { DATASET_TITLE, datasetTitle } from './dataset-names.ts';
import type { Account, Role } from './pool-spec.ts';

const CONCURRENCY = 16;
const LIST_LIMIT = 100;

export interface Owner extends Account {
  role: Role;
}

export interface DatasetReport {
  accounts: number;
  created: number;
  reused: number;
  removed: number;
  generated: number;
  /** Requests sent again after no answer or a 5xx. */
  retried: number;
}

type Response = RefinedResponse<ResponseType | undefined>;

// Six tries with doubling pauses (0.2 … 3.2 s, 6.2 s in all): a route that fails one request in five
// still lets each of dozens of accounts through (0.2^6 per request), and a platform that is really
// down stops setup within seconds. Three tries were not enough: with 20 % errors on the list route, 0.8 %
// of accounts failed all three (a CI run aborted in setup; at 24 accounts it would be one run in six).
const ATTEMPTS = 6;
/** Requests setup sent again; read before and after a step to say how many that step needed. */
let retried = 0;
const transient = (res: Response) => res.status === 0 || res.status >= 500;

/**
 * Sends `count` requests made by `make`, CONCURRENCY at a time, and hands each answer to `onAnswer`
 * as it comes: nothing is kept, so seeding thousands of courses does not hold thousands of
 * responses in k6's memory. A request that got no answer or a 5xx is sent again (up to ATTEMPTS
 * in all, pausing longer each time): one flaky answer must not stop a run before it starts. A
 * creation retried after a lost answer may make one course too many; the next run counts, it does
 * not assume.
 */
function batched(count: number, make: (i: number) => BatchRequest, onAnswer: (res: Response, i: number) => void): void {
  for (let first = 0; first < count; first += CONCURRENCY) {
    const chunk: BatchRequest[] = [];
    for (let i = first; i < Math.min(count, first + CONCURRENCY); i++) chunk.push(make(i));
    const got = http.batch(chunk) as Response[];
    for (let attempt = 1; attempt < ATTEMPTS; attempt++) {
      const again = got.map((res, k) => (transient(res) ? k : -1)).filter((k) => k >= 0);
      if (again.length === 0) break;
      retried += again.length;
      sleep(0.2 * 2 ** (attempt - 1));
      (http.batch(again.map((k) => chunk[k]!)) as Response[]).forEach((res, j) => {
        got[again[j]!] = res;
      });
    }
    got.forEach((res, k) => {
      onAnswer(res, first + k);
    });
  }
}

/** Setup's request params; Content-Type only with a body (a JSON DELETE without one is a 400 on many servers). */
function params(what: string, token?: string, withBody = false) {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (withBody) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  return { headers, tags: { scope: 'setup', name: `setup: ${what}` }, timeout: '60s' };
}

function json<T>(res: Response): T | undefined {
  try {
    return JSON.parse(res.body as string) as T;
  } catch {
    return undefined;
  }
}

/** A login outside the measured window (scope=setup, no endpoint tag): the token, or undefined. */
export function quietLogin(
  config: Config,
  email: string,
  password: string,
): { token: string | undefined; status: number } {
  const result: { token: string | undefined; status: number } = { token: undefined, status: 0 };
  batched(
    1,
    () => ({
      method: 'POST',
      url: `${config.baseUrl}${apiPath('login')}`,
      body: JSON.stringify({ email, password }),
      params: params('login', undefined, true),
    }),
    (res) => {
      result.status = res.status;
      result.token = res.status === 200 ? json<{ access_token?: string }>(res)?.access_token : undefined;
    },
  );
  return result;
}

interface Listed {
  total: number;
  ids: Id[];
}

/** What the steps of making the dataset share: the accounts, their tokens (by owner index) and the counts so far. */
interface Seeding {
  base: string;
  owners: Owner[];
  tokens: string[];
  report: DatasetReport;
}

/** How often setup says how far the dataset has got (npm run ui's status line reads it from k6's log). */
const PROGRESS_EVERY_MS = 2000;
let progressSaidAt = 0;

/** Logs `line` (a step of making the dataset) unless one was logged less than PROGRESS_EVERY_MS ago; `always` logs it anyway. */
function progress(line: string, always = false): void {
  if (!always && Date.now() - progressSaidAt < PROGRESS_EVERY_MS) return;
  progressSaidAt = Date.now();
  console.log(`setup: dataset: ${line}`);
}

/** Makes sure every owner has the dataset; throws with a message naming the account and status on failure. */
export function ensureDataset(config: Config, owners: Owner[]): DatasetReport {
  const { courses: wanted, generated: generatedPerUser, reseed } = config.dataset;
  const report: DatasetReport = {
    accounts: owners.length,
    created: 0,
    reused: 0,
    removed: 0,
    generated: 0,
    retried: 0,
  };
  if (wanted === 0 || owners.length === 0) return report;
  const retriedBefore = retried;
  const seeding: Seeding = { base: config.baseUrl, owners, tokens: [], report };
  progress(`checking ${owners.length} account(s)`, true);
  logIn(
    seeding,
    owners.map((_, i) => i),
  );
  let listed = listDatasets(seeding);
  if (reseed) listed = removeDatasets(seeding, listed);
  const toGenerate = createCourses(seeding, listed, wanted, generatedPerUser);
  awaitGeneration(seeding, startGeneration(seeding, toGenerate), config.generationTimeoutS);
  report.retried = retried - retriedBefore;
  return report;
}

/** Logs the owners at these indexes in, keeping their tokens. */
function logIn({ base, owners, tokens }: Seeding, which: number[]): void {
  batched(
    which.length,
    (k) => ({
      method: 'POST',
      url: `${base}${apiPath('login')}`,
      body: JSON.stringify({ email: owners[which[k]!]!.email, password: owners[which[k]!]!.password }),
      params: params('login', undefined, true),
    }),
    (res, k) => {
      const token = res.status === 200 ? json<{ access_token?: string }>(res)?.access_token : undefined;
      if (!token)
        throw new Error(
          `dataset: logging in as ${owners[which[k]!]!.role} account ${owners[which[k]!]!.email} failed with status ${res.status}: check its password in the user pool`,
        );
      tokens[which[k]!] = token;
    },
  );
}

/** Each owner's dataset courses: how many, and the ids of the first page. */
function listDatasets({ base, owners, tokens }: Seeding): Listed[] {
  const listUrl = `${base}${apiPath('courses')}?q=${encodeURIComponent(DATASET_TITLE)}&limit=${LIST_LIMIT}`;
  const listed: Listed[] = [];
  batched(
    owners.length,
    (i) => ({ method: 'GET', url: listUrl, params: params('list dataset', tokens[i]) }),
    (res, i) => {
      const body = res.status === 200 ? json<{ total: number; items: { id: Id }[] }>(res) : undefined;
      if (!body)
        throw new Error(`dataset: listing the courses of ${owners[i]!.email} failed with status ${res.status}`);
      listed[i] = { total: body.total, ids: body.items.map((c) => c.id) };
    },
  );
  return listed;
}

/** Removes the old dataset page by page (each list shows the next page once the previous is gone); returns the lists after. */
function removeDatasets(seeding: Seeding, listed: Listed[]): Listed[] {
  const { base, tokens, report } = seeding;
  for (let round = 0; listed.some((l) => l.ids.length > 0) && round < 1000; round++) {
    const doomed = listed.flatMap((l, i) => l.ids.map((id) => ({ owner: i, id })));
    batched(
      doomed.length,
      (k) => ({
        method: 'DELETE',
        url: `${base}${apiPath('course', doomed[k]!.id)}`,
        params: params('remove dataset', tokens[doomed[k]!.owner]),
      }),
      (res) => {
        if (res.status === 204) report.removed++;
      },
    );
    listed = listDatasets(seeding);
  }
  return listed;
}

/** Creates the courses each owner lacks; returns those to generate (regular accounts' first ones). */
function createCourses(
  { base, owners, tokens, report }: Seeding,
  listed: Listed[],
  wanted: number,
  generatedPerUser: number,
): { owner: number; id: Id }[] {
  const creations: { owner: number; n: number; generate: boolean }[] = [];
  owners.forEach((owner, i) => {
    const have = listed[i]!.total;
    if (have >= wanted) report.reused++;
    for (let n = have + 1; n <= wanted; n++)
      creations.push({ owner: i, n, generate: owner.role === 'regular' && n <= generatedPerUser });
  });
  const toGenerate: { owner: number; id: Id }[] = [];
  batched(
    creations.length,
    (k) => {
      const { owner, n, generate } = creations[k]!;
      const course = {
        title: datasetTitle(n),
        topic: `dataset topic ${n}`,
        level: 'beginner',
        chapter_count: generate ? 1 : 3,
      };
      return {
        method: 'POST',
        url: `${base}${apiPath('courses')}`,
        body: JSON.stringify(course),
        params: params('create dataset', tokens[owner], true),
      };
    },
    (res, k) => {
      const id = res.status === 201 ? json<{ id: Id }>(res)?.id : undefined;
      if (id === undefined)
        throw new Error(
          `dataset: creating a course for ${owners[creations[k]!.owner]!.email} failed with status ${res.status}`,
        );
      report.created++;
      progress(`${report.created} of ${creations.length} course(s) created`);
      if (creations[k]!.generate) toGenerate.push({ owner: creations[k]!.owner, id });
    },
  );
  return toGenerate;
}

interface Job {
  owner: number;
  jobId: Id;
}

function startGeneration({ base, owners, tokens }: Seeding, toGenerate: { owner: number; id: Id }[]): Job[] {
  const jobs: Job[] = [];
  batched(
    toGenerate.length,
    (k) => ({
      method: 'POST',
      url: `${base}${apiPath('generate', toGenerate[k]!.id)}`,
      body: '{}',
      params: params('generate dataset', tokens[toGenerate[k]!.owner], true),
    }),
    (res, k) => {
      const jobId = res.status === 202 ? json<{ job_id: Id }>(res)?.job_id : undefined;
      if (jobId === undefined)
        throw new Error(
          `dataset: starting generation for ${owners[toGenerate[k]!.owner]!.email} failed with status ${res.status}`,
        );
      jobs.push({ owner: toGenerate[k]!.owner, jobId });
    },
  );
  return jobs;
}

/** Polls the jobs once a second until all completed; throws on a failed job or at GENERATION_TIMEOUT. */
function awaitGeneration(seeding: Seeding, jobs: Job[], timeoutS: number): void {
  const deadline = Date.now() + timeoutS * 1000;
  const total = jobs.length;
  while (jobs.length > 0) {
    progress(`${total - jobs.length} of ${total} generated course(s) done`);
    if (Date.now() > deadline)
      throw new Error(
        `dataset: ${jobs.length} generation job(s) did not finish within GENERATION_TIMEOUT=${timeoutS}s`,
      );
    sleep(1);
    const { open, expired } = pollJobs(seeding, jobs);
    if (expired.size > 0) logIn(seeding, [...expired]);
    jobs = open;
  }
}

/** One poll of every job: those still open, and the owners whose token expired while waiting. */
function pollJobs({ base, owners, tokens, report }: Seeding, jobs: Job[]): { open: Job[]; expired: Set<number> } {
  const open: Job[] = [];
  const expired = new Set<number>();
  batched(
    jobs.length,
    (k) => ({
      method: 'GET',
      url: `${base}${apiPath('job', jobs[k]!.jobId)}`,
      params: params('poll dataset job', tokens[jobs[k]!.owner]),
    }),
    (res, k) => {
      // A token that expired while waiting (short-lived tokens): log that owner in again and poll on.
      if (res.status === 401) {
        expired.add(jobs[k]!.owner);
        open.push(jobs[k]!);
        return;
      }
      if (res.status !== 200)
        throw new Error(
          `dataset: following a generation job of ${owners[jobs[k]!.owner]!.email} failed with status ${res.status}${res.error ? ` (${res.error})` : ''}`,
        );
      const status = json<{ status?: string; error?: string }>(res);
      if (status?.status === 'failed')
        throw new Error(
          `dataset: generating a course of ${owners[jobs[k]!.owner]!.email} failed: ${status.error ?? 'no reason given'}`,
        );
      if (status?.status === 'completed') report.generated++;
      else open.push(jobs[k]!);
    },
  );
  return { open, expired };
}

/**
 * Removes run-created courses the admin can see whose title `remove` picks (this run's at
 * teardown, earlier runs' leftovers at setup). Returns how many were removed.
 */
export function removeCourses(
  config: Config,
  adminToken: string,
  filter: string,
  remove: (title: string) => boolean,
): number {
  const base = config.baseUrl;
  let removed = 0;
  let offset = 0;
  for (let page = 0; page < 1000; page++) {
    let items: { id: Id; title: string }[] = [];
    batched(
      1,
      () => ({
        method: 'GET',
        url: `${base}${apiPath('courses')}?q=${encodeURIComponent(filter)}&limit=${LIST_LIMIT}&offset=${offset}`,
        params: params('find leftovers', adminToken),
      }),
      (res) => {
        items = (res.status === 200 ? json<{ items: { id: Id; title: string }[] }>(res)?.items : undefined) ?? [];
      },
    );
    if (items.length === 0) break;
    const doomed = items.filter((c) => remove(c.title));
    let gone = 0;
    batched(
      doomed.length,
      (k) => ({
        method: 'DELETE',
        url: `${base}${apiPath('course', doomed[k]!.id)}`,
        params: params('remove leftovers', adminToken),
      }),
      (res) => {
        if (res.status === 204 || res.status === 404) gone++;
      },
    );
    removed += gone;
    offset += items.length - gone; // what stays on the page (kept, or not deletable) is stepped over
  }
  return removed;
}
