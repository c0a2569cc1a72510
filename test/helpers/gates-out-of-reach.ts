// The gates a test does not test, set out of reach through the settings a user has (README
// "Settings", docs/scenarios.md). On a busy 2-core machine latency measures the machine as much as
// the code, so a run whose subject is not latency must not pass or fail on it; a test whose subject
// is one of these gates leaves that one live (overrides it, or spreads `outOfReachExcept(...)`).

/**
 * Absolute latency budgets: a minute, twice the request timeout (PERFORMANCE_API_TIMEOUT, 30 s), so no
 * request reaches it; no more, as api and breakpoint size their VUs from the API budget. A chapter: an hour.
 */
export const LATENCY_GATES_OUT_OF_REACH = {
  THRESHOLD_API_P95_MS: '60000',
  THRESHOLD_API_P99_MS: '60000',
  THRESHOLD_LOGIN_P95_MS: '60000',
  THRESHOLD_HEALTH_P95_MS: '60000',
  THRESHOLD_EXPORT_P95_MS: '60000',
  THRESHOLD_CHAPTER_P95_S: '3600',
  RAMP_HOLD_P95_MS: '60000',
  CONCURRENT_P95_MS: '60000',
} as const;

/** Latency trends (late hold vs early, recovered vs baseline, end of a soak vs start): ratios no run reaches. */
const LATENCY_TREND_GATES_OUT_OF_REACH = {
  RAMP_DRIFT_LIMIT: '100',
  SOAK_DRIFT_LIMIT: '100',
  SPIKE_RECOVERY_FACTOR: '1000',
} as const;

/** The server's CPU and memory (runs with a sidecar): CPU p95 at most 100 % never fails; 1 TB of memory. */
const RESOURCE_GATES_OUT_OF_REACH = {
  PERFORMANCE_CPU_LIMIT: '100',
  PERFORMANCE_MEMORY_LIMIT: '1048576',
} as const;

/** Iterations an open model could not start on time (api, breakpoint): a stalled machine drops them too; 1 allows all. */
const DROPPED_ITERATIONS_GATE_OUT_OF_REACH = {
  THRESHOLD_DROPPED_SHARE: '1',
} as const;

/** Every gate that follows the machine rather than the code: latency, its trends, drops, the server's CPU and memory. */
export const MACHINE_GATES_OUT_OF_REACH = {
  ...LATENCY_GATES_OUT_OF_REACH,
  ...LATENCY_TREND_GATES_OUT_OF_REACH,
  ...DROPPED_ITERATIONS_GATE_OUT_OF_REACH,
  ...RESOURCE_GATES_OUT_OF_REACH,
} as const;

type GateVariable = keyof typeof MACHINE_GATES_OUT_OF_REACH;

/** `MACHINE_GATES_OUT_OF_REACH` but the gates a test does test, which keep their defaults. */
export function outOfReachExcept(...live: GateVariable[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(MACHINE_GATES_OUT_OF_REACH).filter(([name]) => !live.includes(name as GateVariable)),
  );
}
