// breakpoint's answer, "the highest arrival rate sustained within targets", as a k6 metric. k6
// thresholds are cumulative over the run, so they say when it broke, not up to where it held:
// each VU keeps a sliding window of its last requests and, whenever that window met the budget
// (full, no error, p95 under budget), records the rate scheduled at that moment. The metric's max
// is the answer. Per VU because k6 VUs share no state; with N VUs at rate R a window spans about
// size x N / R seconds, so a short window keeps it close to "now".
import exec from 'k6/execution';
import { Trend } from 'k6/metrics';
import { observeRequests } from './api.ts';
import { linearRate, windowWithinBudget } from './phase-math.ts';

export interface SustainedRateOptions {
  metricName: string;
  windowSize: number;
  p95BudgetMs: number;
  ramp: { startRate: number; maxRate: number; durationS: number };
}

/** Starts observing this VU's requests; call the returned function once per iteration. */
export function trackSustainedRate(options: SustainedRateOptions): () => void {
  const sustained = new Trend(options.metricName);
  const window: { ms: number; ok: boolean }[] = [];
  observeRequests((_endpoint, ms, ok) => {
    window.push({ ms, ok });
    if (window.length > options.windowSize) window.shift();
  });
  const { startRate, maxRate, durationS } = options.ramp;
  return () => {
    if (windowWithinBudget(window, options.windowSize, options.p95BudgetMs)) {
      sustained.add(linearRate(startRate, maxRate, durationS, (Date.now() - exec.scenario.startTime) / 1000));
    }
  };
}
