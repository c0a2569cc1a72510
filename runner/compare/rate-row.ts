// Error-rate rows: a Newcombe interval of the difference from the counts (raw or summary: k6's
// Rate keeps passes and fails), widened by the baselines' spread when there are >= 2.
import { sampleStandardDeviation } from 'simple-statistics';
import type { Results } from '../../lib/report/results.ts';
import { rateChange } from './change-interval.ts';
import { type CompareOptions, type ComparisonRow, endpointOf, type Pending } from './compare-model.ts';
import { judge, settleHint } from './compare-verdict.ts';
import { runNoiseScale } from './run-noise.ts';

/** How many times the requests an inconclusive rate is tried at, to say what would settle it. */
const RATE_SCALES = [1.5, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000];

interface Counts {
  x: number;
  n: number;
}

export function rateRow(metric: string, baselines: Results[], current: Results, options: CompareOptions): Pending {
  const counts = (r: Results) => {
    const v = r.metrics[metric];
    if (!v || typeof v.passes !== 'number' || typeof v.fails !== 'number') return null;
    return { x: v.passes, n: v.passes + v.fails };
  };
  const bs = baselines.map(counts).filter((c): c is Counts => c !== null);
  const c = counts(current);
  const pooled = { x: bs.reduce((s, b) => s + b.x, 0), n: bs.reduce((s, b) => s + b.n, 0) };
  const row: ComparisonRow = {
    metric,
    stat: 'rate',
    endpoint: endpointOf(metric),
    unit: 'rate',
    baseline: pooled.n ? pooled.x / pooled.n : null,
    current: c?.n ? c.x / c.n : null,
    change: null,
    interval: null,
    interval_abs: null,
    verdict: 'inconclusive',
    method: 'Newcombe score interval of the rate difference',
    samples: { baseline: pooled.n, current: c?.n ?? 0, baseline_runs: bs.length },
  };
  if (!c || bs.length === 0) {
    row.note = !c ? 'no pass/fail counts in the current run' : 'no pass/fail counts in the baseline';
    return { row };
  }
  if (pooled.n === 0 || c.n === 0) {
    row.note = `no requests on ${pooled.n === 0 ? 'the baseline' : 'the current'} side`;
    return { row };
  }
  row.change = c.x / c.n - pooled.x / pooled.n;
  if (bs.length >= 2) row.method += `, plus the run-to-run spread of ${bs.length} baselines`;
  return {
    row,
    finish: (z) => {
      const { interval, verdict } = judgeRate(bs, pooled, c, z, 1, options);
      row.interval = interval;
      row.interval_abs = interval;
      row.verdict = verdict;
      if (verdict === 'inconclusive') {
        const factor =
          RATE_SCALES.find((m) => judgeRate(bs, pooled, c, z, m, options).verdict !== 'inconclusive') ?? null;
        row.note = `a rise beyond ${(options.minRate * 100).toFixed(1)} points can be neither shown nor ruled out at ${Math.min(pooled.n, c.n)} requests: ${settleHint(factor, bs.length)}`;
      }
    },
  };
}

/** The interval and its verdict with every count times m (m = 1: as measured; m > 1: what longer runs would give at the same rates). */
function judgeRate(bs: Counts[], pooled: Counts, c: Counts, z: number, m: number, options: CompareOptions) {
  const d = rateChange({ x: pooled.x * m, n: pooled.n * m }, { x: c.x * m, n: c.n * m }, z);
  let [low, high] = [d.low, d.high];
  if (bs.length >= 2) {
    // Runs differ by more than binomial noise when something outside the code varies; widen by their spread.
    const spread = sampleStandardDeviation(bs.map((b) => b.x / b.n)) * runNoiseScale(bs.length) * z;
    const widen = (h: number) => Math.sqrt(h * h + spread * spread);
    [low, high] = [d.change - widen(d.change - d.low), d.change + widen(d.high - d.change)];
  }
  // The relative tolerance on a rate: the interval's end relative to the baseline rate (any rise from 0 is beyond it).
  const rel = (x: number) => (d.baseline > 0 ? x / d.baseline : x > 0 ? Infinity : x < 0 ? -Infinity : 0);
  return {
    interval: [low, high] as [number, number],
    verdict: judge(rel(low), rel(high), low, high, options.tolerance, options.minRate),
  };
}
