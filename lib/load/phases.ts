// Time phases of a run, as k6 tags and as in-run arithmetic, so questions about time (did latency
// come back after the spike? does it creep up during the hold?) are answered by k6 thresholds.
//
// - Every metric a VU emits is tagged with the phase it falls in (exec.vu.metrics.tags), so
//   sub-metrics such as http_req_duration{phase:recovered} exist and carry thresholds.
// - Drift: each VU keeps the median latency of its own requests in a reference phase (the
//   pre-spike baseline, the start of a hold) and, in a later phase, records every request's
//   latency divided by that median into a Trend (lib/load/phase-math.ts driftRatio). A threshold on
//   that Trend (e.g. med < 1.5) says "latency is back to / still at the reference", measured
//   inside the run. Per VU, because k6 VUs share no state; a VU that has no reference samples
//   (one added by the spike) records nothing. Both sides get a noise floor (default 10 ms).
import exec from 'k6/execution';
import { Trend } from 'k6/metrics';
import { observeRequests } from '../http/api.ts';
import { driftRatio, median, type Phase, phaseAt } from './phase-math.ts';

export type { Phase } from './phase-math.ts';

function elapsedInScenarioS(): number {
  return (Date.now() - exec.scenario.startTime) / 1000;
}

// setup() and teardown() run outside any scenario, where k6 refuses exec.scenario: the drift
// observer only acts once this VU has entered a phase in a scenario iteration.
let inScenario = false;

/** Tags everything this VU emits from now on with the current phase; returns it. Call at the start of each iteration. */
export function enterPhase(phases: readonly Phase[]): string {
  inScenario = true;
  const name = phaseAt(elapsedInScenarioS(), phases);
  exec.vu.metrics.tags.phase = name;
  return name;
}

/**
 * Records latency drift against a reference phase: requests in `reference` build this VU's
 * reference median; requests in `compared` add driftRatio(...) to the Trend. A request's phase is
 * read from the clock when it completes, not from the tag set at the iteration's start (a
 * workflow iteration with think times spans seconds and would straddle phases); the VU's phase
 * tag is refreshed at the same moment, so a request's tag lags the clock by one think time at most.
 */
export function trackDrift(
  metricName: string,
  phases: readonly Phase[],
  reference: string,
  compared: readonly string[],
  floorMs = 10,
): Trend {
  const drift = new Trend(metricName);
  const referenceSamples: number[] = [];
  let referenceMedian: number | undefined;
  observeRequests((_endpoint, durationMs, ok) => {
    if (!inScenario) return;
    const phase = phaseAt(elapsedInScenarioS(), phases);
    exec.vu.metrics.tags.phase = phase;
    if (phase === reference) {
      if (ok) referenceSamples.push(durationMs);
      referenceMedian = undefined;
    } else if (compared.includes(phase)) {
      referenceMedian ??= median(referenceSamples);
      if (referenceMedian !== undefined) drift.add(driftRatio(durationMs, ok, referenceMedian, floorMs));
    }
  });
  return drift;
}
