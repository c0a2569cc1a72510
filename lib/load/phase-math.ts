// The arithmetic behind the time questions (spike recovery, ramp-up and soak drift, breakpoint's
// sustained rate), pure so it is unit-tested in Node; lib/load/phases.ts and lib/load/sustained-rate.ts apply it inside k6.

export interface Phase {
  name: string;
  /** Seconds after the scenario's start at which this phase ends. */
  untilS: number;
}

/** The phase `elapsedS` falls in; the last phase's name after the end. */
export function phaseAt(elapsedS: number, phases: readonly Phase[]): string {
  if (phases.length === 0) throw new Error('phaseAt: no phases given');
  for (const phase of phases) if (elapsedS < phase.untilS) return phase.name;
  return phases[phases.length - 1]!.name;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A failed request's drift: far beyond any limit, since recovering means answering, not failing fast. */
export const FAILED_DRIFT = 100;

/**
 * One request's latency relative to the reference median, both with a noise floor added so that
 * 0.4 ms against 0.2 ms does not read as "twice as slow".
 */
export function driftRatio(durationMs: number, ok: boolean, referenceMedianMs: number, floorMs: number): number {
  return ok ? (durationMs + floorMs) / (referenceMedianMs + floorMs) : FAILED_DRIFT;
}

/** p-th percentile (nearest rank) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Whether a window of recent requests met the budget: full, no failure, p95 under `p95BudgetMs`. */
export function windowWithinBudget(
  window: readonly { ms: number; ok: boolean }[],
  size: number,
  p95BudgetMs: number,
): boolean {
  return (
    window.length >= size &&
    window.every((w) => w.ok) &&
    percentile(
      window.map((w) => w.ms),
      95,
    ) < p95BudgetMs
  );
}

/** The scheduled rate of a linear ramp from `startRate` to `maxRate` over `durationS`, `elapsedS` in. */
export function linearRate(startRate: number, maxRate: number, durationS: number, elapsedS: number): number {
  const share = Math.min(1, Math.max(0, elapsedS / durationS));
  return startRate + (maxRate - startRate) * share;
}

/**
 * Iterations per second the whole test really started between two moments, from k6's
 * test-wide iteration number (exec.scenario.iterationInTest counts started iterations only, so
 * iterations k6 dropped for want of a free VU do not count). Undefined over an empty interval.
 */
export function achievedRate(
  from: { atMs: number; iteration: number },
  to: { atMs: number; iteration: number },
): number | undefined {
  const seconds = (to.atMs - from.atMs) / 1000;
  return seconds > 0 ? (to.iteration - from.iteration) / seconds : undefined;
}
