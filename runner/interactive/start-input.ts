// What the page sends to start a run or change its users, checked field by field so each error
// shows beside its field and nothing starts on bad input.
import { assertTargetAllowed, parseConfig } from '../../lib/config/config.ts';
import { MAX_POOL_VUS } from '../../lib/config/interactive.ts';

export interface StartInput {
  /** Empty: the demo platform started for the run. */
  target: string;
  weights: string;
  users: number;
  spawnRate: number;
  /** Seconds; null: until stopped. */
  durationS: number | null;
  /** VUs k6 starts for the whole run: the most users this run can have. */
  poolVus: number;
}

export type FieldErrors = Partial<Record<keyof StartInput, string>>;

/**
 * Seconds a run without a duration lasts at most (it stops earlier when no page is open). k6's
 * dashboard stretches its update period to keep a run to 2,880 points: at 2 h it still updates
 * every 4 s (at 24 h it would be every 30 s, too slow for the page's p99 and verdicts).
 */
export const OPEN_ENDED_LIMIT_S = 2 * 3600;
/** The longest duration the page takes. */
const MAX_DURATION_S = 24 * 3600;

function wholeNumber(value: unknown, min: number, max: number, what: string): { value?: number; error?: string } {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d+$/.test(text))
    return { error: `${what}: expected a whole number from ${min} to ${max}, got ${JSON.stringify(value ?? '')}` };
  const n = Number(text);
  if (n < min || n > max) return { error: `${what}: expected a whole number from ${min} to ${max}, got ${n}` };
  return { value: n };
}

function positiveRate(value: unknown): { value?: number; error?: string } {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d+(\.\d+)?$/.test(text) || Number(text) <= 0 || Number(text) > 1000) {
    return {
      error: `spawn rate: expected users per second above 0 and at most 1000, got ${JSON.stringify(value ?? '')}`,
    };
  }
  return { value: Number(text) };
}

/** Checks the users field (and spawn rate) of a change while running. */
export function parseUsersChange(
  body: Record<string, unknown>,
  poolVus: number,
): { users?: number; spawnRate?: number; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const users = wholeNumber(
    body.users,
    0,
    poolVus,
    `users (this run's pool is ${poolVus} VUs; k6 v2 cannot add VUs to a running test, so start a new run with a larger pool for more)`,
  );
  if (users.error) errors.users = users.error;
  const rate = body.spawnRate === undefined ? { value: undefined } : positiveRate(body.spawnRate);
  if (rate.error) errors.spawnRate = rate.error;
  return { users: users.value, spawnRate: rate.value, errors };
}

/** Checks every field of Start; the target through the suite's own settings parser and production guard. */
export function parseStartInput(
  body: Record<string, unknown>,
  env: NodeJS.ProcessEnv = process.env,
): { input?: StartInput; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const target = typeof body.target === 'string' ? body.target.trim() : '';
  const weights = typeof body.weights === 'string' && body.weights.trim() !== '' ? body.weights.trim() : '70/20/10';
  const pool = wholeNumber(body.poolVus ?? 100, 1, MAX_POOL_VUS, 'most users (VU pool)');
  if (pool.error) errors.poolVus = pool.error;
  const users = wholeNumber(
    body.users,
    1,
    pool.value ?? MAX_POOL_VUS,
    `users (at most the pool, ${pool.value ?? MAX_POOL_VUS})`,
  );
  if (users.error) errors.users = users.error;
  const rate = positiveRate(body.spawnRate);
  if (rate.error) errors.spawnRate = rate.error;
  const durationText =
    typeof body.duration === 'string'
      ? body.duration.trim()
      : body.duration === undefined || body.duration === null
        ? ''
        : String(body.duration);
  const duration: { value?: number | null; error?: string } =
    durationText === ''
      ? { value: null }
      : wholeNumber(durationText, 1, MAX_DURATION_S, 'duration (seconds; empty: until stopped)');
  if (duration.error) errors.durationS = duration.error;
  // Each through the suite's own parser, separately, so both are named when both are wrong.
  try {
    parseConfig({ ...env, PERFORMANCE_USER_WEIGHTS: weights });
  } catch (error) {
    errors.weights = (error as Error).message;
  }
  if (target) {
    try {
      assertTargetAllowed(parseConfig({ ...env, BASE_URL: target }), 'interactive');
    } catch (error) {
      errors.target = (error as Error).message;
    }
  }
  if (Object.keys(errors).length > 0) return { errors };
  return {
    input: {
      target,
      weights,
      users: users.value!,
      spawnRate: rate.value!,
      durationS: duration.value ?? null,
      poolVus: pool.value!,
    },
    errors,
  };
}

/** A target that does not answer its health check is refused before anything starts. */
export async function targetAnswers(target: string): Promise<string | undefined> {
  try {
    const res = await fetch(`${target.replace(/\/+$/, '')}/health`, { signal: AbortSignal.timeout(3000) });
    return res.ok ? undefined : `${target}/health answered HTTP ${res.status}: is this the platform?`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    return `${target} does not answer (${cause}): is the platform running there?`;
  }
}
