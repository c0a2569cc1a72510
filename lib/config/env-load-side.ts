// What load VUs of a dist/ entry import instead of env.ts (build.mjs swaps the module in the load
// side's build): the configuration VU 0 parsed and checked, read from k6's shared copy. The
// parser — every reader, pattern and validation message — is then never built in a load VU's
// runtime (~35 KB each at init, README "Performance of the suite itself").
import { SharedArray } from 'k6/data';
import type { Config } from './config.ts';
import type * as Env from './env.ts';
import { CONTROL_HOOK, SHARED_CONFIG } from './shared-config.ts';

function sharedConfig(): Config {
  // VU 0 is initialised first: evaluating its control side parses __ENV (and throws on a bad value) and shares it.
  if (__VU === 0) (globalThis as unknown as Record<string, () => unknown>)[CONTROL_HOOK]!();
  const shared = new SharedArray(SHARED_CONFIG, (): Config[] => {
    throw new Error(`no configuration shared by VU 0 under "${SHARED_CONFIG}": was dist/ built by build.mjs?`);
  });
  return shared[0] as Config;
}

export const config: typeof Env.config = sharedConfig();

/** VU 0 refused a target that is not allowed before any load VU started (env.ts). */
export const guardedConfig: typeof Env.guardedConfig = () => config;
