// The standard gate sets the scenarios combine. Each per-endpoint gate is its own tagged
// sub-metric, so a failure names the endpoint and the summary lists every endpoint's figures.
import { API_SCOPE, type Endpoint } from '../lib/http/endpoints.ts';
import { isArrivalRate, scheduledIterations } from '../lib/load/open-model.ts';
import type { Scenario } from '../lib/load/shapes.ts';
import type { Gate } from './expressions.ts';
import type { Targets } from './targets.ts';

const api = { scope: API_SCOPE };

function endpointP95(endpoint: Endpoint, targets: Targets): number {
  if (endpoint === 'health') return targets.healthP95Ms;
  if (endpoint === 'course_export') return targets.exportP95Ms;
  if (endpoint === 'login') return targets.loginP95Ms;
  return targets.apiP95Ms;
}

/** An endpoint's p99 budget: the API p99, or its own p95 budget when that is higher (export, login). */
export function endpointP99(endpoint: Endpoint, targets: Targets): number {
  return Math.max(targets.apiP99Ms, endpointP95(endpoint, targets));
}

/** API p95/p99 over all endpoints, and p95 per endpoint (health and export with their own budgets). */
export function latencyGates(targets: Targets, endpoints: readonly Endpoint[]): Gate[] {
  return [
    {
      metric: 'http_req_duration',
      tags: api,
      rules: [
        { stat: 'p(95)', op: '<', value: targets.apiP95Ms },
        { stat: 'p(99)', op: '<', value: targets.apiP99Ms },
      ],
    },
    ...endpoints.map((endpoint) => ({
      metric: 'http_req_duration',
      tags: { endpoint },
      rules: [{ stat: 'p(95)' as const, op: '<' as const, value: endpointP95(endpoint, targets) }],
    })),
  ];
}

/** Error rate over all API requests and per endpoint, so one failing route is named. */
export function errorGates(targets: Targets, endpoints: readonly Endpoint[]): Gate[] {
  return [
    { metric: 'http_req_failed', tags: api, rules: [{ stat: 'rate', op: '<', value: targets.errorRate }] },
    ...endpoints.map((endpoint) => ({
      metric: 'http_req_failed',
      tags: { endpoint },
      rules: [{ stat: 'rate' as const, op: '<' as const, value: targets.errorRate }],
    })),
  ];
}

/** Stops a run early when most requests fail (platform down or crashed): no minutes of noise. */
export function abortGates(delayAbortEval = '10s'): Gate[] {
  return [
    {
      metric: 'http_req_failed',
      tags: api,
      rules: [{ stat: 'rate', op: '<', value: 0.5, abortOnFail: true, delayAbortEval }],
    },
  ];
}

/** Checks and whole workflows must succeed often enough. */
export function successGates(targets: Targets): Gate[] {
  return [
    { metric: 'checks', rules: [{ stat: 'rate', op: '>=', value: targets.successRate }] },
    { metric: 'workflow_success', rules: [{ stat: 'rate', op: '>=', value: targets.successRate }] },
  ];
}

/** Chapter generation time (the job's own timestamps) and failed generation jobs. */
export function generationGates(targets: Targets): Gate[] {
  return [
    { metric: 'chapter_generation_ms', rules: [{ stat: 'p(95)', op: '<', value: targets.chapterP95Ms }] },
    { metric: 'generation_failed', rules: [{ stat: 'rate', op: '<', value: targets.errorRate }] },
  ];
}

/** Each endpoint against its own budget: p95 (health and export have their own) and p99, plus its error rate. */
export function endpointBudgetGates(targets: Targets, endpoints: readonly Endpoint[], errorRate: number): Gate[] {
  return endpoints.flatMap((endpoint) => [
    {
      metric: 'http_req_duration',
      tags: { endpoint },
      rules: [
        { stat: 'p(95)' as const, op: '<' as const, value: endpointP95(endpoint, targets) },
        { stat: 'p(99)' as const, op: '<' as const, value: endpointP99(endpoint, targets) },
      ],
    },
    {
      metric: 'http_req_failed',
      tags: { endpoint },
      rules: [{ stat: 'rate' as const, op: '<' as const, value: errorRate }],
    },
  ]);
}

/** `share` of `scheduled`, rounded down (0.29 x 100 is 28.999... in floating point: a hair of slack keeps it 29). */
export function allowedDrops(share: number, scheduled: number): number {
  return Math.floor(share * scheduled + 1e-9);
}

/**
 * Iterations an open model did not start on time (k6's dropped_iterations, per scenario): at most
 * `share` of each arrival-rate scenario's scheduled iterations, rounded down, so a short run or a
 * slow group may drop none. `abort` stops the run once crossed (breakpoint: it broke).
 */
export function droppedIterationGates(
  scenarios: Record<string, Scenario>,
  share: number,
  abort?: { delayAbortEval: string },
): Gate[] {
  return Object.entries(scenarios)
    .filter(([, scenario]) => isArrivalRate(scenario))
    .map(([name, scenario]) => ({
      metric: 'dropped_iterations',
      tags: { scenario: name },
      rules: [
        {
          stat: 'count' as const,
          op: '<=' as const,
          value: allowedDrops(share, scheduledIterations(scenario)),
          ...(abort ? { abortOnFail: true, ...abort } : {}),
        },
      ],
    }));
}

/**
 * breakpoint: API p95 and error rate abort the run once crossed (after `delayAbortEval` of data);
 * the sustained-rate metric is listed with an always-true rule so the summary shows its value.
 */
export function breakpointGates(targets: Targets, sustainedMetric: string, delayAbortEval = '5s'): Gate[] {
  return [
    {
      metric: 'http_req_duration',
      tags: api,
      rules: [{ stat: 'p(95)', op: '<', value: targets.apiP95Ms, abortOnFail: true, delayAbortEval }],
    },
    {
      metric: 'http_req_failed',
      tags: api,
      rules: [{ stat: 'rate', op: '<', value: targets.errorRate, abortOnFail: true, delayAbortEval }],
    },
    { metric: sustainedMetric, rules: [{ stat: 'max', op: '>=', value: 0 }] },
  ];
}

/** The gates of entries that run the user workflows: per-endpoint latency and errors, abort, success, generation. */
export function workflowGates(targets: Targets, endpoints: readonly Endpoint[], delayAbortEval?: string): Gate[] {
  return [
    ...latencyGates(targets, endpoints),
    ...errorGates(targets, endpoints),
    ...abortGates(delayAbortEval),
    ...successGates(targets),
    ...generationGates(targets),
  ];
}
