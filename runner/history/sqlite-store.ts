// The embedded history store: one SQLite file (better-sqlite3), by default reports/history.sqlite.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import {
  assemble,
  CREATE_SCHEMA,
  filterSql,
  HISTORY_SCHEMA_VERSION,
  type HistoryStore,
  HistoryStoreError,
  RUN_COLUMNS,
  type RunFacts,
  type RunFilter,
  type RunRowShape,
  runRow,
  type StoredRun,
  storedValues,
  TABLES,
  wrongVersion,
} from './store.ts';

function tableNames(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
    (row) => row.name,
  );
}

/** Makes the schema in a new file; checks the version of an existing one. */
function ensureSchema(db: Database.Database, label: string): void {
  db.transaction(() => {
    const tables = tableNames(db);
    if (!tables.includes(TABLES.meta)) {
      if (tables.some((name) => name.startsWith('perf_history_')))
        throw new HistoryStoreError(
          `${label} has history tables but no ${TABLES.meta} table: not a store this suite wrote`,
        );
      for (const statement of CREATE_SCHEMA) db.prepare(statement).run();
      return;
    }
    const row = db.prepare(`SELECT schema_version FROM ${TABLES.meta}`).get() as
      | { schema_version: unknown }
      | undefined;
    if (row?.schema_version !== HISTORY_SCHEMA_VERSION) throw wrongVersion(label, row?.schema_version ?? null);
  }).immediate();
}

/** SQLite's own errors (locked, corrupt, a column missing) as store errors. */
function guarded<T>(label: string, what: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof HistoryStoreError) throw error;
    throw new HistoryStoreError(`cannot ${what} the history store ${label}: ${(error as Error).message}`);
  }
}

class SqliteStore implements HistoryStore {
  constructor(
    private readonly db: Database.Database,
    readonly label: string,
  ) {}

  async addRun(run: RunFacts, values: Record<string, number>): Promise<boolean> {
    return guarded(this.label, 'write to', () => this.insert(run, values));
  }

  private insert(run: RunFacts, values: Record<string, number>): boolean {
    const insertRun = this.db.prepare(
      `INSERT INTO ${TABLES.runs} (${RUN_COLUMNS}) VALUES (${RUN_COLUMNS.split(',')
        .map(() => '?')
        .join(', ')}) ON CONFLICT (id) DO NOTHING`,
    );
    const insertValue = this.db.prepare(`INSERT INTO ${TABLES.values} (run_id, series, value) VALUES (?, ?, ?)`);
    return this.db
      .transaction(() => {
        if (insertRun.run(...runRow(run, new Date().toISOString())).changes === 0) return false;
        for (const [series, value] of storedValues(values)) insertValue.run(run.id, series, value);
        return true;
      })
      .immediate();
  }

  async runs(filter: RunFilter = {}): Promise<StoredRun[]> {
    return guarded(this.label, 'read', () => this.select(filter));
  }

  private select(filter: RunFilter): StoredRun[] {
    const { where, params } = filterSql(filter, () => '?');
    const rows = this.db
      .prepare(`SELECT ${RUN_COLUMNS} FROM ${TABLES.runs} ${where} ORDER BY run_time, id`)
      .all(...params) as RunRowShape[];
    const values = this.db
      .prepare(
        `SELECT v.run_id, v.series, v.value FROM ${TABLES.values} v JOIN ${TABLES.runs} r ON r.id = v.run_id ${where.replace(/\b(test|branch) =/g, 'r.$1 =')} ORDER BY v.run_id, v.series`,
      )
      .all(...params) as { run_id: string; series: string; value: number }[];
    return assemble(rows, values);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

export function openSqliteStore(file: string): HistoryStore {
  const path = resolve(file);
  const label = `sqlite:${path}`;
  let db: Database.Database;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path, { timeout: 10_000 });
    db.pragma('journal_mode = WAL'); // readers (npm run history) never block a run adding itself
    db.pragma('foreign_keys = ON');
  } catch (error) {
    throw new HistoryStoreError(`cannot open the history store ${label}: ${(error as Error).message}`);
  }
  try {
    ensureSchema(db, label);
  } catch (error) {
    db.close();
    if (error instanceof HistoryStoreError) throw error;
    throw new HistoryStoreError(`cannot read the history store ${label}: ${(error as Error).message}`);
  }
  return new SqliteStore(db, label);
}
