// Run-versus-baseline comparison that tells a regression from noise (README "Compare with a
// baseline"). Per metric: an interval of the change, and a verdict among improved / no change /
// regressed / inconclusive (compare-verdict.ts). A regression needs the WHOLE interval beyond both
// the relative tolerance and the absolute floor (--min-ms for latency, --min-rate for error
// rates); "no change" needs the interval to rule a regression out. No fixed sample count decides:
// the intervals widen as samples get fewer, and a metric whose interval can neither show nor rule
// out a regression is inconclusive, with what would settle it.
//
// Three sources of noise, each handled where it is measurable:
// - sampling noise inside a run: block bootstrap of p95 over one-second blocks (change-interval.ts),
//   Newcombe score intervals for error rates;
// - a machine-wide shift of one run (a neighbour using the CPU slows every endpoint alike): each
//   endpoint's p95 change is measured relative to the median change of the OTHER endpoints in the
//   same bootstrap draw, so a shift common to all endpoints cancels and one endpoint that moved
//   on its own stands out; how unevenly the run moved the others, beyond their sampling noise
//   (DerSimonian-Laird tau^2), widens the interval;
// - run-to-run noise of run-wide figures (overall p95, workflow durations, server CPU and memory):
//   one baseline run cannot measure it, so these need >= 2 baseline runs; their spread beyond
//   sampling noise then widens every interval (a new run carries its own run effect: variance
//   sigma^2 (1 + 1/k)).
//
// This file decides what is compared and puts the report together; latency-rows.ts, rate-row.ts
// and summary-rows.ts make the rows, comparison-outcome.ts says what they mean.
import { probit } from 'simple-statistics';
import { parseThresholdKey, type ThresholdKey } from '../merge/threshold-eval.ts';
import {
  CompareInputError,
  type CompareOptions,
  type ComparisonReport,
  type ComparisonRow,
  type LatencyOptions,
  type LoadedRun,
  type Pending,
} from './compare-model.ts';
import type { ChangeVerdict } from './compare-verdict.ts';
import { signed } from './comparison-outcome.ts';
import { latencyRows } from './latency-rows.ts';
import { checkComparable, readRunSamples } from './load-run.ts';
import { rateRow } from './rate-row.ts';
import { missingRow, serverRow, summaryLatencyRow } from './summary-rows.ts';

// What the runner's commands and reports use of the comparison, from one module.
export { CompareInputError, type CompareOptions, type ComparisonReport, type LoadedRun } from './compare-model.ts';
export { comparisonOutcome, describeChange, formatComparison, formatValue } from './comparison-outcome.ts';
export { labelOf, loadRun } from './load-run.ts';

type Kind = 'endpoint latency' | 'run-wide latency' | 'rate' | 'server';
type Compared = [metric: string, { kind: Kind; stat: ComparisonRow['stat'] }];

function kindOf(metric: string, values: Record<string, number>): { kind: Kind; stat: ComparisonRow['stat'] } | null {
  if (metric.startsWith('http_req_duration') || metric.endsWith('_ms')) {
    if (typeof values['p(95)'] !== 'number') return null;
    return {
      kind: /^http_req_duration\{endpoint:[^,}]+\}$/.test(metric) ? 'endpoint latency' : 'run-wide latency',
      stat: 'p(95)',
    };
  }
  if ((metric.startsWith('http_req_failed') || metric === 'generation_failed') && typeof values.rate === 'number')
    return { kind: 'rate', stat: 'rate' };
  if (metric === 'server_memory_mb' && typeof values.max === 'number') return { kind: 'server', stat: 'max' };
  if (metric === 'server_cpu_percent' && typeof values['p(95)'] === 'number') return { kind: 'server', stat: 'p(95)' };
  return null;
}

export async function compareRuns(
  baselines: LoadedRun[],
  current: LoadedRun,
  options: CompareOptions,
): Promise<ComparisonReport> {
  if (baselines.length === 0) throw new CompareInputError('no baseline run given');
  const warnings = checkComparable(baselines, current, options.allowMismatch ?? false);
  const all = [...baselines, current];
  const wanted = metricsToCompare(all, options.only);
  const full: LatencyOptions = {
    tolerance: options.tolerance,
    minMs: options.minMs,
    resamples: options.resamples ?? 2000,
    seed: options.seed ?? 1,
    blockS: options.blockS ?? 1,
  };
  const raw = all.every((run) => run.samplesFile !== null);
  if (!raw) {
    warnings.push(
      `no raw samples (metrics.json.gz) beside ${all
        .filter((r) => !r.samplesFile)
        .map((r) => r.label)
        .join(', ')}: latency is compared on summary p95s only, a weaker verdict`,
    );
  }
  // A metric missing on one side is listed, never judged.
  const onBothSides = (metric: string) =>
    baselines.every((b) => b.results.metrics[metric]) && current.results.metrics[metric];
  const latency = wanted.filter(
    ([m, k]) => (k.kind === 'endpoint latency' || k.kind === 'run-wide latency') && onBothSides(m),
  );
  const pending: Pending[] = [];
  let shift: ComparisonReport['run_wide_shift'] = null;
  if (raw && latency.length > 0) {
    const result = await rawLatencyRows(baselines, current, latency, full);
    pending.push(...result.pending);
    shift = result.shift;
    // Endpoints are judged relative to this shift, so a change that slows every endpoint alike cancels there.
    if (baselines.length === 1 && shift && Math.abs(Math.log(1 + shift.change)) > Math.log(1 + options.tolerance)) {
      warnings.push(
        `every endpoint moved ${signed(shift.change * 100)} % (median of ${shift.endpoints}): a busier or quieter machine, or a change that slows or speeds up everything alike; one baseline cannot tell which, and endpoint verdicts are relative to it. Give >= 2 baseline runs to judge the run-wide figures`,
      );
    }
  } else {
    const baseResults = baselines.map((b) => b.results);
    for (const [metric] of latency) pending.push(summaryLatencyRow(metric, baseResults, current.results, options));
  }
  for (const [metric, kind] of wanted) {
    const row = onBothSides(metric)
      ? figureRow(metric, kind, baselines, current, options)
      : missing(metric, kind, current);
    if (row) pending.push(row);
  }
  return closeReport(pending, { baselines, current, options, full, raw, shift, warnings });
}

