// breakpoint's answer, "the highest arrival rate sustained within targets", as a k6 metric. k6
// thresholds are cumulative over the run, so they say when it broke, not up to where it held:
// each VU keeps a sliding window of its last requests and, whenever that window met the budget
// (full, no error, p95 under budget), records the rate the whole test really achieved over the
// window's span (from k6's test-wide iteration number, so dropped iterations count against it),
// capped by the rate scheduled at that moment. The metric's max is the answer. Per VU because k6
// VUs share no state; with N VUs at rate R a window spans about size x N / R seconds.
import exec from 'k6/execution';
import { Trend } from 'k6/metrics';
import { observeRequests } from '../http/api.ts';
import { achievedRate, linearRate, windowWithinBudget } from './phase-math.ts';

export interface SustainedRateOptions {
  metricName: string;
  windowSize: number;
  p95BudgetMs: number;
  ramp: { startRate: number; maxRate: number; durationS: number };
}

/** Starts observing this VU's requests; call the returned function at the end of each iteration (one request each). */
export function trackSustainedRate(options: SustainedRateOptions): () => void {
  const sustained = new Trend(options.metricName);
  const window: { ms: number; ok: boolean }[] = [];
  const marks: { atMs: number; iteration: number }[] = [];
  observeRequests((_endpoint, ms, ok) => {
    window.push({ ms, ok });
    if (window.length > options.windowSize) window.shift();
  });
  const { startRate, maxRate, durationS } = options.ramp;
  return () => {
    const now = { atMs: Date.now(), iteration: exec.scenario.iterationInTest };
    marks.push(now);
    if (marks.length > options.windowSize) marks.shift();
    if (!windowWithinBudget(window, options.windowSize, options.p95BudgetMs)) return;
    const achieved = achievedRate(marks[0]!, now);
    if (achieved === undefined) return;
    const scheduled = linearRate(startRate, maxRate, durationS, (now.atMs - exec.scenario.startTime) / 1000);
    sustained.add(Math.min(scheduled, achieved));
  };
}
