// Latency p95 rows from raw samples. Per endpoint j, the change is y_j = log(p95 now / p95 before)
// minus the median y of the other endpoints (the run-wide shift), and its variance is the sum of
//  - sampling noise: the variance of that same difference over joint block-bootstrap draws, never
//    less than the order-statistic variance of the two p95s (what a bootstrap of a high quantile
//    misses at small n), and
//  - between-run noise the bootstrap cannot see: the larger of tau^2, the endpoint x run
//    interaction of this pair (DerSimonian-Laird over the other endpoints' y; TAU_PRIOR when fewer
//    than 3 others can measure it), and, with >= 2 baselines, sigma^2, how much this endpoint's
//    own shift varies between the baseline runs beyond their sampling noise (scaled for few runs,
//    Student t).
// Every endpoint with >= MIN_P95_SAMPLES on both sides takes part in the shift, however few.
import { median } from 'simple-statistics';
import { percentileSorted } from './change-interval.ts';
import type { ComparisonReport, ComparisonRow, LatencyOptions, Pending, RunSamples } from './compare-model.ts';
import { endpointOf } from './compare-model.ts';
import { requestsFactor, settleHint, settleRow } from './compare-verdict.ts';
import { drawLogP95s } from './latency-draws.ts';
import { drawVariance, finite, LatencyNoise, TAU_PRIOR } from './latency-noise.ts';
import { type LatencyInput, LatencySamples, MIN_P95_SAMPLES } from './latency-samples.ts';
import { runNoiseScale } from './run-noise.ts';

const PROFILE_Q = [0.5, 0.75, 0.9, 0.95, 0.99];

/** What a judged latency row's interval is drawn from, in log units and in ms. */
interface LatencyEstimate {
  pointLog: number;
  pointAbs: number;
  expected: number;
  samplingLog: number;
  samplingAbs: number;
  /** Between-run variance (log units). */
  extra: number;
}

export function latencyRows(
  input: LatencyInput,
  options: LatencyOptions,
): { pending: Pending[]; shift: ComparisonReport['run_wide_shift'] } {
  const samples = new LatencySamples(input);
  const noise = new LatencyNoise(samples, drawLogP95s(samples, options), options.resamples);
  const pending = samples.keys.map((key) => latencyRow(key, samples, noise, options));
  const shifts = samples.eligible.map((key) => noise.pointChange(key));
  return {
    pending,
    shift: samples.eligible.length
      ? { change: Math.exp(median(shifts)) - 1, endpoints: samples.eligible.length }
      : null,
  };
}

function latencyRow(key: string, s: LatencySamples, noise: LatencyNoise, options: LatencyOptions): Pending {
  const { baseRuns, current } = s.input;
  const before = noise.pooled.get(key)!;
  const after = noise.now.get(key)!;
  const n = { baseline: s.count(baseRuns, key), current: s.count([current], key) };
  const row: ComparisonRow = {
    metric: key,
    stat: 'p(95)',
    endpoint: s.isEndpoint(key) ? endpointOf(key) : null,
    unit: 'ms',
    baseline: Number.isFinite(before) ? before : null,
    current: Number.isFinite(after) ? after : null,
    change: before > 0 && Number.isFinite(after) ? after / before - 1 : null,
    interval: null,
    interval_abs: null,
    verdict: 'inconclusive',
    method: 'block bootstrap of p95 (1 s blocks), at least the order-statistic variance',
    samples: { ...n, baseline_runs: s.k },
  };
  if (!s.enough(key)) {
    const fewest = Math.min(n.baseline, n.current);
    row.note = `${fewest} sample(s) on a side: a p95 needs >= ${MIN_P95_SAMPLES} (one above it); about ${Math.ceil(MIN_P95_SAMPLES / Math.max(1, fewest))}× the requests would allow an interval`;
    return { row };
  }
  if (!s.judged.includes(key)) {
    row.note = s.isEndpoint(key)
      ? `no other endpoint with >= ${MIN_P95_SAMPLES} samples on both sides to separate a machine-wide shift, and one baseline: give >= 2 baseline runs`
      : 'run-wide figure: one baseline run cannot tell a change from machine-wide noise; give >= 2 baseline runs';
    return { row };
  }
  const estimate = estimateChange(key, row, s, noise, options);
  if (!estimate) {
    row.note = 'too many resamples held no sample of this metric: longer runs would allow an interval';
    return { row };
  }
  return { row, finish: (z) => judgeLatency(row, estimate, z, options, s) };
}

