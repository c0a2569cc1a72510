// A team's shared history store: PostgreSQL (PERFORMANCE_HISTORY_URL=postgres://user:password@host/db),
// the same tables as the SQLite file. Made on first use under an advisory lock, so two runs starting
// against a new database at once do not both create the tables.
import pg from 'pg';
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

/** Any number: one lock id for "making the history schema". */
const SCHEMA_LOCK = 727_123_001;

/** The URL without its password: for messages and results.json. */
function postgresLabel(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString().replace(/:@/, '@');
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

async function ensureSchema(client: pg.Client, label: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    const tables = (
      await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'perf_history_%'",
      )
    ).rows.map((row) => row.table_name);
    if (!tables.includes(TABLES.meta)) {
      if (tables.length > 0)
        throw new HistoryStoreError(
          `${label} has history tables but no ${TABLES.meta} table: not a store this suite wrote`,
        );
      for (const statement of CREATE_SCHEMA) await client.query(statement);
    } else {
      const row = (await client.query(`SELECT schema_version FROM ${TABLES.meta}`)).rows[0];
      if (row?.schema_version !== HISTORY_SCHEMA_VERSION) throw wrongVersion(label, row?.schema_version ?? null);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** pg's connection errors: Node gives an AggregateError with an empty message when every address refused. */
function describe(error: unknown): string {
  if (error instanceof AggregateError)
    return error.errors.map((e) => (e as Error).message || (e as NodeJS.ErrnoException).code).join('; ');
  return (error as Error).message || (error as NodeJS.ErrnoException).code || String(error);
}

async function guarded<T>(label: string, what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HistoryStoreError) throw error;
    throw new HistoryStoreError(`cannot ${what} the history store ${label}: ${describe(error)}`);
  }
}

class PostgresStore implements HistoryStore {
  constructor(
    private readonly client: pg.Client,
    readonly label: string,
  ) {}

  addRun(run: RunFacts, values: Record<string, number>): Promise<boolean> {
    return guarded(this.label, 'write to', async () => {
      const columns = RUN_COLUMNS.split(',');
      await this.client.query('BEGIN');
      try {
        const inserted = await this.client.query(
          `INSERT INTO ${TABLES.runs} (${RUN_COLUMNS}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT (id) DO NOTHING`,
          runRow(run, new Date().toISOString()),
        );
        if (inserted.rowCount === 0) {
          await this.client.query('ROLLBACK');
          return false;
        }
        for (const [series, value] of storedValues(values))
          await this.client.query(`INSERT INTO ${TABLES.values} (run_id, series, value) VALUES ($1, $2, $3)`, [
            run.id,
            series,
            value,
          ]);
        await this.client.query('COMMIT');
        return true;
      } catch (error) {
        await this.client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  runs(filter: RunFilter = {}): Promise<StoredRun[]> {
    return guarded(this.label, 'read', async () => {
      const { where, params } = filterSql(filter, (n) => `$${n}`);
      const rows = await this.client.query<RunRowShape>(
        `SELECT ${RUN_COLUMNS} FROM ${TABLES.runs} ${where} ORDER BY run_time, id`,
        params,
      );
      const values = await this.client.query<{ run_id: string; series: string; value: number }>(
        `SELECT v.run_id, v.series, v.value FROM ${TABLES.values} v JOIN ${TABLES.runs} r ON r.id = v.run_id ${where.replace(/\b(test|branch) =/g, 'r.$1 =')} ORDER BY v.run_id, v.series`,
        params,
      );
      return assemble(rows.rows, values.rows);
    });
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}

export async function openPostgresStore(url: string): Promise<HistoryStore> {
  const label = postgresLabel(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000, query_timeout: 60_000 });
  client.on('error', () => undefined); // a dropped connection fails the next query, which says so
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new HistoryStoreError(`cannot reach the history store ${label}: ${describe(error)}`);
  }
  try {
    await ensureSchema(client, label);
  } catch (error) {
    await client.end().catch(() => undefined);
    if (error instanceof HistoryStoreError) throw error;
    throw new HistoryStoreError(`cannot read the history store ${label}: ${describe(error)}`);
  }
  return new PostgresStore(client, label);
}