/** Every metric of a compared kind in any of the runs, narrowed to --metric NAME (and its sub-metrics). */
function metricsToCompare(runs: LoadedRun[], only: string[] | undefined): Compared[] {
  const compared = new Map<string, { kind: Kind; stat: ComparisonRow['stat'] }>();
  for (const run of runs) {
    for (const [metric, values] of Object.entries(run.results.metrics)) {
      const kind = kindOf(metric, values ?? {});
      if (kind) compared.set(metric, kind);
    }
  }
  const matches = (metric: string, name: string) => metric === name || metric.startsWith(`${name}{`);
  for (const name of only ?? []) {
    if (![...compared.keys()].some((m) => matches(m, name)))
      throw new CompareInputError(
        `--metric ${name}: no compared metric of that name (compared: latency p95, error rates, server_cpu_percent, server_memory_mb)`,
      );
  }
  return [...compared.entries()].filter(([metric]) => !only || only.some((name) => matches(metric, name)));
}

/** Latency rows from every run's raw samples of the latency metrics measured on both sides. */
async function rawLatencyRows(baselines: LoadedRun[], current: LoadedRun, latency: Compared[], full: LatencyOptions) {
  const keys = new Map<string, ThresholdKey>(latency.map(([m]) => [m, parseThresholdKey(m)]));
  const read = (run: LoadedRun) => readRunSamples(run, keys);
  return latencyRows(
    {
      endpointKeys: latency.filter(([, k]) => k.kind === 'endpoint latency').map(([m]) => m),
      runWideKeys: latency.filter(([, k]) => k.kind === 'run-wide latency').map(([m]) => m),
      baseRuns: await Promise.all(baselines.map(read)),
      current: await read(current),
    },
    full,
  );
}

/** The row of a rate or server metric measured on both sides (latency rows are made apart). */
function figureRow(
  metric: string,
  { kind, stat }: Compared[1],
  baselines: LoadedRun[],
  current: LoadedRun,
  options: CompareOptions,
): Pending | undefined {
  const baseResults = baselines.map((b) => b.results);
  if (kind === 'rate') return rateRow(metric, baseResults, current.results, options);
  if (kind === 'server') return serverRow(metric, stat as 'p(95)' | 'max', baseResults, current.results, options);
  return undefined;
}

function missing(metric: string, { kind, stat }: Compared[1], current: LoadedRun): Pending {
  const unit = kind === 'rate' ? 'rate' : kind === 'server' ? (metric === 'server_memory_mb' ? 'MB' : 'percent') : 'ms';
  return missingRow(metric, stat, unit, current.results);
}

interface ReportParts {
  baselines: LoadedRun[];
  current: LoadedRun;
  options: CompareOptions;
  full: LatencyOptions;
  raw: boolean;
  shift: ComparisonReport['run_wide_shift'];
  warnings: string[];
}

/** Draws every judged row's interval at the family-wise level, and orders the rows worst first. */
function closeReport(pending: Pending[], { baselines, current, options, full, raw, shift, warnings }: ReportParts) {
  // One gate judges m metrics at once: each gets a 1 - 0.05/m interval (Bonferroni), so a healthy
  // run raises a false alarm on ANY metric at most 5 % of the time, not 5 % per metric.
  const judged = pending.filter((p) => p.finish);
  const z = probit(1 - 0.05 / Math.max(1, judged.length) / 2);
  for (const p of judged) p.finish!(z);
  const rows = pending.map((p) => p.row);
  const order: Record<ChangeVerdict, number> = { regressed: 0, inconclusive: 1, improved: 2, 'no change': 3 };
  rows.sort((a, b) => order[a.verdict] - order[b.verdict] || a.metric.localeCompare(b.metric));
  const report: ComparisonReport = {
    method:
      "block bootstrap (1 s blocks) of each p95, endpoints relative to the other endpoints' median change and scatter; Newcombe score interval for error rates; run-to-run spread of >= 2 baselines added; Bonferroni over the judged metrics",
    options: {
      tolerance: full.tolerance,
      min_ms: full.minMs,
      min_rate: options.minRate,
      resamples: full.resamples,
      seed: full.seed,
      block_s: full.blockS,
      inconclusive: options.inconclusive ?? 'warn',
    },
    confidence: { family: 0.95, per_metric: 1 - 0.05 / Math.max(1, judged.length), judged: judged.length },
    baselines: baselines.map((b) => b.label),
    current: current.label,
    raw_samples: raw,
    run_wide_shift: shift,
    warnings,
    regressions: rows.filter((r) => r.verdict === 'regressed').length,
    inconclusive: rows.filter((r) => r.verdict === 'inconclusive').length,
    rows,
  };
  return report;
}
