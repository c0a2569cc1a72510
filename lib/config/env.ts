// The run's configuration, read from k6's __ENV once at init. An invalid value throws here, so
// k6 stops before setup() and before any request, with the variable named in the message.
import { assertTargetAllowed, type Config, parseConfig } from './config.ts';

export const config: Config = parseConfig(__ENV);

/** The configuration for a load-generating entry: refuses a non-loopback target that is not allow-listed. */
export function guardedConfig(entry: string): Config {
  assertTargetAllowed(config, entry);
  return config;
}
