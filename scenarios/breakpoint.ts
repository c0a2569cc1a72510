// breakpoint: where does it break? The arrival rate of a mixed read/write workload rises from
// BREAKPOINT_START_RATE to BREAKPOINT_MAX_RATE iterations/s over BREAKPOINT_DURATION seconds;
// thresholds with abortOnFail stop the run when the API targets are crossed, and it stops by
// itself at the end otherwise. The highest arrival rate sustained within targets is reported as
// breakpoint_sustained_rate (max): each VU records the current rate whenever its last 20
// requests met the p95 budget without an error (a per-VU sliding window, as k6 thresholds are
// cumulative). Env: BREAKPOINT_START_RATE (5), BREAKPOINT_MAX_RATE (500), BREAKPOINT_DURATION (120).
import exec from 'k6/execution';
import { Trend } from 'k6/metrics';
import { ApiClient, observeRequests } from '../lib/api.ts';
import { envNumber } from '../lib/config.ts';
import { entryOptions } from '../lib/entry.ts';
import { guardedConfig } from '../lib/env.ts';
import { makeHandleSummary } from '../lib/report/handle-summary.ts';
import { prepareRun, type RunData } from '../lib/setup.ts';
import { pickWeighted } from '../lib/pacing.ts';
import { risingRate } from '../lib/shapes.ts';

const config = guardedConfig('breakpoint');
const startRate = envNumber(__ENV, 'BREAKPOINT_START_RATE', 5, { min: 1, max: 100_000, integer: true });
const maxRate = envNumber(__ENV, 'BREAKPOINT_MAX_RATE', 500, { min: 1, max: 100_000, integer: true });
const durationS = envNumber(__ENV, 'BREAKPOINT_DURATION', 120, { min: 1, max: 86_400, integer: true, what: 'a whole number of seconds' });
const WINDOW = 20;

const sustained = new Trend('breakpoint_sustained_rate');
const window: { ms: number; ok: boolean }[] = [];
observeRequests((_endpoint, ms, ok) => {
  window.push({ ms, ok });
  if (window.length > WINDOW) window.shift();
});

/** The scheduled arrival rate now (the ramp is linear). */
function currentRate(): number {
  const elapsed = Math.min(1, (Date.now() - exec.scenario.startTime) / 1000 / durationS);
  return startRate + (maxRate - startRate) * elapsed;
}

export const options = entryOptions(config, {
  wallTimeS: durationS,
  scenarios: { rising: risingRate('mixed', startRate, maxRate, durationS, Math.max(50, Math.ceil(maxRate / 2))) },
  gates: [
    { metric: 'http_req_duration', tags: { scope: 'api' }, rules: [{ stat: 'p(95)', op: '<', value: config.targets.apiP95Ms, abortOnFail: true, delayAbortEval: '5s' }] },
    { metric: 'http_req_failed', tags: { scope: 'api' }, rules: [{ stat: 'rate', op: '<', value: config.targets.errorRate, abortOnFail: true, delayAbortEval: '5s' }] },
    // Reported, not gated: the highest rate a VU's recent window stayed within targets.
    { metric: 'breakpoint_sustained_rate', rules: [{ stat: 'max', op: '>=', value: 0 }] },
  ],
});

export { pollResources, teardown } from '../lib/entry.ts';
export const handleSummary = makeHandleSummary({ scenario: 'breakpoint' });

export function setup(): RunData {
  return prepareRun(config);
}

let client: ApiClient | undefined;
const tasks: { weight: number; task: (api: ApiClient, data: RunData) => unknown }[] = [
  { weight: 4, task: (api: ApiClient) => api.listCourses({ limit: 20 }) },
  { weight: 3, task: (api: ApiClient, data: RunData) => api.getCourse(data.seededCourseIds[0]!) },
  { weight: 2, task: (api: ApiClient, data: RunData) => api.getChapter(data.seededCourseIds[1]!, 1) },
  { weight: 1, task: (api: ApiClient) => api.health() },
];

export function mixed(data: RunData): void {
  client ??= new ApiClient(config.baseUrl, config.apiTimeoutS, data.tokens.regular);
  pickWeighted(tasks)(client, data);
  if (window.length === WINDOW) {
    const sorted = window.map((w) => w.ms).sort((a, b) => a - b);
    const p95 = sorted[Math.ceil(0.95 * WINDOW) - 1]!;
    if (p95 < config.targets.apiP95Ms && window.every((w) => w.ok)) sustained.add(currentRate());
  }
}
