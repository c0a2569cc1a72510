// How a comparison reads: each row's change and value, the console table, and the gate's closing
// line and exit code.
import type { ComparisonReport, ComparisonRow } from './compare-model.ts';

export const signed = (x: number, digits = 0) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;

/** "p95 +12 % [+7 %, +18 %]" for latency; "rate +3.1 pt [+1.9, +4.4]" for error rates. */
export function describeChange(row: ComparisonRow): string {
  if (row.change === null) return 'n/a';
  if (row.stat === 'rate') {
    const pt = (x: number) => signed(x * 100, 1);
    return `rate ${pt(row.change)} pt${row.interval ? ` [${pt(row.interval[0])}, ${pt(row.interval[1])}]` : ''}`;
  }
  const pc = (x: number) => `${signed(x * 100)} %`;
  // Latency is judged on both scales (tolerance and --min-ms): both intervals are shown.
  const unit = row.unit === 'ms' ? ' ms' : row.unit === 'MB' ? ' MB' : ' pt';
  const abs = row.interval_abs ? `, ${signed(row.interval_abs[0], 1)}…${signed(row.interval_abs[1], 1)}${unit}` : '';
  return `${row.stat === 'max' ? 'max' : row.stat === 'p(95)' ? 'p95' : row.stat} ${pc(row.change)}${row.interval ? ` [${pc(row.interval[0])}, ${pc(row.interval[1])}${abs}]` : ''}`;
}

export function formatValue(v: number | null, unit: ComparisonRow['unit']): string {
  if (v === null || !Number.isFinite(v)) return 'n/a';
  if (unit === 'rate') return `${(v * 100).toFixed(2)}%`;
  if (unit === 'percent') return `${v.toFixed(1)}%`;
  return `${v.toFixed(2)}${unit === 'MB' ? ' MB' : ' ms'}`;
}

export function formatComparison(report: ComparisonReport): string {
  const width = Math.max(6, ...report.rows.map((r) => r.metric.length));
  const lines = [
    `baseline: ${report.baselines.join(', ')} (${report.baselines.length} run${report.baselines.length > 1 ? 's' : ''})`,
    `current:  ${report.current}`,
    `regressed only when the whole interval is beyond +${(report.options.tolerance * 100).toFixed(0)} % and +${report.options.min_ms} ms (latency) / +${(report.options.min_rate * 100).toFixed(1)} points (error rates);`,
    `intervals: 95 % for all ${report.confidence.judged} judged metrics together (${(report.confidence.per_metric * 100).toFixed(2)} % each, Bonferroni); seed ${report.options.seed}, ${report.options.resamples} resamples`,
  ];
  if (report.run_wide_shift)
    lines.push(
      `run-wide shift (median p95 change of ${report.run_wide_shift.endpoints} endpoints): ${signed(report.run_wide_shift.change * 100)} %; endpoint changes below are relative to it`,
    );
  for (const w of report.warnings) lines.push(`warning: ${w}`);
  lines.push(
    '',
    `${'metric'.padEnd(width)}  ${'verdict'.padEnd(18)}  ${'baseline'.padStart(10)}  ${'current'.padStart(10)}  change [interval]         samples`,
  );
  for (const r of report.rows) {
    const samples = r.samples
      ? `${r.samples.baseline} vs ${r.samples.current}${r.samples.baseline_runs > 1 ? ` (${r.samples.baseline_runs} baseline runs)` : ''}`
      : '-';
    const verdict = r.verdict === 'regressed' ? 'REGRESSED' : r.verdict;
    lines.push(
      `${r.metric.padEnd(width)}  ${verdict.padEnd(18)}  ${formatValue(r.baseline, r.unit).padStart(10)}  ${formatValue(r.current, r.unit).padStart(10)}  ${describeChange(r).padEnd(24)}  ${samples}${r.note ? `  (${r.note})` : ''}`,
    );
  }
  return lines.join('\n');
}

/**
 * The gate's answer to a comparison: exit 99 on a regression (or, with --inconclusive fail, on an
 * inconclusive metric), else 0; and the closing line, which never says "no regression" while a
 * metric could not be judged.
 */
export function comparisonOutcome(report: ComparisonReport): { code: 0 | 99; line: string; failed: string[] } {
  const regressed = report.rows.filter((r) => r.verdict === 'regressed');
  const open = report.rows.filter((r) => r.verdict === 'inconclusive');
  const names = (rows: ComparisonRow[]) => rows.map((r) => `${r.metric} ${r.stat}`);
  const openLine = open.length
    ? `${open.length} of ${report.rows.length} metrics inconclusive (a regression could be neither shown nor ruled out; each row's note says what would settle it): ${names(open).slice(0, 6).join(', ')}${open.length > 6 ? ', …' : ''}`
    : '';
  const failOnOpen = report.options.inconclusive === 'fail' && open.length > 0;
  if (regressed.length > 0) {
    return {
      code: 99,
      line: `${regressed.length} regression(s): ${names(regressed).join(', ')}${openLine ? `; ${openLine}` : ''}`,
      failed: [
        ...names(regressed).map((n) => `${n} regressed vs baseline`),
        ...(failOnOpen ? names(open).map((n) => `${n} inconclusive vs baseline`) : []),
      ],
    };
  }
  if (open.length > 0) {
    const policy = failOnOpen ? 'exit 99 (--inconclusive fail)' : 'exit 0 (--inconclusive fail would make it 99)';
    return {
      code: failOnOpen ? 99 : 0,
      line: `no regression shown, but ${openLine}; ${policy}`,
      failed: failOnOpen ? names(open).map((n) => `${n} inconclusive vs baseline`) : [],
    };
  }
  return {
    code: 0,
    line: 'no regression beyond the noise, the tolerance and the floors: every metric judged',
    failed: [],
  };
}
