// results.json `history` (schemas/results.schema.json): what recordRun found. Types only, with no
// imports, so lib/report/results.ts (the k6 world, no Node types) can name them in Results.

export interface HistoryChange {
  series: string;
  unit: string;
  run: string;
  commit: string | null;
  time: string;
  change: number | null;
  interval: [number, number] | null;
  before: number;
  after: number;
  runs_before: number;
  runs_after: number;
  p_value: number;
  worse: boolean | null;
}

/** results.json `history` (schemas/results.schema.json). */
export interface HistoryFacts {
  store: string;
  test: string | null;
  added: boolean;
  /** Why this run was not added (its figures cover part of the run). */
  refused?: string;
  /** The store failed: said here and on stderr; the run's own reports are complete. */
  error?: string;
  runs: number;
  /** The oldest of the last `last` runs: what "changes since" counts from. */
  since: { run: string; commit: string | null; time: string } | null;
  options: { window: number; p_value: number; min_magnitude: number; last: number; tolerance: number };
  changes: HistoryChange[];
  /** Series `npm run history -- check` would fail on now. */
  regressions: string[];
}
