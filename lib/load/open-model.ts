// Open-model (arrival-rate) scenarios: how many VUs they need, and how many iterations they schedule.
//
// An arrival-rate executor starts each scheduled iteration on a free VU. With none free it drops the
// iteration (k6's dropped_iterations) and initialises one more VU in the background, up to maxVUs,
// so every VU added mid-run costs at least one dropped iteration. A dropped iteration is requests
// not sent on time: their latency is in no percentile, the very omission an open model is there to
// avoid. So the VUs follow from the rate and the latency (Little's law: VUs busy = iterations per
// second x seconds per iteration).
import { durationSeconds } from './duration.ts';
import type { Scenario } from './shapes.ts';

/** Pre-allocated VUs hold twice the iterations in flight at the covered latency (bursts, a generator catching up after a pause). */
const PREALLOCATED_HEADROOM = 2;
/**
 * The latency pre-allocated VUs cover is the p99 budget, counted up to this many seconds: k6
 * initialises every pre-allocated VU before the load starts, so a relaxed budget (e.g. 60 s) would
 * start thousands; slower answers get VUs on demand up to maxVUs.
 */
const PREALLOCATED_LATENCY_CAP_S = 1;

export interface OpenModelLoad {
  /** Iterations per second. */
  ratePerS: number;
  /** Requests one iteration sends one after another. */
  requestsPerIteration: number;
  /** The p99 latency budget of those requests, ms. */
  p99BudgetMs: number;
  /** The per-request timeout, s: no request takes longer. */
  timeoutS: number;
}

/**
 * preAllocatedVUs: every request answering at its p99 budget (at most PREALLOCATED_LATENCY_CAP_S),
 * PREALLOCATED_HEADROOM times over, plus one, so a platform within budget never waits for a VU;
 * maxVUs: every request answering just before the timeout, so a slower platform still gets its
 * requests sent (each VU added costs a dropped iteration, counted and gated).
 */
export function openModelVUs(load: OpenModelLoad): { preAllocatedVUs: number; maxVUs: number } {
  const iterationS = (latencyS: number) => load.requestsPerIteration * latencyS;
  const covered = Math.min(load.p99BudgetMs / 1000, PREALLOCATED_LATENCY_CAP_S);
  const preAllocatedVUs = Math.ceil(PREALLOCATED_HEADROOM * load.ratePerS * iterationS(covered)) + 1;
  const maxVUs = Math.max(preAllocatedVUs, Math.ceil(load.ratePerS * iterationS(load.timeoutS)));
  return { preAllocatedVUs, maxVUs };
}

export const isArrivalRate = (scenario: Scenario): boolean =>
  scenario.executor === 'constant-arrival-rate' || scenario.executor === 'ramping-arrival-rate';

/** The iterations an arrival-rate scenario schedules over its whole run (constant rate x duration; the area under a ramp). */
export function scheduledIterations(scenario: Scenario): number {
  const s = scenario as Scenario & {
    rate?: number;
    timeUnit?: string;
    duration?: string;
    startRate?: number;
    stages?: { duration: string; target: number }[];
  };
  const perUnit = durationSeconds(s.timeUnit ?? '1s');
  if (s.executor === 'constant-arrival-rate') return ((s.rate ?? 0) * durationSeconds(s.duration ?? '0s')) / perUnit;
  if (s.executor !== 'ramping-arrival-rate') throw new Error(`${s.executor} is not an arrival-rate executor`);
  let rate = s.startRate ?? 0;
  let total = 0;
  for (const stage of s.stages ?? []) {
    total += ((rate + stage.target) / 2) * durationSeconds(stage.duration);
    rate = stage.target;
  }
  return total / perUnit;
}
