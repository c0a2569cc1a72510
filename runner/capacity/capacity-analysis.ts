// A capacity sweep's steps to its answer: the USL fit (usl-fit.ts) with bootstrap intervals
// (bootstrap.ts), which term limits the platform in words, and the users held at think time Z
// (users-at-think-time.ts). Pure: the same steps give the same figures every time.
import type { CapacityAnswer, CapacityFitResult, Interval } from '../../lib/report/capacity-result.ts';
import { bootstrap, interval95, type StepSample } from './bootstrap.ts';
import { type TailRatio, type UsersHeld, usersHeld } from './users-at-think-time.ts';
import { fitUsl, type UslFit, type UslParams, uslThroughput } from './usl-fit.ts';

export interface AnalysisInput {
  /**
   * `steady: false`: the step never reached a steady state (steady-window.ts); absent counts as steady.
   * `generatorCpu`: how busy the machine running k6 was (0–100); absent or null when not sampled.
   */
  steps: (StepSample & { meanMs: number; p95Ms: number; steady?: boolean; generatorCpu?: number | null })[];
  thinkS: number;
  p95TargetMs: number;
  replicates?: number;
}

export type Analysis =
  | {
      ok: true;
      fit: CapacityFitResult;
      answer: CapacityAnswer;
      params: UslParams;
      ratios: TailRatio[];
      nMeasured: number;
      nBelowFall: number | undefined;
    }
  | { ok: false; reason: string };

/** Efficiency at the highest level at or above which nothing limiting is said to be measurable. */
const HEALTHY_EFFICIENCY = 0.9;
/** More refused replicates than this share: the fit is unstable, so refused. */
const MAX_REFUSED_SHARE = 0.2;

const P95_FROM_MEAN =
  "the model's mean response time R(n) = n / X(n) times the measured p95/mean ratio of the nearest steps (linear between them)";

/** A measured step after the highest one at least this much below it: throughput really fell. */
const RETROGRADE_DROP = 0.85;

/**
 * When throughput measurably fell after its highest step: the level before that step (the step
 * itself when it is the first); undefined otherwise. A platform whose throughput falls past its
 * peak can tip into a congested state it does not leave (more users in flight, slower, still more
 * in flight): on the demo's coherency fault, users held at the peak level itself collapsed one
 * confirmation run in three; one level below, none did.
 */
function levelBelowFall(points: { n: number; x: number }[]): number | undefined {
  const sorted = [...points].sort((a, b) => a.n - b.n);
  const peakIndex = sorted.reduce((best, p, i) => (p.x > sorted[best]!.x ? i : best), 0);
  const peak = sorted[peakIndex]!;
  if (!sorted.some((p) => p.n > peak.n && p.x < RETROGRADE_DROP * peak.x)) return undefined;
  return sorted[Math.max(0, peakIndex - 1)]!.n;
}

function limitOf(fit: UslFit, points: { n: number; x: number }[]): Pick<CapacityFitResult, 'limited_by' | 'words'> {
  const nMax = Math.max(...points.map((p) => p.n));
  const contention = fit.sigma * (nMax - 1);
  const coherency = fit.kappa * nMax * (nMax - 1);
  const efficiency = 1 / (1 + contention + coherency);
  if (efficiency >= HEALTHY_EFFICIENCY)
    return {
      limited_by: 'nothing measurable',
      words: `nothing measurable limits it up to ${nMax} users: throughput grew near linearly (${(efficiency * 100).toFixed(0)} % of ${nMax}× one user's); where it peaks is beyond the levels measured`,
    };
  const levelsOff = `throughput levels off towards ${fit.xMax?.toFixed(1) ?? '?'} req/s`;
  if (contention >= coherency)
    return {
      limited_by: 'contention',
      words: `contention: a serial part of ~${(fit.sigma * 100).toFixed(1)} % of each request (a lock, a single writer, a queue); ${levelsOff}`,
    };
  // A queue in front of one serial resource has a knee sharper than the USL's σ term draws, so
  // the fit puts it in κ; only a measured fall tells coherency from a lock.
  if (levelBelowFall(points) === undefined)
    return {
      limited_by: 'contention',
      words: `contention: throughput levels off at ~${fit.xMax?.toFixed(1) ?? '?'} req/s with a sharp knee near ${fit.nStar?.toFixed(1) ?? '?'} users and no measured fall beyond it (a lock or a single queue; the USL draws such a knee with κ = ${fit.kappa.toExponential(2)})`,
    };
  return {
    limited_by: 'coherency',
    words: `coherency: each request does ~${(fit.kappa * 100).toFixed(2)} % more work per pair of requests in flight (cross-talk: cache invalidation, per-request fan-out); throughput peaks at ~${fit.nStar?.toFixed(1) ?? '?'} users and measurably falls beyond`,
  };
}

const bounded = (values: (number | null)[]): Interval | null => {
  const finite = values.map((v) => (v === null ? Infinity : v));
  const i = interval95(finite);
  return i && [i[0], Number.isFinite(i[1]) ? i[1] : null];
};

/** Points of the curve drawn: the levels measured and a little beyond, 60 of them. */
const CURVE_POINTS = 60;

/** The fitted curve and, at each point, the 95 % band of the replicates' curves. */
function curveOf(params: UslParams, replicates: UslParams[], nTo: number): CapacityFitResult['curve'] {
  const n = Array.from({ length: CURVE_POINTS }, (_, i) => 1 + ((nTo - 1) * i) / (CURVE_POINTS - 1));
  const bands = n.map((at) => interval95(replicates.map((r) => uslThroughput(r, at))) ?? [0, 0]);
  return {
    n,
    x: n.map((at) => uslThroughput(params, at)),
    lower: bands.map((b) => b[0]),
    upper: bands.map((b) => b[1]),
  };
}

