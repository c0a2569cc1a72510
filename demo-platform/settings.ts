// The demo platform's settings from the environment, validated at start.
import { join } from 'node:path';
import { type PoolSizes, parsePoolSpec, poolEmail, ROLES, type Role, UsersFileError } from '../lib/users/pool-spec.ts';
import type { DatasetSpec } from './dataset.ts';

export interface UserSeed {
  email: string;
  password: string;
  role: Role;
}

export interface Settings {
  host: string;
  port: number;
  /** Folder of the SQLite file, or ':memory:' for a fresh database every start. */
  dataDir: string;
  /** Per-chapter generation time, ms, drawn uniformly from [min, max]. */
  chapterMs: { min: number; max: number };
  workers: number;
  tokenTtlS: number;
  users: UserSeed[];
  /** DEMO_USERS: a pool of accounts per role (regular-0001@example.com ...), each role's password as its single user's. */
  pool: UserSeed[];
  logLevel: 'silent' | 'info' | 'debug';
  faults: string | undefined;
  /** DEMO_DATASET_COURSES / DEMO_DATASET_GENERATED: the suite's kept dataset, made at start (demo-platform/dataset.ts). */
  dataset: DatasetSpec;
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

const ROOT = new URL('../', import.meta.url).pathname;

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const value = env[name];
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    throw new SettingsError(`invalid ${name}=${JSON.stringify(value)}: expected a whole number from ${min} to ${max}`);
  }
  return n;
}

function range(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: { min: number; max: number },
): { min: number; max: number } {
  const value = env[name];
  if (value === undefined) return fallback;
  const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(value);
  const min = Number(match?.[1]);
  const max = match?.[2] === undefined ? min : Number(match[2]);
  if (!match || max < min || max > 3_600_000) {
    throw new SettingsError(
      `invalid ${name}=${JSON.stringify(value)}: expected milliseconds as N or MIN-MAX, e.g. 800-1200`,
    );
  }
  return { min, max };
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const logLevel = env.DEMO_LOG ?? 'silent';
  if (logLevel !== 'silent' && logLevel !== 'info' && logLevel !== 'debug') {
    throw new SettingsError(`invalid DEMO_LOG=${JSON.stringify(logLevel)}: expected silent, info or debug`);
  }
  const seed = (role: UserSeed['role']): UserSeed => {
    const prefix = `${role.toUpperCase()}_USER`;
    return {
      role,
      email: env[`${prefix}_EMAIL`] || `${role}@example.com`,
      password: env[`${prefix}_PASSWORD`] || `${role}-password`,
    };
  };
  let pool: UserSeed[] = [];
  if (env.DEMO_USERS !== undefined && env.DEMO_USERS.trim() !== '') {
    let sizes: PoolSizes;
    try {
      sizes = parsePoolSpec(env.DEMO_USERS, 'DEMO_USERS');
    } catch (error) {
      if (error instanceof UsersFileError) throw new SettingsError(error.message);
      throw error;
    }
    if (sizes.regular + sizes.power + sizes.admin > 100_000)
      throw new SettingsError(`invalid DEMO_USERS=${JSON.stringify(env.DEMO_USERS)}: at most 100000 accounts in all`);
    pool = ROLES.flatMap((role) =>
      Array.from({ length: sizes[role] }, (_, i) => ({
        role,
        email: poolEmail(role, i + 1),
        password: seed(role).password,
      })),
    );
  }
  return {
    host: env.HOST || '127.0.0.1',
    port: int(env, 'PORT', 8000, 0, 65_535),
    dataDir: env.DEMO_DATA_DIR || join(ROOT, '.data'),
    chapterMs: range(env, 'DEMO_CHAPTER_MS', { min: 800, max: 1200 }),
    workers: int(env, 'DEMO_WORKERS', 4, 1, 256),
    tokenTtlS: int(env, 'DEMO_TOKEN_TTL_S', 24 * 3600, 1, 365 * 24 * 3600),
    users: [seed('regular'), seed('power'), seed('admin')],
    pool,
    logLevel,
    faults: env.DEMO_FAULTS,
    dataset: datasetSpec(env),
  };
}

/** The suite's defaults (lib/config/config.ts): none unless asked; N courses with the first generated. */
function datasetSpec(env: NodeJS.ProcessEnv): DatasetSpec {
  const courses = int(env, 'DEMO_DATASET_COURSES', 0, 0, 1000);
  const generated = int(env, 'DEMO_DATASET_GENERATED', Math.min(1, courses), 0, 1000);
  if (generated > courses)
    throw new SettingsError(
      `invalid DEMO_DATASET_GENERATED=${JSON.stringify(env.DEMO_DATASET_GENERATED)}: at most DEMO_DATASET_COURSES (${courses})`,
    );
  return { courses, generated };
}
