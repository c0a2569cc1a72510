// The run's accounts, per class: from PERFORMANCE_USERS_FILE (parsed once for the whole test into
// k6 SharedArrays, so every VU reads one copy instead of holding its own), from the demo
// platform's DEMO_USERS pool (names computed, nothing held), or else the class's single account
// (REGULAR_USER_EMAIL ...: every VU of a class shares it). VU n uses account (n-1) mod size.
import { SharedArray } from 'k6/data';
import exec from 'k6/execution';
import type { Config } from '../config/config.ts';
import { config as runConfig } from '../config/env.ts';
import {
  type Account,
  type PoolSizes,
  parseUsersCsv,
  poolEmail,
  ROLES,
  type Role,
  tooSmallForDistinct,
} from './pool-spec.ts';

export interface Pool {
  /** Where the accounts come from, for messages. */
  source: string;
  sizes: PoolSizes;
  /** The i-th account (from 0) of a class; `password` is the file's, or the class password given. */
  account(role: Role, index: number, classPassword: string): Account;
}

function readFile(path: string): string {
  try {
    return open(path);
  } catch (error) {
    throw new Error(
      `PERFORMANCE_USERS_FILE ${path} cannot be read (${String(error)}): give an absolute path to a CSV with the header email,password,role`,
    );
  }
}

function filePool(path: string): Pool {
  // The callback runs once per test (k6 keeps the result for every VU); each class its own array.
  const arrays = {} as Record<Role, Account[]>;
  for (const role of ROLES)
    arrays[role] = new SharedArray(
      `users:${role}`,
      () => parseUsersCsv(readFile(path), path)[role],
    ) as unknown as Account[];
  return {
    source: `PERFORMANCE_USERS_FILE ${path}`,
    sizes: { regular: arrays.regular.length, power: arrays.power.length, admin: arrays.admin.length },
    account: (role, index) => arrays[role][index] as Account,
  };
}

function makePool(config: Config): Pool {
  if (config.usersFile) return filePool(config.usersFile);
  const users = config.users;
  if (config.demoUsers) {
    return {
      source: 'DEMO_USERS',
      sizes: config.demoUsers,
      account: (role, index, password) => ({ email: poolEmail(role, index + 1), password }),
    };
  }
  return {
    source: 'REGULAR_USER_EMAIL / POWER_USER_EMAIL / ADMIN_USER_EMAIL (one shared account per class)',
    sizes: { regular: 1, power: 1, admin: 1 },
    account: (role, _index, password) => ({ email: users[role].email, password }),
  };
}

/** This VU's account of a class: VU n uses account (n-1) mod size. */
export function accountOfVu(pool: Pool, role: Role, classPassword: string): Account | undefined {
  const size = pool.sizes[role];
  return size === 0 ? undefined : pool.account(role, (exec.vu.idInTest - 1) % size, classPassword);
}

/** PERFORMANCE_USERS_DISTINCT=true: refuses, at init, a pool with fewer accounts of a used class than VU ids. */
export function assertDistinct(pool: Pool, roles: readonly Role[], vuIds: number): void {
  const needed: PoolSizes = { regular: 0, power: 0, admin: 0 };
  for (const role of roles) needed[role] = vuIds;
  const problem = tooSmallForDistinct(pool.sizes, needed, pool.source);
  if (problem) throw new Error(problem);
}

/** The run's pool, made once per VU at init (a bad file stops the run here, before setup). */
export const pool: Pool = makePool(runConfig);
