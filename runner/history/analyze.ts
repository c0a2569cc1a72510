// The history of one test, series by series: its points (one per run that has the figure), its change
// points named by run and commit, and the segments between them; and the gate: does a recent change
// point open a worse segment on a gated series, beyond the tolerance?
import { type ChangePoint, type DetectOptions, detectChangePoints, type Segment, segments } from './change-points.ts';
import { type SeriesKind, seriesKind } from './series.ts';
import type { StoredRun } from './store.ts';

export interface AnalysisOptions extends DetectOptions {
  /** Change points "of the last N runs": the ones printed, and the ones the gate looks at. */
  last: number;
  /** Relative change a worse segment must exceed to fail the gate (0.05 = 5 %). */
  tolerance: number;
}

export interface SeriesPoint {
  run: string;
  commit: string | null;
  time: string;
  value: number;
}

/** A change point, named: the first run of the new segment, its commit and time. */
export interface NamedChange extends ChangePoint {
  series: string;
  unit: string;
  run: string;
  commit: string | null;
  time: string;
  /** Worse for this series (latency up, checks down, ...); null for a series with no worse way. */
  worse: boolean | null;
  /** How many runs of the test are newer than this change's first run. */
  runsAfter: number;
}

export interface SeriesAnalysis {
  series: string;
  kind: SeriesKind;
  points: SeriesPoint[];
  changes: NamedChange[];
  segments: Segment[];
}

function isWorse(kind: SeriesKind, change: ChangePoint): boolean | null {
  if (kind.worse === null) return null;
  const up = change.after.mean > change.before.mean;
  return kind.worse === 'up' ? up : !up && change.after.mean !== change.before.mean;
}

/** Every series of the runs (which are of one test, in time order). */
export function analyzeRuns(runs: StoredRun[], options: DetectOptions): SeriesAnalysis[] {
  const names = [...new Set(runs.flatMap((run) => Object.keys(run.values)))].sort();
  const position = new Map(runs.map((run, i) => [run.id, i]));
  return names.map((series) => {
    const kind = seriesKind(series);
    const points = runs
      .filter((run) => run.values[series] !== undefined)
      .map((run) => ({ run: run.id, commit: run.commit, time: run.time, value: run.values[series]! }));
    const values = points.map((p) => p.value);
    const found = detectChangePoints(values, options);
    const changes = found.map((change): NamedChange => {
      const at = points[change.index]!;
      return {
        ...change,
        series,
        unit: kind.unit,
        run: at.run,
        commit: at.commit,
        time: at.time,
        worse: isWorse(kind, change),
        runsAfter: runs.length - 1 - position.get(at.run)!,
      };
    });
    return { series, kind, points, changes, segments: segments(values, found) };
  });
}

/** Change points whose first run is among the test's last `last` runs, newest first. */
export function recentChanges(analyses: SeriesAnalysis[], last: number): NamedChange[] {
  return analyses
    .flatMap((a) => a.changes.filter((c) => c.runsAfter < last))
    .sort((a, b) => a.runsAfter - b.runsAfter || a.series.localeCompare(b.series));
}

/**
 * What `history -- check` fails on: on a gated series, the newest segment began within the last `last`
 * runs, is worse than the one before it, and by more than the tolerance (a rise from 0 always is).
 */
export function regressions(
  analyses: SeriesAnalysis[],
  options: Pick<AnalysisOptions, 'last' | 'tolerance'>,
): NamedChange[] {
  return analyses
    .filter((a) => a.kind.gated)
    .flatMap((a) => {
      const newest = a.changes.at(-1);
      if (!newest || newest.runsAfter >= options.last || newest.worse !== true) return [];
      return newest.change === null || Math.abs(newest.change) > options.tolerance ? [newest] : [];
    })
    .sort((a, b) => a.series.localeCompare(b.series));
}
