// The history store: one schema, versioned, in SQLite (the default, a file beside the run folders) or
// PostgreSQL (a team's shared store: PERFORMANCE_HISTORY_URL=postgres://...). Both answer the same
// questions with the same rows: runs of a test in time order, each with its series values.

/** Bumped when the tables change; a store of another version is refused, never migrated silently. */
export const HISTORY_SCHEMA_VERSION = 1;

/** The facts of one run (README "Performance history"). */
export interface RunFacts {
  /** The run folder's name: reports/<time>-<entry>-<random>. */
  id: string;
  /** Runs are compared only with runs of the same test: entry, load shape and target. */
  test: string;
  entry: string;
  commit: string | null;
  branch: string | null;
  /** ISO 8601; the order of the history. */
  time: string;
  /** The load shape as JSON (results.json run.load), or null. */
  load: string | null;
  k6Version: string | null;
  target: string | null;
  machine: string | null;
}

export interface StoredRun extends RunFacts {
  values: Record<string, number>;
}

export interface RunFilter {
  test?: string;
  branch?: string;
}

export interface HistoryStore {
  /** Where it is, without a password: for messages and results.json. */
  readonly label: string;
  /** Adds the run and its values in one transaction; false (and nothing written) when its id is already there. */
  addRun(run: RunFacts, values: Record<string, number>): Promise<boolean>;
  /** Runs in time order (then id), each with its values. */
  runs(filter?: RunFilter): Promise<StoredRun[]>;
  close(): Promise<void>;
}

/** A store that cannot be reached, read or written, or has another schema: exit 2, said plainly. */
export class HistoryStoreError extends Error {}

export const TABLES = {
  meta: 'perf_history_meta',
  runs: 'perf_history_runs',
  values: 'perf_history_values',
} as const;

/** The schema, in the SQL both SQLite and PostgreSQL accept. */
export const CREATE_SCHEMA = [
  `CREATE TABLE ${TABLES.meta} (schema_version INTEGER NOT NULL)`,
  `CREATE TABLE ${TABLES.runs} (
    id TEXT PRIMARY KEY,
    test TEXT NOT NULL,
    entry TEXT NOT NULL,
    commit_sha TEXT,
    branch TEXT,
    run_time TEXT NOT NULL,
    load_shape TEXT,
    k6_version TEXT,
    target TEXT,
    machine TEXT,
    added_at TEXT NOT NULL
  )`,
  `CREATE TABLE ${TABLES.values} (
    run_id TEXT NOT NULL REFERENCES ${TABLES.runs} (id),
    series TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, series)
  )`,
  `CREATE INDEX ${TABLES.runs}_by_test ON ${TABLES.runs} (test, run_time, id)`,
  `INSERT INTO ${TABLES.meta} (schema_version) VALUES (${HISTORY_SCHEMA_VERSION})`,
];

export const RUN_COLUMNS =
  'id, test, entry, commit_sha, branch, run_time, load_shape, k6_version, target, machine, added_at';

export function runRow(run: RunFacts, addedAt: string): (string | null)[] {
  return [
    run.id,
    run.test,
    run.entry,
    run.commit,
    run.branch,
    run.time,
    run.load,
    run.k6Version,
    run.target,
    run.machine,
    addedAt,
  ];
}

/** The values a store keeps: finite numbers only (a NaN would read back as NULL in one store and fail in the other). */
export function storedValues(values: Record<string, number>): [string, number][] {
  return Object.entries(values).filter(([, value]) => Number.isFinite(value));
}

/** The WHERE clause and its parameters for a filter, with the store's placeholder style. */
export function filterSql(filter: RunFilter, placeholder: (n: number) => string): { where: string; params: string[] } {
  const clauses: string[] = [];
  const params: string[] = [];
  if (filter.test !== undefined) {
    params.push(filter.test);
    clauses.push(`test = ${placeholder(params.length)}`);
  }
  if (filter.branch !== undefined) {
    params.push(filter.branch);
    clauses.push(`branch = ${placeholder(params.length)}`);
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export interface RunRowShape {
  id: string;
  test: string;
  entry: string;
  commit_sha: string | null;
  branch: string | null;
  run_time: string;
  load_shape: string | null;
  k6_version: string | null;
  target: string | null;
  machine: string | null;
}

/** Rows of runs and values (ordered) into runs with their values. */
export function assemble(
  rows: RunRowShape[],
  values: { run_id: string; series: string; value: number }[],
): StoredRun[] {
  const byId = new Map<string, StoredRun>();
  const runs = rows.map((row) => {
    const run: StoredRun = {
      id: row.id,
      test: row.test,
      entry: row.entry,
      commit: row.commit_sha,
      branch: row.branch,
      time: row.run_time,
      load: row.load_shape,
      k6Version: row.k6_version,
      target: row.target,
      machine: row.machine,
      values: {},
    };
    byId.set(row.id, run);
    return run;
  });
  for (const v of values) {
    const run = byId.get(v.run_id);
    if (run) run.values[v.series] = Number(v.value);
  }
  return runs;
}

/** The message for a store whose version table says another version. */
export function wrongVersion(label: string, found: unknown): HistoryStoreError {
  return new HistoryStoreError(
    `${label} has history schema version ${JSON.stringify(found)}; this suite reads and writes version ${HISTORY_SCHEMA_VERSION}. Point PERFORMANCE_HISTORY_URL (or --store) at a store of this version, or a new one.`,
  );
}
