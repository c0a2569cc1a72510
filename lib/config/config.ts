// Run configuration from the environment, validated up front. Pure (no k6 imports) so the
// parsing is unit-tested in Node; lib/config/env.ts applies it to k6's __ENV at init, where a throw
// stops the run before any request is sent.
import { DEFAULT_TARGETS, type Targets } from '../../thresholds/targets.ts';
import { type PoolSizes, parsePoolSpec, UsersFileError } from '../users/pool-spec.ts';

export type Env = Record<string, string | undefined>;

export interface Credentials {
  email: string;
  password: string;
}

export interface Config {
  baseUrl: string;
  users: { regular: Credentials; power: Credentials; admin: Credentials };
  /** Hold time of the main load, seconds (PERFORMANCE_TEST_DURATION). */
  durationS: number;
  /** Peak number of virtual users (PERFORMANCE_CONCURRENT_USERS). */
  concurrentUsers: number;
  /** Per-request timeout, seconds (PERFORMANCE_API_TIMEOUT). */
  apiTimeoutS: number;
  /** Ramp-up and ramp-down time, seconds. */
  rampUpS: number;
  rampDownS: number;
  /** Share of VUs per user type, percent, summing to 100. */
  weights: { regular: number; power: number; admin: number };
  /** Think time between a user's actions, seconds, drawn uniformly from [min, max]. */
  thinkTimeS: { min: number; max: number };
  /** How often a power user polls a generation job, and how long it waits at most, seconds. */
  pollIntervalS: number;
  generationTimeoutS: number;
  /** Chapters per generated course. */
  chaptersPerCourse: number;
  sidecarUrl: string | undefined;
  /** Fail the run when sidecar samples go missing (SIDECAR_STRICT=true). */
  sidecarStrict: boolean;
  /** Hosts besides loopback that entries heavier than smoke may load (PERFORMANCE_ALLOWED_HOSTS). */
  allowedHosts: string[];
  targets: Targets;
  /** The user pool: a CSV of accounts (PERFORMANCE_USERS_FILE), or the demo platform's DEMO_USERS pool; neither: one account per class. */
  usersFile: string | undefined;
  demoUsers: PoolSizes | undefined;
  /** Refuse a pool with fewer accounts of a class than VU ids (PERFORMANCE_USERS_DISTINCT=true). */
  usersDistinct: boolean;
  /**
   * Kept courses per regular/power account (PERFORMANCE_DATASET_COURSES), of which the first N of each regular
   * account are generated; madeByPlatform: the demo platform the runner started made it (setup checks a sample).
   */
  dataset: { courses: number; generated: number; reseed: boolean; madeByPlatform: boolean };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The longest ramps, seconds (PERFORMANCE_RAMP_UP, PERFORMANCE_RAMP_DOWN). */
export const MAX_RAMP_UP_S = 24 * 3600;
export const MAX_RAMP_DOWN_S = 3600;

type Read<T> = (env: Env, name: string, fallback: T) => T;

function raw(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined ? undefined : value.trim();
}

function fail(name: string, value: string, expected: string): never {
  throw new ConfigError(`invalid ${name}=${JSON.stringify(value)}: expected ${expected}`);
}

function numberIn(min: number, max: number, what: string, integer: boolean): Read<number> {
  return (env, name, fallback) => {
    const value = raw(env, name);
    if (value === undefined) return fallback;
    const expected = `${what} from ${min} to ${max}`;
    if (!/^[+]?\d+(\.\d+)?$/.test(value)) fail(name, value, expected);
    const parsed = Number(value);
    if ((integer && !Number.isInteger(parsed)) || parsed < min || parsed > max) fail(name, value, expected);
    return parsed;
  };
}

/** Whole seconds, e.g. 60 (a unit such as "60s" or "1m" is refused rather than guessed). */
const seconds = (min: number, max: number) => numberIn(min, max, 'a whole number of seconds', true);
const count = (min: number, max: number) => numberIn(min, max, 'a whole number', true);
const millis = numberIn(1, 3_600_000, 'milliseconds (a number)', false);
const fraction = numberIn(0, 1, 'a fraction (e.g. 0.95)', false);

const text: Read<string> = (env, name, fallback) => {
  const value = env[name];
  if (value === undefined) return fallback;
  if (value.trim() === '') fail(name, value, 'a non-empty value');
  return value;
};

function url(env: Env, name: string, fallback: string | undefined): string | undefined {
  const value = raw(env, name);
  if (value === undefined) return fallback;
  const match = /^(https?):\/\/([^/\s:]+|\[[0-9a-fA-F:]+\])(:\d{1,5})?(\/\S*)?$/.exec(value);
  if (!match) fail(name, value, 'an http(s) URL such as http://127.0.0.1:8000');
  return value.replace(/\/+$/, '');
}

function weights(env: Env, name: string): Config['weights'] {
  const value = raw(env, name);
  if (value === undefined) return { regular: 70, power: 20, admin: 10 };
  const parts = value.split('/').map((part) => part.trim());
  const expected = 'three whole percentages regular/power/admin summing to 100, e.g. 70/20/10';
  if (parts.length !== 3 || parts.some((part) => !/^\d+$/.test(part))) fail(name, value, expected);
  const [regular, power, admin] = parts.map(Number) as [number, number, number];
  if (regular + power + admin !== 100) fail(name, value, expected);
  return { regular, power, admin };
}

function thinkTime(env: Env, name: string): Config['thinkTimeS'] {
  const value = raw(env, name);
  if (value === undefined) return { min: 1, max: 3 };
  const match = /^(\d+(?:\.\d+)?)(?:-(\d+(?:\.\d+)?))?$/.exec(value);
  const expected = 'seconds as N or MIN-MAX (e.g. 1-3), each at most 60';
  if (!match) fail(name, value, expected);
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  if (max < min || max > 60) fail(name, value, expected);
  return { min, max };
}

function flag(env: Env, name: string): boolean {
  const value = raw(env, name);
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  return fail(name, value, 'true or false');
}

function hostList(env: Env, name: string): string[] {
  const value = raw(env, name);
  if (value === undefined || value === '') return [];
  const hosts = value.split(',').map((host) => host.trim().toLowerCase());
  if (hosts.some((host) => !/^(\[[0-9a-f:]+\]|[a-z0-9.\-:]+)$/.test(host))) {
    fail(name, value, 'a comma-separated list of host names or addresses, e.g. staging.example.com,10.0.0.5');
  }
  return hosts;
}

function credentials(env: Env, prefix: string, fallbackEmail: string, fallbackPassword: string): Credentials {
  return {
    email: text(env, `${prefix}_EMAIL`, fallbackEmail),
    password: text(env, `${prefix}_PASSWORD`, fallbackPassword),
  };
}

function poolSpec(env: Env, name: string): PoolSizes | undefined {
  const value = raw(env, name);
  if (value === undefined || value === '') return undefined;
  try {
    return parsePoolSpec(value, name);
  } catch (error) {
    throw new ConfigError(error instanceof UsersFileError ? error.message : String(error));
  }
}

function dataset(env: Env): Config['dataset'] {
  const courses = count(0, 1000)(env, 'PERFORMANCE_DATASET_COURSES', 20);
  const generated = count(0, 1000)(env, 'PERFORMANCE_DATASET_GENERATED', Math.min(1, courses));
  if (generated > courses)
    fail('PERFORMANCE_DATASET_GENERATED', String(generated), `at most PERFORMANCE_DATASET_COURSES (${courses})`);
  return {
    courses,
    generated,
    reseed: flag(env, 'PERFORMANCE_DATASET_RESEED'),
    madeByPlatform: flag(env, 'PERFORMANCE_DATASET_MADE_BY_PLATFORM'),
  };
}

/** Reads and validates every setting; throws ConfigError naming the first bad variable. */
export function parseConfig(env: Env): Config {
  const d = DEFAULT_TARGETS;
  const durationS = seconds(1, 7 * 24 * 3600)(env, 'PERFORMANCE_TEST_DURATION', 60);
  const rampUpS = seconds(0, MAX_RAMP_UP_S)(
    env,
    'PERFORMANCE_RAMP_UP',
    Math.min(30, Math.max(1, Math.round(durationS / 4))),
  );
  return {
    baseUrl: url(env, 'BASE_URL', 'http://127.0.0.1:8000') as string,
    users: {
      regular: credentials(env, 'REGULAR_USER', 'regular@example.com', 'regular-password'),
      power: credentials(env, 'POWER_USER', 'power@example.com', 'power-password'),
      admin: credentials(env, 'ADMIN_USER', 'admin@example.com', 'admin-password'),
    },
    durationS,
    concurrentUsers: count(1, 100_000)(env, 'PERFORMANCE_CONCURRENT_USERS', 100),
    apiTimeoutS: seconds(1, 3600)(env, 'PERFORMANCE_API_TIMEOUT', 30),
    rampUpS,
    rampDownS: seconds(0, MAX_RAMP_DOWN_S)(env, 'PERFORMANCE_RAMP_DOWN', Math.min(10, rampUpS)),
    weights: weights(env, 'PERFORMANCE_USER_WEIGHTS'),
    thinkTimeS: thinkTime(env, 'PERFORMANCE_THINK_TIME'),
    pollIntervalS: numberIn(0.1, 60, 'seconds (a number)', false)(env, 'GENERATION_POLL_INTERVAL', 1),
    generationTimeoutS: seconds(1, 24 * 3600)(env, 'GENERATION_TIMEOUT', 300),
    chaptersPerCourse: count(1, 20)(env, 'GENERATION_CHAPTERS', 3),
    sidecarUrl: url(env, 'SIDECAR_URL', undefined),
    sidecarStrict: flag(env, 'SIDECAR_STRICT'),
    allowedHosts: hostList(env, 'PERFORMANCE_ALLOWED_HOSTS'),
    targets: {
      apiP95Ms: millis(env, 'THRESHOLD_API_P95_MS', d.apiP95Ms),
      apiP99Ms: millis(env, 'THRESHOLD_API_P99_MS', d.apiP99Ms),
      healthP95Ms: millis(env, 'THRESHOLD_HEALTH_P95_MS', d.healthP95Ms),
      exportP95Ms: millis(env, 'THRESHOLD_EXPORT_P95_MS', d.exportP95Ms),
      loginP95Ms: millis(env, 'THRESHOLD_LOGIN_P95_MS', d.loginP95Ms),
      chapterP95Ms: seconds(1, 24 * 3600)(env, 'THRESHOLD_CHAPTER_P95_S', d.chapterP95Ms / 1000) * 1000,
      successRate: fraction(env, 'THRESHOLD_SUCCESS_RATE', d.successRate),
      errorRate: fraction(env, 'THRESHOLD_ERROR_RATE', d.errorRate),
      droppedShare: numberIn(
        0,
        1,
        'a share of the scheduled iterations (e.g. 0.01)',
        false,
      )(env, 'THRESHOLD_DROPPED_SHARE', d.droppedShare),
      memoryMb: count(1, 1_048_576)(env, 'PERFORMANCE_MEMORY_LIMIT', d.memoryMb),
      cpuPercent: numberIn(1, 100, 'a percentage', false)(env, 'PERFORMANCE_CPU_LIMIT', d.cpuPercent),
      memoryGrowthMbPerMin: numberIn(
        0,
        1_000_000,
        'MB per minute (a number)',
        false,
      )(env, 'THRESHOLD_MEMORY_GROWTH_MB_PER_MIN', d.memoryGrowthMbPerMin),
    },
    usersFile: raw(env, 'PERFORMANCE_USERS_FILE') || undefined,
    demoUsers: poolSpec(env, 'DEMO_USERS'),
    usersDistinct: flag(env, 'PERFORMANCE_USERS_DISTINCT'),
    dataset: dataset(env),
  };
}

/** The host part of a URL, lower-cased, IPv6 in brackets. */
function hostOf(baseUrl: string): string {
  const match = /^https?:\/\/(\[[^\]]+\]|[^/:]+)/i.exec(baseUrl);
  return (match?.[1] ?? '').toLowerCase();
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * The target guard: an entry heavier than smoke refuses a host that is not loopback unless it is
 * allow-listed, so a typo in BASE_URL cannot load-test production.
 */
export function assertTargetAllowed(config: Config, entry: string): void {
  const host = hostOf(config.baseUrl);
  if (isLoopback(host) || config.allowedHosts.includes(host)) return;
  throw new ConfigError(
    `refusing to run "${entry}" against ${config.baseUrl}: ${host} is not a loopback address. ` +
      `If you mean to load-test it, allow it with PERFORMANCE_ALLOWED_HOSTS=${host} (comma-separated list).`,
  );
}

/**
 * A scenario's own numeric setting (e.g. SPIKE_FACTOR), validated like the shared ones: a bad
 * value stops the run at init with a message naming the variable.
 */
export function envNumber(
  env: Env,
  name: string,
  fallback: number,
  range: { min: number; max: number; integer?: boolean; what?: string },
): number {
  const what = range.what ?? (range.integer ? 'a whole number' : 'a number');
  return numberIn(range.min, range.max, what, range.integer ?? false)(env, name, fallback);
}
