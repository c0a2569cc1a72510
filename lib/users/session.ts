// Each VU is its own user: it logs in as its account of a class on first use (timed under load as
// endpoint:login, so a login storm at ramp-up is measured), keeps the token, and logs in again
// when the platform answered 401 or the token is about to expire (counted in `relogins`).
// Checked once per workflow step, never per request.
import { Counter } from 'k6/metrics';
import type { Config } from '../config/config.ts';
import { ApiClient, type Id } from '../http/api.ts';
import { DATASET_TITLE } from './dataset-names.ts';
import { accountOfVu, pool } from './pool.ts';
import type { Role } from './pool-spec.ts';
import { type RunData, secretPasswords } from './setup.ts';

/** Logins after a VU's first: its token expired or the platform answered 401. */
const relogins = new Counter('relogins');

interface Session {
  client: ApiClient;
  /** When to log in again before the token expires, ms since the epoch. */
  renewAt: number;
  /** The account's kept dataset courses, read on first need. */
  courses: Id[] | undefined;
}

const sessions: Partial<Record<Role, Session>> = {};
/** Class passwords from k6's secret sources, read once per VU (k6 reads secrets asynchronously only). */
let secret: Partial<Record<Role, string>> | undefined;

/** The class password a VU logs in with: the secret source's, else the environment's. */
export function classPassword(config: Config, role: Role): string {
  return secret?.[role] ?? config.users[role].password;
}

/**
 * Wraps a VU's iteration so its first one reads the secret sources before logging in (the only
 * asynchronous step; later iterations run as they are). Passwords never travel in setup's data.
 * Only when setup found one: otherwise no VU's iteration waits on a promise (−35 to −41 MB peak RSS
 * at 1,000 VUs, with own or shared accounts: README "Performance of the suite itself").
 */
export function withSecrets<D extends Pick<RunData, 'secretsFound'>>(
  iteration: (data: D) => void,
): (data: D) => void | Promise<void> {
  return (data) => {
    if (!data.secretsFound) secret ??= {};
    if (secret) return iteration(data);
    return secretPasswords().then((found) => {
      secret = found;
      iteration(data);
    });
  };
}
let anonymous: ApiClient | undefined;

/** Renew this long before expiry: a tenth of the token's life, at most 30 s (not Math.min: see pickWeighted). */
const renewMarginS = (ttlS: number) => (ttlS > 300 ? 30 : ttlS / 10);

function login(config: Config, _data: RunData, role: Role): Session | undefined {
  const account = accountOfVu(pool, role, classPassword(config, role));
  if (!account) return undefined;
  anonymous ??= new ApiClient(config.baseUrl, config.apiTimeoutS);
  const answer = anonymous.login(account.email, account.password).body;
  if (!answer) return undefined;
  const ttlS = typeof answer.expires_in === 'number' && answer.expires_in > 0 ? answer.expires_in : 3600;
  return {
    client: new ApiClient(config.baseUrl, config.apiTimeoutS, answer.access_token),
    renewAt: Date.now() + (ttlS - renewMarginS(ttlS)) * 1000,
    courses: undefined,
  };
}

function session(config: Config, data: RunData, role: Role): Session | undefined {
  const current = sessions[role];
  if (current && !current.client.unauthorized && Date.now() < current.renewAt) return current;
  if (current) relogins.add(1, { role });
  const next = login(config, data, role);
  // A failed login leaves no session: the step fails, and the next one tries again.
  if (next && current) next.courses = current.courses;
  sessions[role] = next;
  return next;
}

/** This VU's client for a class, logged in as its own account; undefined when the login failed. */
export function userClient(config: Config, data: RunData, role: Role): ApiClient | undefined {
  return session(config, data, role)?.client;
}

/** Ids of this VU's account's kept dataset courses (a list request on first need), for reads. */
export function ownCourses(config: Config, data: RunData, role: Role): Id[] {
  const current = session(config, data, role);
  if (!current) return [];
  if (!current.courses) {
    const list = current.client.listCourses({ q: DATASET_TITLE, limit: 100 }).body;
    if (!list) return [];
    // A loop, not map: Array.prototype.map would be built in every VU's runtime for this one call.
    const ids: Id[] = [];
    for (let i = 0; i < list.items.length; i++) ids.push(list.items[i]!.id);
    current.courses = ids;
  }
  return current.courses;
}
