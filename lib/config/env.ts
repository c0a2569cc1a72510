// The run's configuration, read from k6's __ENV once at init. An invalid value throws here, so
// k6 stops before setup() and before any request, with the variable named in the message.
// In a dist/ entry this module runs in VU 0 only (its control side): load VUs import
// env-load-side.ts instead (build.mjs), which reads the copy shared here.
import { SharedArray } from 'k6/data';
import { assertTargetAllowed, type Config, parseConfig } from './config.ts';
import { SHARED_CONFIG } from './shared-config.ts';

export const config: Config = parseConfig(__ENV);
// k6 runs this callback once per test, in the first VU that gets here: VU 0, initialised before any other.
new SharedArray(SHARED_CONFIG, () => [config]);

/** The configuration for a load-generating entry: refuses a non-loopback target that is not allow-listed. */
export function guardedConfig(entry: string): Config {
  assertTargetAllowed(config, entry);
  return config;
}