function answerOf(held: UsersHeld, thinkS: number, p95TargetMs: number, interval: Interval): CapacityAnswer {
  return {
    users: held.users,
    interval,
    think_time_s: thinkS,
    p95_target_ms: p95TargetMs,
    in_flight: held.n,
    requests_per_s: held.x,
    mean_ms: held.meanMs,
    p95_ms: held.p95Ms,
    limited_by: held.limitedBy,
    p95_from_mean: P95_FROM_MEAN,
  };
}

/**
 * What the fit must say about steps that never became steady: a refusal when most of them did not
 * (the curve would be drawn through transients), else a warning naming them; null when all did.
 */
function unsteadyNote(steps: AnalysisInput['steps']): { refuse: boolean; text: string } | null {
  const unsteady = steps.filter((s) => s.steady === false).map((s) => s.n);
  if (unsteady.length === 0) return null;
  const which = `${unsteady.length} of ${steps.length} steps (${unsteady.join(', ')} users) never became steady`;
  if (unsteady.length > steps.length / 2)
    return {
      refuse: true,
      text: `${which}: most of the sweep is transients, not a platform's steady throughput (longer CAPACITY_STEP_S, or a platform that changed during the sweep)`,
    };
  return { refuse: false, text: `warning: ${which}; the fit is drawn through them too` };
}

/** The machine running k6 this busy (all CPUs, mean over a step): its own limit may be what was measured. */
export const GENERATOR_BUSY_PERCENT = 90;

/**
 * Why the sweep's limit may be the load generator's rather than the platform's: the machine running
 * k6 was busy at the best step or after it (where the peak, the knee or the fall were measured). A
 * platform on the same machine shares it, so then the limit found is the machine's. Null when not.
 */
function generatorLimit(steps: AnalysisInput['steps']): string | null {
  if (steps.length === 0) return null;
  const best = steps.reduce((b, s) => (s.x > b.x ? s : b));
  const busy = steps.find((s) => s.n >= best.n && (s.generatorCpu ?? 0) >= GENERATOR_BUSY_PERCENT);
  if (!busy) return null;
  return `the machine running k6 was at ${busy.generatorCpu!.toFixed(0)} % CPU at the ${busy.n}-user step (the best step: ${best.n} users), so the limit measured may be that machine's, not the platform's: run k6 on a machine of its own (and the platform elsewhere), or fewer users`;
}

/** The fit, its intervals and the users held, or why there is none. */
export function analyzeSweep(input: AnalysisInput): Analysis {
  const points = input.steps.map((s) => ({ n: s.n, x: s.x }));
  const generator = generatorLimit(input.steps);
  if (generator) return { ok: false, reason: generator };
  const unsteady = unsteadyNote(input.steps);
  if (unsteady?.refuse) return { ok: false, reason: unsteady.text };
  const outcome = fitUsl(points);
  if (!outcome.ok) return { ok: false, reason: outcome.reason };
  const { fit } = outcome;
  const nMeasured = Math.max(...input.steps.map((s) => s.n));
  const ratios = input.steps.map((s) => ({ n: s.n, ratio: s.p95Ms / s.meanMs }));
  const nBelowFall = levelBelowFall(points);
  const held = (p: UslParams) =>
    usersHeld(p, { thinkS: input.thinkS, p95TargetMs: input.p95TargetMs, ratios, nMeasured, nBelowFall });
  const boot = bootstrap(
    input.steps,
    (replicate) => {
      const r = fitUsl(replicate, { checks: false });
      return r.ok ? { fit: r.fit, users: held(r.fit).users } : null;
    },
    { replicates: input.replicates },
  );
  const total = boot.values.length + boot.failed;
  if (boot.failed > MAX_REFUSED_SHARE * total)
    return {
      ok: false,
      reason: `the fit is unstable: ${boot.failed} of ${total} resampled sweeps could not be fitted (noisy or too few steps)`,
    };
  const pick = (f: (v: (typeof boot.values)[number]) => number | null) => bounded(boot.values.map(f));
  const answer = held(fit);
  const limit = limitOf(fit, points);
  if (unsteady) limit.words = `${limit.words}; ${unsteady.text}`;
  // Nothing limiting measured: where it would peak is an extrapolation, never shown as a finding.
  const peakKnown = limit.limited_by !== 'nothing measurable';
  return {
    ok: true,
    params: fit,
    ratios,
    nMeasured,
    nBelowFall,
    fit: {
      sigma: fit.sigma,
      kappa: fit.kappa,
      lambda: fit.lambda,
      r2: fit.r2,
      residuals: fit.residuals,
      n_star: peakKnown ? fit.nStar : null,
      x_max: peakKnown ? fit.xMax : null,
      intervals: {
        sigma: pick((v) => v.fit.sigma)!,
        kappa: pick((v) => v.fit.kappa)!,
        lambda: pick((v) => v.fit.lambda)!,
        n_star: peakKnown && fit.nStar !== null ? pick((v) => v.fit.nStar) : null,
        x_max: peakKnown && fit.xMax !== null ? pick((v) => v.fit.xMax) : null,
      },
      replicates: boot.values.length,
      replicates_refused: boot.failed,
      ...limit,
      curve: curveOf(
        fit,
        boot.values.map((v) => v.fit),
        nMeasured * 1.25,
      ),
    },
    answer: answerOf(answer, input.thinkS, input.p95TargetMs, pick((v) => v.users)!),
  };
}
