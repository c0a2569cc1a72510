// From the fitted X(N) to users at think time Z (Little's law): with n requests in flight the
// platform answers X(n) requests/s in R(n) = n / X(n) seconds (the sweep runs at think time 0, so
// its users are its requests in flight), and a population of users who think Z seconds between
// requests keeps n in flight when it counts U(n) = X(n)·(R(n) + Z) = n + X(n)·Z users. The p95
// target is carried from the model's mean response time by the measured p95/mean ratio of the
// nearest steps. Pure.
import { type UslParams, uslPeak, uslThroughput } from './usl-fit.ts';

/** A measured step's p95 over its mean response time, at its concurrency. */
export interface TailRatio {
  n: number;
  ratio: number;
}

export type HeldLimit = 'p95 target' | 'peak' | 'highest level measured';

export interface UsersHeld {
  /** Whole users held at think time Z while the p95 target holds (0 when not even one). */
  users: number;
  /** Requests in flight there, throughput and predicted mean and p95 response times. */
  n: number;
  x: number;
  meanMs: number;
  p95Ms: number;
  /** What stops it growing: the p95 target, the curve's peak, or the sweep's last level (then a lower bound). */
  limitedBy: HeldLimit;
}

/** The p95/mean ratio at concurrency n: linear between the measured steps, the nearest one's beyond them. */
export function tailRatioAt(ratios: TailRatio[], n: number): number {
  const sorted = [...ratios].sort((a, b) => a.n - b.n);
  if (sorted.length === 0) return 1;
  if (n <= sorted[0]!.n) return sorted[0]!.ratio;
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    if (n <= b.n) return a.ratio + ((b.ratio - a.ratio) * (n - a.n)) / (b.n - a.n);
  }
  return sorted.at(-1)!.ratio;
}

interface Predicted {
  n: number;
  x: number;
  meanMs: number;
  p95Ms: number;
  users: number;
}

function predictAt(params: UslParams, n: number, thinkS: number, ratios: TailRatio[]): Predicted {
  const x = uslThroughput(params, n);
  const meanMs = (n / x) * 1000;
  return { n, x, meanMs, p95Ms: meanMs * tailRatioAt(ratios, n), users: n + x * thinkS };
}

export interface Ceiling {
  /** The sweep's last level: the answer never extrapolates beyond it. */
  nMeasured: number;
  /** When throughput measurably fell past its highest step, the level before that step: a platform
   * near a peak it falls from can tip into collapse under a surge, so the answer stays at or below it. */
  nBelowFall?: number;
}

/** The highest concurrency the answer may use: the curve's peak, the level below the measured peak of a platform that falls past it, and never beyond the sweep's last level. */
function ceilingOf(params: UslParams, { nMeasured, nBelowFall }: Ceiling): { n: number; limitedBy: HeldLimit } {
  const { nStar } = uslPeak(params);
  const peak = Math.min(nStar ?? Infinity, nBelowFall ?? Infinity);
  return peak < nMeasured
    ? { n: Math.max(1, peak), limitedBy: 'peak' }
    : { n: nMeasured, limitedBy: 'highest level measured' };
}

/** Users held at think time `thinkS` with predicted p95 under `p95TargetMs`, up to the peak and the sweep's last level `nMeasured`. */
export function usersHeld(
  params: UslParams,
  opts: Ceiling & { thinkS: number; p95TargetMs: number; ratios: TailRatio[] },
): UsersHeld {
  const ceiling = ceilingOf(params, opts);
  const at = (n: number) => predictAt(params, n, opts.thinkS, opts.ratios);
  const ok = (n: number) => at(n).p95Ms <= opts.p95TargetMs;
  let n = ceiling.n;
  let limitedBy = ceiling.limitedBy;
  if (!ok(n)) {
    limitedBy = 'p95 target';
    if (!ok(1)) return { ...withoutUsers(at(1)), limitedBy };
    // p95 rises with n up to the peak: bisect for the last n that meets the target.
    let [lo, hi] = [1, n];
    for (let i = 0; i < 50; i++) {
      const mid = (lo + hi) / 2;
      if (ok(mid)) lo = mid;
      else hi = mid;
    }
    n = lo;
  }
  const p = at(n);
  return { users: Math.floor(p.users + 1e-9), n: p.n, x: p.x, meanMs: p.meanMs, p95Ms: p.p95Ms, limitedBy };
}

function withoutUsers(p: Predicted): Omit<UsersHeld, 'limitedBy'> {
  return { users: 0, n: p.n, x: p.x, meanMs: p.meanMs, p95Ms: p.p95Ms };
}

/** What the model predicts for `users` users at think time `thinkS`: the n where n + X(n)·Z = users (bisection up to the ceiling). */
export function predictForUsers(
  params: UslParams,
  users: number,
  opts: Ceiling & { thinkS: number; ratios: TailRatio[] },
): Predicted {
  const at = (n: number) => predictAt(params, n, opts.thinkS, opts.ratios);
  let [lo, hi] = [0.01, Math.max(1, ceilingOf(params, opts).n)];
  if (at(hi).users <= users) return at(hi);
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (at(mid).users < users) lo = mid;
    else hi = mid;
  }
  return at((lo + hi) / 2);
}
