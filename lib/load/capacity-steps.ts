// The arithmetic of a capacity sweep (scenarios/capacity.ts): its stages, which step and window a
// moment falls in, and when the sweep has seen enough. Pure, so it is unit-tested in Node;
// lib/load/capacity-control.ts applies it inside k6.

export interface SweepShape {
  levels: readonly number[];
  stepS: number;
  /** The start of each step left out of its figures: users arriving, queues filling. */
  settleS: number;
}

export interface StepAt {
  index: number;
  users: number;
  /** In the step's steady window (measured) rather than its settling start. */
  steady: boolean;
}

/** k6 ramping-vus stages: each level reached at once and held for the step. */
export function sweepStages({ levels, stepS }: SweepShape): { durationS: number; target: number }[] {
  return levels.flatMap((users) => [
    { durationS: 0, target: users },
    { durationS: stepS, target: users },
  ]);
}

/** The step `elapsedS` (seconds after the sweep's start) falls in; null after the last one. */
export function stepAt(elapsedS: number, { levels, stepS, settleS }: SweepShape): StepAt | null {
  const index = Math.floor(elapsedS / stepS);
  if (index < 0 || index >= levels.length) return null;
  return { index, users: levels[index]!, steady: elapsedS - index * stepS >= settleS };
}

/** What one user saw in a step's steady window. */
export interface StepView {
  users: number;
  /** Its estimate of the step's throughput: users × its own requests per second. */
  x: number;
  p95Ms: number | null;
  errorRate: number;
}

/** Why the sweep has seen enough after `steps` (the last one just ended), or null to go on. */
export function stopReason(
  steps: readonly StepView[],
  targets: { apiP95Ms: number; errorRate: number },
): string | null {
  const last = steps[steps.length - 1];
  if (!last) return null;
  if (last.errorRate > targets.errorRate)
    return `the ${last.users}-user step broke the error target (${(last.errorRate * 100).toFixed(1)} % > ${(targets.errorRate * 100).toFixed(1)} %)`;
  if (last.p95Ms !== null && last.p95Ms > targets.apiP95Ms)
    return `the ${last.users}-user step broke the p95 target (${last.p95Ms.toFixed(0)} ms > ${targets.apiP95Ms} ms)`;
  const [a, b, c] = steps.slice(-3).map((s) => s.x);
  if (c !== undefined && b! < a! && c < b!)
    return `throughput fell for two steps (${a!.toFixed(1)} → ${b!.toFixed(1)} → ${c.toFixed(1)} req/s): past the peak`;
  return null;
}

/** The prefix of every reason the sweep stops with: the runner tells this stop from any other abort. */
export const SWEEP_DONE = 'capacity sweep done:';
