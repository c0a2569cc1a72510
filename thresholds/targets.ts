// The platform's performance targets as data. Defaults are the seed suite's; every one can be
// overridden from the environment (see lib/config/config.ts).
export interface Targets {
  /** API latency, all endpoints together and each on its own (ms). */
  apiP95Ms: number;
  apiP99Ms: number;
  /** GET /health must stay fast under load (ms). */
  healthP95Ms: number;
  /** Export builds a whole document, so it gets a more lenient budget (ms). */
  exportP95Ms: number;
  /**
   * Login checks a password hash (scrypt, bcrypt), which costs tens of ms of CPU by design, and every
   * VU logs in as it arrives: a budget of its own, so a login storm is gated without hiding API latency (ms).
   */
  loginP95Ms: number;
  /** One chapter's generation, from the job's own timestamps (ms). */
  chapterP95Ms: number;
  /** Share of checks and workflows that must succeed (0-1). */
  successRate: number;
  /** Share of API requests that may fail, overall and per endpoint (0-1). */
  errorRate: number;
  /**
   * Share of an open-model scenario's scheduled iterations k6 may drop for want of a free VU (0-1):
   * requests not sent on time, whose latency no percentile holds.
   */
  droppedShare: number;
  /** Server resources, gated only when a sidecar is attached. */
  memoryMb: number;
  cpuPercent: number;
  /** Memory growth after warm-up that a soak may show, MB per minute. */
  memoryGrowthMbPerMin: number;
}

export const DEFAULT_TARGETS: Readonly<Targets> = Object.freeze({
  apiP95Ms: 200,
  apiP99Ms: 500,
  healthP95Ms: 50,
  exportP95Ms: 1000,
  loginP95Ms: 1000,
  chapterP95Ms: 120_000,
  successRate: 0.95,
  errorRate: 0.05,
  droppedShare: 0.01,
  memoryMb: 1024,
  cpuPercent: 80,
  memoryGrowthMbPerMin: 10,
});
