// The user pool the runner gives a demo platform it starts: without PERFORMANCE_USERS_FILE (or an
// explicit DEMO_USERS), every class gets as many accounts as the entry can number VUs (k6's ids run
// across all classes, and VU n uses its class's account n mod size), so every VU is its own user.
// The entry's scenarios come from `k6 inspect` (cached: the plan asked the same), with the run's
// environment, as k6 will see them.
import { isAbsolute, resolve } from 'node:path';
import { vuIdBound } from '../../lib/users/pool-spec.ts';
import { inspectEntry } from '../k6/inspect.ts';

/** DEMO_USERS for the entry (e.g. regular:102,power:102,admin:102), or undefined when the run brings its own accounts. */
export function demoPoolFor(k6: string, entry: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.PERFORMANCE_USERS_FILE) return undefined;
  if (env.DEMO_USERS) return env.DEMO_USERS;
  const inspected = inspectEntry(k6, entry, env);
  // k6 refused the entry's settings: let the real run say why, with the single accounts.
  if (!inspected.ok) return undefined;
  const size = Math.max(1, vuIdBound(inspected.inspection.scenarios ?? {}));
  return `regular:${size},power:${size},admin:${size}`;
}

/** PERFORMANCE_USERS_FILE made absolute from the current directory: k6 would resolve a relative path from dist/. */
export function absoluteUsersFile(env: NodeJS.ProcessEnv): string | undefined {
  const file = env.PERFORMANCE_USERS_FILE;
  return file && !isAbsolute(file) ? resolve(file) : undefined;
}
