// What every entry point shares: it assembles k6 options from the entry's own scenarios and
// gates, adding the server-resources scenario and gates when a sidecar is attached (SIDECAR_URL).
// Entries re-export `pollResources` and `teardown` from here, as k6 needs them in the entry module.
//
// k6 evaluates the script once per VU, each in its own JavaScript runtime, plus once as VU 0: that
// evaluation is where k6 reads `options`, and setup, teardown and handleSummary each run in a fresh
// VU 0 too. Load VUs (1, 2, ...) never read their `options` (k6 sets the consolidated options onto
// it), so they skip building them: the scenarios, gates and threshold expressions made per VU were
// ~0.1 MB of every VU's heap (bench/, `k6 run --profiling-enabled` heap profile at 1,000 VUs).

import { type Gate, type K6Thresholds, metricKey, toK6Thresholds } from '../../thresholds/expressions.ts';
import { isArrivalRate } from '../load/open-model.ts';
import { type Scenario, SUMMARY_TREND_STATS } from '../load/shapes.ts';
import { endLoad, pollResources as pollSidecar, resourceGates, resourcesScenario } from '../metrics/resources.ts';
import { assertDistinct, pool } from '../users/pool.ts';
import { ROLES, type Role, vuIdBound } from '../users/pool-spec.ts';
import { cleanUpRun, type RunData } from '../users/setup.ts';
import type { Config } from './config.ts';
import { config as runConfig } from './env.ts';

export interface EntryParts {
  scenarios: Record<string, Scenario>;
  gates: Gate[];
  /** How long the load runs, seconds: the resources poller runs as long. */
  wallTimeS: number;
  /** Gate on the server's memory growth too (soak). */
  gateMemoryGrowth?: boolean;
  /** Classes whose VUs log in as pool accounts (PERFORMANCE_USERS_DISTINCT checks these); default all. */
  roles?: readonly Role[];
}

export interface EntryOptions {
  scenarios: Record<string, Scenario>;
  thresholds: K6Thresholds;
  setupTimeout: string;
  summaryTrendStats: string[];
}

/** Whether this runtime is k6's VU 0 (options, setup, teardown, handleSummary) rather than a load VU. */
function isControlRuntime(): boolean {
  return __VU === 0;
}

/** The entry's k6 options, built from `makeParts` in VU 0 only; undefined in load VUs (see above). */
export function entryOptions(config: Config, makeParts: () => EntryParts): EntryOptions | undefined {
  if (!isControlRuntime()) return undefined;
  const parts = makeParts();
  // A user class weighted 0 % (e.g. PERFORMANCE_USER_WEIGHTS=100/0/0) has no VUs; k6 refuses a
  // scenario that never starts one, so it is left out rather than failing the whole run.
  const scenarios = Object.fromEntries(Object.entries(parts.scenarios).filter(([, scenario]) => hasUsers(scenario)));
  const gates = [...parts.gates];
  if (config.sidecarUrl) {
    scenarios.resources = resourcesScenario(parts.wallTimeS);
    gates.push(
      ...resourceGates({
        memoryMb: config.targets.memoryMb,
        cpuPercent: config.targets.cpuPercent,
        growthMbPerMin: parts.gateMemoryGrowth ? config.targets.memoryGrowthMbPerMin : undefined,
        failOnMissing: config.sidecarStrict,
      }),
    );
  }
  if (config.usersDistinct) assertDistinct(pool, parts.roles ?? ROLES, vuIdBound(scenarios));
  return {
    scenarios,
    thresholds: withDroppedIterations(toK6Thresholds(gates), scenarios),
    // Generation of seed courses, plus the kept dataset's seeding when a run has to make it.
    setupTimeout: `${Math.max(60, config.generationTimeoutS + 30) + (config.dataset.courses > 0 ? 600 : 0)}s`,
    summaryTrendStats: SUMMARY_TREND_STATS,
  };
}

/**
 * Every open-model scenario's dropped iterations in the summary, gated or not: a threshold list,
 * even empty, is how k6 keeps a tag-filtered sub-metric (grafana/k6 #1321).
 */
function withDroppedIterations(thresholds: K6Thresholds, scenarios: Record<string, Scenario>): K6Thresholds {
  for (const [name, scenario] of Object.entries(scenarios)) {
    if (isArrivalRate(scenario)) thresholds[metricKey('dropped_iterations', { scenario: name })] ??= [];
  }
  return thresholds;
}

function hasUsers(scenario: Scenario): boolean {
  const { executor, startVUs, stages, vus } = scenario as {
    executor: string;
    startVUs?: number;
    stages?: { target: number }[];
    vus?: number;
  };
  if (executor === 'ramping-vus') return (startVUs ?? 0) > 0 || (stages ?? []).some((stage) => stage.target > 0);
  if (executor === 'constant-vus' || executor === 'per-vu-iterations' || executor === 'shared-iterations')
    return (vus ?? 1) > 0;
  return true;
}

/** The resources scenario's iteration: one poll of the sidecar. */
export function pollResources(): void {
  if (runConfig.sidecarUrl) pollSidecar(runConfig.sidecarUrl);
}

/**
 * What only the end of the run knows: the load ended (samples after it are teardown's, not gated)
 * and the server's memory growth over it. Entries with a teardown of their own call it first.
 */
function recordResourcesAtEnd(): void {
  if (runConfig.sidecarUrl) endLoad(runConfig.sidecarUrl);
}

/** k6's teardown: the server's memory growth, and removing what this run created. */
export async function teardown(data?: RunData): Promise<void> {
  recordResourcesAtEnd();
  await cleanUpRun(runConfig, data);
}
