// A merged verdict (npm run merge) as a run's Results, so the finishing step renders its
// summary.md, junit.xml and report.html as it does a single run's.
import { basename } from 'node:path';
import { RESULTS_SCHEMA_VERSION, type Results, type ResultsThreshold } from '../../lib/report/results.ts';
import { statOf } from '../../lib/report/summary-data.ts';

export interface MergedRow {
  key: string;
  expression: string;
  observed: number | null;
  ok: boolean;
}

function unitOf(key: string, expression: string): NonNullable<ResultsThreshold['unit']> {
  if (expression.startsWith('rate')) return 'percent';
  if (expression.startsWith('count')) return 'count';
  return /duration|_ms/.test(key) ? 'ms' : 'value';
}

const isoOrNull = (seconds: number) => (Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : null);

/** The merged run of `script` from the processes' `files`, whose samples span firstS..lastS (Unix seconds). */
export function mergedResults(
  script: string,
  files: string[],
  rows: MergedRow[],
  span: { firstS: number; lastS: number; k6Version: string | null },
): Results {
  const thresholds = rows.map(({ key, expression, ok, observed }) => ({
    metric: key,
    expression,
    ok,
    observed,
    unit: unitOf(key, expression),
  }));
  // What was measured: each threshold's aggregate, as k6's summary would hold it.
  const metrics: Results['metrics'] = {};
  for (const row of rows) {
    if (row.observed !== null) metrics[row.key] = { ...metrics[row.key], [statOf(row.expression)]: row.observed };
  }
  const measured = Number.isFinite(span.firstS) && Number.isFinite(span.lastS);
  return {
    schema_version: RESULTS_SCHEMA_VERSION,
    run: {
      scenario: basename(script).replace(/\.js$/, ''),
      profile: null,
      target: null,
      k6_version: span.k6Version,
      git_commit: null,
      started_at: isoOrNull(span.firstS),
      finished_at: isoOrNull(span.lastS) ?? new Date().toISOString(),
      duration_ms: measured ? Math.round((span.lastS - span.firstS) * 1000) : null,
      outcome: thresholds.every((t) => t.ok) ? 'completed' : 'thresholds failed',
      merged_from: files,
    },
    verdict: thresholds.every((t) => t.ok) ? 'passed' : 'failed',
    thresholds: [...thresholds.filter((t) => !t.ok), ...thresholds.filter((t) => t.ok)],
    endpoints: [],
    dropped: null,
    metrics,
    resources: null,
  };
}
