// Rows from one figure per run: server CPU and memory, latency p95s when there are no raw samples,
// and a metric that is missing on one side (listed, never judged).
import { mean, sampleStandardDeviation } from 'simple-statistics';
import type { Results } from '../../lib/report/results.ts';
import { type CompareOptions, type ComparisonRow, endpointOf, type Pending } from './compare-model.ts';
import { settleHint, settleRow } from './compare-verdict.ts';
import { runNoiseScale } from './run-noise.ts';

/** Server CPU p95 and memory peak: one figure per run, so the interval comes from the baselines' spread alone. */
export function serverRow(
  metric: string,
  stat: 'p(95)' | 'max',
  baselines: Results[],
  current: Results,
  options: CompareOptions,
): Pending {
  const values = baselines.map((r) => r.metrics[metric]?.[stat]).filter((v): v is number => typeof v === 'number');
  const after = current.metrics[metric]?.[stat];
  const floor = metric === 'server_cpu_percent' ? 5 : 10; // percentage points / MB that sampling alone moves
  const unit = metric === 'server_cpu_percent' ? 'percent' : 'MB';
  const before = values.length ? mean(values) : null;
  const row: ComparisonRow = {
    metric,
    stat,
    endpoint: null,
    unit,
    baseline: before,
    current: typeof after === 'number' ? after : null,
    change: before && typeof after === 'number' ? after / before - 1 : null,
    interval: null,
    interval_abs: null,
    verdict: 'inconclusive',
    method: `one figure per run; interval from the spread of the baselines' figures, floor ${floor} ${unit === 'MB' ? 'MB' : 'points'}`,
    samples: { baseline: values.length, current: typeof after === 'number' ? 1 : 0, baseline_runs: values.length },
  };
  if (before === null || typeof after !== 'number') {
    row.note =
      before === null
        ? 'not in the baseline: a baseline run that measured it would settle it'
        : 'not in the current run';
    return { row };
  }
  if (values.length < 2) {
    row.note = 'one figure per run: needs >= 2 baseline runs to know how much it varies';
    return { row };
  }
  return {
    row,
    finish: (z) => {
      const half = sampleStandardDeviation(values) * runNoiseScale(values.length) * z;
      const d = after - before;
      settleRow(row, [(d - half) / before, (d + half) / before], [d - half, d + half], options.tolerance, floor);
      if (row.verdict === 'inconclusive')
        row.note = `the baselines' spread spans the tolerance: ${settleHint(null, values.length)}`;
    },
  };
}

/** Without raw samples a p95 is one number per run: compared as such, and said to be weaker. */
export function summaryLatencyRow(
  metric: string,
  baselines: Results[],
  current: Results,
  options: CompareOptions,
): Pending {
  const values = baselines
    .map((r) => r.metrics[metric]?.['p(95)'])
    .filter((v): v is number => typeof v === 'number' && v > 0);
  const after = current.metrics[metric]?.['p(95)'];
  const before = values.length ? mean(values) : null;
  const row: ComparisonRow = {
    metric,
    stat: 'p(95)',
    endpoint: /^http_req_duration\{endpoint:[^,}]+\}$/.test(metric) ? endpointOf(metric) : null,
    unit: 'ms',
    baseline: before,
    current: typeof after === 'number' ? after : null,
    change: before && typeof after === 'number' ? after / before - 1 : null,
    interval: null,
    interval_abs: null,
    verdict: 'inconclusive',
    method: 'summary p95s only (no raw samples): weaker',
    samples: null,
  };
  if (before === null || typeof after !== 'number') {
    row.note = before === null ? 'not in the baseline' : 'not in the current run';
    return { row };
  }
  if (values.length < 2) {
    row.note =
      'no raw samples (metrics.json.gz) and one baseline: no interval can be drawn; keep metrics.json.gz or give >= 2 baseline runs';
    return { row };
  }
  row.note = "interval from the spread of the baselines' summary p95s only: weaker than one from raw samples";
  return {
    row,
    finish: (z) => {
      const half = sampleStandardDeviation(values.map(Math.log)) * runNoiseScale(values.length) * z;
      settleRow(
        row,
        [(after / before) * Math.exp(-half) - 1, (after / before) * Math.exp(half) - 1],
        [after - before * Math.exp(half), after - before * Math.exp(-half)],
        options.tolerance,
        options.minMs,
      );
      if (row.verdict === 'inconclusive') row.note += `; ${settleHint(null, values.length)}`;
    },
  };
}

/** A metric missing on one side: listed, never judged. */
export function missingRow(
  metric: string,
  stat: ComparisonRow['stat'],
  unit: ComparisonRow['unit'],
  current: Results,
): Pending {
  const row: ComparisonRow = {
    metric,
    stat,
    endpoint: endpointOf(metric),
    unit,
    baseline: null,
    current: null,
    change: null,
    interval: null,
    interval_abs: null,
    verdict: 'inconclusive',
    method: 'none',
    samples: null,
    note: current.metrics[metric]
      ? 'not in the baseline: a baseline run that measured it would settle it'
      : 'not in the current run',
  };
  return { row };
}
