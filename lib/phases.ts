// Time phases of a run, as k6 tags and as in-run arithmetic, so questions about time (did latency
// come back after the spike? does it creep up during the hold?) are answered by k6 thresholds.
//
// - Every metric a VU emits is tagged with the phase it falls in (exec.vu.metrics.tags), so
//   sub-metrics such as http_req_duration{phase:recovered} exist and carry thresholds.
// - Drift: each VU keeps the median latency of its own requests in a reference phase (the
//   pre-spike baseline, the start of a hold) and, in a later phase, records every request's
//   latency divided by that median into a Trend. A threshold on that Trend (e.g. med < 1.5)
//   says "latency is back to / still at the reference", measured inside the run. Both sides get
//   a noise floor added (default 10 ms): 0.4 ms against 0.2 ms is not a regression worth a gate.
import exec from 'k6/execution';
import { Trend } from 'k6/metrics';
import { observeRequests } from './api.ts';

export interface Phase {
  name: string;
  /** Seconds after the scenario's start at which this phase ends. */
  untilS: number;
}

/** The phase `elapsedS` falls in; the last phase's name after the end. */
export function phaseAt(elapsedS: number, phases: readonly Phase[]): string {
  for (const phase of phases) if (elapsedS < phase.untilS) return phase.name;
  return phases[phases.length - 1]!.name;
}

export function elapsedInScenarioS(): number {
  return (Date.now() - exec.scenario.startTime) / 1000;
}

/** Tags everything this VU emits from now on with the current phase; returns it. */
export function enterPhase(phases: readonly Phase[]): string {
  const name = phaseAt(elapsedInScenarioS(), phases);
  exec.vu.metrics.tags.phase = name;
  return name;
}

export function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Records latency drift against a reference phase: requests in `reference` build this VU's
 * reference median; requests in `compared` add duration / reference median to the Trend.
 */
export function trackDrift(metricName: string, reference: string, compared: readonly string[], floorMs = 10): Trend {
  const drift = new Trend(metricName);
  const referenceSamples: number[] = [];
  let referenceMedian: number | undefined;
  observeRequests((_endpoint, durationMs, ok) => {
    const phase = exec.vu.metrics.tags.phase;
    if (phase === reference) {
      if (ok) referenceSamples.push(durationMs);
      referenceMedian = undefined;
    } else if (compared.includes(String(phase))) {
      referenceMedian ??= median(referenceSamples);
      // A failed request counts as far off the reference: recovery means answering, not failing fast.
      if (referenceMedian !== undefined) drift.add(ok ? (durationMs + floorMs) / (referenceMedian + floorMs) : 100);
    }
  });
  return drift;
}
