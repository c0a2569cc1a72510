// The interactive entry's own settings (pure, so the page's server validates with the same code):
// where the VUs ask how many users should work, and how many VUs k6 starts for the whole run.
import { ConfigError, type Env, envNumber } from './config.ts';

/** Most VUs one interactive run may start: k6 needs ~0.75 MB per VU of this suite (README, Sizing). */
export const MAX_POOL_VUS = 2000;

export interface InteractiveSettings {
  /** The controller (the page's server) on loopback: GET <url>/control → { users, paused }. */
  controlUrl: string;
  /** VUs k6 starts for the whole run (PERFORMANCE_INTERACTIVE_POOL): the most users the page can set. */
  poolVus: number;
}

export function parseInteractive(env: Env): InteractiveSettings {
  const controlUrl = env.CONTROL_URL?.trim();
  if (!controlUrl || !/^http:\/\/(127\.\d+\.\d+\.\d+|\[::1\]|localhost):\d+$/.test(controlUrl)) {
    throw new ConfigError(
      `invalid CONTROL_URL=${JSON.stringify(env.CONTROL_URL ?? '')}: expected the controller's loopback URL, e.g. http://127.0.0.1:8089 (npm run ui sets it)`,
    );
  }
  return {
    controlUrl,
    poolVus: envNumber(env, 'PERFORMANCE_INTERACTIVE_POOL', 100, { min: 1, max: MAX_POOL_VUS, integer: true }),
  };
}
