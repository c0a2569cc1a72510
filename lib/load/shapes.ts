// Load shapes, in one place, parameterised by the run's configuration. A scenario file reads as:
// shape + workflows + thresholds.
import type { Config } from '../config/config.ts';
import { ROLES, type Role } from '../users/pool-spec.ts';

export type Scenario = Record<string, unknown> & { executor: string; exec: string };

/** Splits `total` VUs by percentage with the largest-remainder method; every share with weight gets >= 1 VU when total allows. */
export function splitUsers(total: number, weights: Config['weights']): Config['weights'] {
  const keys = ['regular', 'power', 'admin'] as const;
  const exact = keys.map((k) => (total * weights[k]) / 100);
  const counts = exact.map(Math.floor);
  const order = keys
    .map((_, i) => i)
    .sort((a, b) => exact[b]! - Math.floor(exact[b]!) - (exact[a]! - Math.floor(exact[a]!)));
  for (let left = total - counts.reduce((a, b) => a + b, 0), i = 0; left > 0; left--, i++) counts[order[i % 3]!]!++;
  // A weighted user type with no VU would silently drop its workflow: borrow one from the largest.
  for (let i = 0; i < 3; i++) {
    if (weights[keys[i]!] > 0 && counts[i] === 0 && total >= 3) {
      const largest = counts.indexOf(Math.max(...counts));
      counts[largest]!--;
      counts[i]!++;
    }
  }
  return { regular: counts[0]!, power: counts[1]!, admin: counts[2]! };
}

/**
 * The user class of VU number n (1-based), so that the first n VUs always follow the weights as
 * closely as whole users can: each VU takes the class furthest below its share.
 */
export function classOfUser(n: number, weights: Config['weights']): Role {
  const assigned = { regular: 0, power: 0, admin: 0 };
  let chosen: Role = 'regular';
  for (let i = 1; i <= n; i++) {
    let best = -Infinity;
    for (const c of ROLES) {
      if (weights[c] === 0) continue;
      const deficit = (weights[c] * i) / 100 - assigned[c];
      if (deficit > best) {
        best = deficit;
        chosen = c;
      }
    }
    assigned[chosen]++;
  }
  return chosen;
}

/** Ramp up to `vus`, hold, ramp down: users arriving gradually and leaving. */
export function rampingUsers(
  exec: string,
  vus: number,
  config: Pick<Config, 'rampUpS' | 'durationS' | 'rampDownS'>,
): Scenario {
  return {
    executor: 'ramping-vus',
    exec,
    startVUs: 0,
    stages: [
      { duration: `${config.rampUpS}s`, target: vus },
      { duration: `${config.durationS}s`, target: vus },
      { duration: `${config.rampDownS}s`, target: 0 },
    ],
    gracefulRampDown: '30s',
    gracefulStop: '30s',
  };
}

/** k6 wants a whole rate: a fractional per-second rate is expressed per minute instead. */
function wholeRate(perSecond: number): { rate: number; timeUnit: string } {
  return Number.isInteger(perSecond)
    ? { rate: perSecond, timeUnit: '1s' }
    : { rate: Math.max(1, Math.round(perSecond * 60)), timeUnit: '1m' };
}

/** A fixed request rate, independent of how fast the platform answers (open model); VUs as lib/load/open-model.ts sizes them. */
export function constantRate(
  exec: string,
  perSecond: number,
  durationS: number,
  vus: { preAllocatedVUs: number; maxVUs: number },
  startTime = '0s',
): Scenario {
  return {
    executor: 'constant-arrival-rate',
    exec,
    ...wholeRate(perSecond),
    duration: `${durationS}s`,
    preAllocatedVUs: vus.preAllocatedVUs,
    maxVUs: vus.maxVUs,
    startTime,
  };
}

/** Wall time of a ramping-users run, seconds, for scenarios that must run alongside it. */
export function rampingDurationS(config: Pick<Config, 'rampUpS' | 'durationS' | 'rampDownS'>): number {
  return config.rampUpS + config.durationS + config.rampDownS;
}

export const SUMMARY_TREND_STATS = ['avg', 'min', 'med', 'max', 'p(90)', 'p(95)', 'p(99)', 'count'];

/** VUs following explicit stages (spike shapes and the like). */
export function stagedUsers(exec: string, stages: { durationS: number; target: number }[], startVUs = 0): Scenario {
  return {
    executor: 'ramping-vus',
    exec,
    startVUs,
    stages: stages.map((s) => ({ duration: `${s.durationS}s`, target: s.target })),
    gracefulRampDown: '10s',
    gracefulStop: '30s',
  };
}

/** Every VU starts one iteration at the same instant (they are all initialised first). */
export function allAtOnce(exec: string, vus: number, maxDurationS: number): Scenario {
  return { executor: 'per-vu-iterations', exec, vus, iterations: 1, maxDuration: `${maxDurationS}s` };
}

/** A fixed number of VUs for a fixed time (closed model). */
export function constantUsers(exec: string, vus: number, durationS: number): Scenario {
  return { executor: 'constant-vus', exec, vus, duration: `${durationS}s`, gracefulStop: '30s' };
}

/** Arrival rate rising linearly from `startRate` to `maxRate` per second over `durationS` (open model). */
export function risingRate(
  exec: string,
  startRate: number,
  maxRate: number,
  durationS: number,
  maxVUs: number,
): Scenario {
  return {
    executor: 'ramping-arrival-rate',
    exec,
    startRate,
    timeUnit: '1s',
    preAllocatedVUs: Math.min(maxVUs, Math.max(2, Math.ceil(startRate))),
    maxVUs,
    stages: [{ duration: `${durationS}s`, target: maxRate }],
  };
}

/** `vus` users each run `iterations` iterations, all starting together, bounded by `maxDurationS`. */
export function iterationsPerUser(exec: string, vus: number, iterations: number, maxDurationS: number): Scenario {
  return { executor: 'per-vu-iterations', exec, vus, iterations, maxDuration: `${maxDurationS}s` };
}