/** The shift-adjusted change of a judged metric and its variances; undefined when too few draws held a sample. Says its method in the row. */
function estimateChange(
  key: string,
  row: ComparisonRow,
  s: LatencySamples,
  noise: LatencyNoise,
  options: LatencyOptions,
): LatencyEstimate | undefined {
  const { baseLog, curLog } = noise.draws;
  const before = noise.pooled.get(key)!;
  const after = noise.now.get(key)!;
  const common = noise.commonPoint(key);
  const shiftDraws = noise.commonDraws(key);
  const logDraws = shiftDraws.map((shift, i) => noise.drawChange(key, i) - shift);
  // The absolute change against what this endpoint would have been without a change of its own: p95 before x the run-wide shift.
  const absDraws = shiftDraws.map(
    (shift, i) => Math.exp(curLog.get(key)![i]!) - Math.exp(baseLog.get(key)![i]! + shift),
  );
  if (finite(logDraws).length < options.resamples * 0.9) return undefined;
  const t2 = noise.tau2(key);
  const s2 = noise.sigma2(key);
  const scale = s.k >= 2 ? runNoiseScale(s.k) : 0;
  const extra = Math.max(Number.isFinite(t2) ? t2 : 0, Number.isFinite(s2) ? s2 * scale * scale : 0);
  const expected = before * Math.exp(common);
  const pointLog = Math.log(after / before) - common;
  if (s.adjusted(key)) {
    row.change = Math.exp(pointLog) - 1;
    const tauSource =
      s.others(key).length >= 3 ? 'median absolute deviation' : `fewer than 3 others: the prior ${TAU_PRIOR}`;
    row.method += `, relative to the median change of ${s.others(key).length} other endpoint(s); their scatter beyond sampling noise tau = ${Math.sqrt(t2).toFixed(3)} (${tauSource})`;
  }
  if (s.k >= 2)
    row.method += `; run-to-run spread of ${s.k} baselines beyond sampling noise sigma = ${Number.isFinite(s2) ? Math.sqrt(s2).toFixed(3) : 'n/a'}`;
  // Sampling noise: the bootstrap's, but never below what the order statistics of that many values allow.
  const osBase = noise.osVar(s.input.baseRuns, key);
  const osCur = noise.osVar([s.input.current], key);
  return {
    pointLog,
    pointAbs: after - expected,
    expected,
    samplingLog: Math.max(drawVariance(logDraws), osBase + osCur),
    samplingAbs: Math.max(drawVariance(absDraws), after * after * osCur + expected * expected * osBase),
    extra,
  };
}

function judgeLatency(row: ComparisonRow, e: LatencyEstimate, z: number, options: LatencyOptions, s: LatencySamples) {
  // A normal interval around the point estimate with the bootstrap's standard error (Efron &
  // Tibshirani ch. 13): stable at the far tails a family-wise level needs, unlike percentiles of 2,000 draws.
  // The between-run variance (log units) reaches the absolute change through the expected p95 (delta method).
  const seLog = Math.sqrt(e.samplingLog + e.extra);
  const seAbs = Math.sqrt(e.samplingAbs + e.expected * e.expected * e.extra);
  settleRow(
    row,
    [Math.exp(e.pointLog - z * seLog) - 1, Math.exp(e.pointLog + z * seLog) - 1],
    [e.pointAbs - z * seAbs, e.pointAbs + z * seAbs],
    options.tolerance,
    options.minMs,
  );
  if (row.verdict === 'inconclusive')
    row.note = `a regression beyond the tolerance and floor can be neither shown nor ruled out: ${settleHint(requestsToSettle(e, z, options), s.k)}`;
  if (row.verdict === 'regressed' && s.isEndpoint(row.metric)) {
    const qs = (runs: RunSamples[]) => {
      const all = s.sorted(runs, row.metric);
      return PROFILE_Q.map((q) => percentileSorted(all, q));
    };
    row.profile = { q: PROFILE_Q, baseline: qs(s.input.baseRuns), current: qs([s.input.current]) };
  }
}

/** How many times the requests would settle an inconclusive row (null: more requests cannot). */
function requestsToSettle(e: LatencyEstimate, z: number, options: LatencyOptions): number | null {
  // A point inside the tolerance or the floor: ruling out takes the easier of those routes; beyond both: showing it takes both.
  const routes = [
    { point: e.pointLog, margin: Math.log(1 + options.tolerance), sampling: e.samplingLog, extra: e.extra },
    { point: e.pointAbs, margin: options.minMs, sampling: e.samplingAbs, extra: e.expected * e.expected * e.extra },
  ];
  const inside = routes.filter((r) => r.point < r.margin);
  const factors = (inside.length ? inside : routes).map((r) =>
    requestsFactor(r.point, r.margin, r.sampling, r.extra, z),
  );
  const known = factors.filter((f): f is number => f !== null);
  if (inside.length) return known.length ? Math.min(...known) : null;
  return known.length === factors.length ? Math.max(...known) : null;
}
