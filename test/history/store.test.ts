// The history stores, for real: a SQLite file and a throwaway PostgreSQL server (Debian's postgresql,
// as .ci/run installs it) given the same history answer the same (runs, values, change points, the
// gate's verdict); the same run added twice is there once; a half-written run folder is refused by
// name; a store that cannot be reached or has another schema exits 2, and recordRun then says so and
// never throws, so no run loses its reports.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { HEALTHY_RUNS_FIXTURE } from '../../bench/lib/synthetic-history.ts';
import { freeLoopbackPort } from '../../runner/dashboard/dashboard-proxy.ts';
import { loadTests } from '../../runner/history/commands.ts';
import { openHistoryStore } from '../../runner/history/open-store.ts';
import { recordRun } from '../../runner/history/record-run.ts';
import type { RunResults } from '../../runner/history/series.ts';
import type { HistoryStore, RunFacts } from '../../runner/history/store.ts';
import { type PostgresServer, startPostgres } from '../helpers/postgres.ts';
import { runScript } from '../helpers/spawn.ts';

const OPTIONS = { window: 50, pValue: 0.001, minMagnitude: 0, minSegment: 2, last: 5, tolerance: 0.05 };
const work = mkdtempSync(join(tmpdir(), 'history-store-'));
const FIXTURE_RUN = 'test/fixtures/report/load-run';

/** The fixture's real healthy runs as one test's history, the server's memory peak 100 MB higher from the 15th run on. */
function history(): { run: RunFacts; values: Record<string, number> }[] {
  const runs = JSON.parse(readFileSync(HEALTHY_RUNS_FIXTURE, 'utf8')).runs as { values: Record<string, number> }[];
  return runs.map((r, i) => ({
    run: {
      id: `run-${String(i).padStart(2, '0')}`,
      test: 'load · fixture',
      entry: 'load',
      commit: `c${String(i).padStart(3, '0')}`,
      branch: 'main',
      time: new Date(Date.UTC(2026, 11, 1, 0, i)).toISOString(),
      load: '{"concurrent_users":10}',
      k6Version: '2.2.0',
      target: 'http://127.0.0.1:8000',
      machine: 'test machine',
    },
    values: i >= 14 ? { ...r.values, 'server.memory_peak_mb': r.values['server.memory_peak_mb']! + 100 } : r.values,
  }));
}

async function fill(store: HistoryStore): Promise<void> {
  for (const { run, values } of history()) assert.equal(await store.addRun(run, values), true);
  for (const { run, values } of history().slice(0, 3)) assert.equal(await store.addRun(run, values), false);
}

const cli = (args: string[], env: Record<string, string> = {}) =>
  runScript('runner/cli/history.ts', args, env, 60_000).done;

describe('history stores: SQLite and PostgreSQL', { timeout: 300_000 }, () => {
  let server: PostgresServer;
  const sqliteFile = join(work, 'history.sqlite');
  before(async () => {
    server = await startPostgres();
  });
  after(async () => {
    await server?.stop();
    rmSync(work, { recursive: true, force: true });
  });

  test('the same history in both gives the same runs, values, change points and gate verdict', async () => {
    const sqlite = await openHistoryStore(sqliteFile);
    const postgres = await openHistoryStore(server.url());
    try {
      await fill(sqlite);
      await fill(postgres);
      const [a, b] = [await sqlite.runs(), await postgres.runs()];
      assert.equal(a.length, history().length, 'each run once, though three were added twice');
      assert.deepEqual(b, a);
      assert.deepEqual(await postgres.runs({ test: 'load · fixture', branch: 'main' }), a);
      assert.deepEqual(await postgres.runs({ branch: 'other' }), []);
      const [ta, tb] = [await loadTests(sqlite, {}, OPTIONS), await loadTests(postgres, {}, OPTIONS)];
      assert.deepEqual(tb, ta);
      const changed = ta[0]!.analyses.find((x) => x.series === 'server.memory_peak_mb')!;
      assert.deepEqual(
        changed.changes.map((c) => [c.run, c.commit]),
        [['run-14', 'c014']],
      );
    } finally {
      await sqlite.close();
      await postgres.close();
    }
    const checks = [
      await cli(['check', '--store', sqliteFile, '--last', '10']),
      await cli(['check', '--store', server.url(), '--last', '10']),
    ];
    for (const result of checks) {
      assert.equal(result.code, 99, result.stderr);
      assert.match(result.stderr, /server\.memory_peak_mb \+\d+ % .* worse from run run-14, commit c014/);
    }
    assert.equal(checks[0]!.stderr, checks[1]!.stderr, 'the same verdict, word for word');
  });

  test('a store of another schema version, or not a store, exits 2 naming it', async () => {
    const file = join(work, 'v99.sqlite');
    const db = new Database(file);
    db.exec(
      'CREATE TABLE perf_history_meta (schema_version INTEGER NOT NULL); INSERT INTO perf_history_meta VALUES (99);',
    );
    db.close();
    const notDb = join(work, 'not-a-db.sqlite');
    writeFileSync(notDb, 'this is not SQLite\n'.repeat(100));
    const client = new pg.Client({ connectionString: server.url() });
    await client.connect();
    await client.query('CREATE DATABASE other');
    await client.end();
    const other = new pg.Client({ connectionString: server.url('other') });
    await other.connect();
    await other.query('CREATE TABLE perf_history_runs (id TEXT)');
    await other.end();
    for (const [store, message] of [
      [file, /schema version 99; this suite reads and writes version 1/],
      [notDb, /cannot (open|read) the history store sqlite:.*not-a-db\.sqlite: file is not a database/],
      [server.url('other'), /has history tables but no perf_history_meta table/],
    ] as const) {
      const result = await cli(['check', '--store', store]);
      assert.equal(result.code, 2, `${store}: ${result.stdout}${result.stderr}`);
      assert.match(result.stderr, message);
    }
  });

  test('an unreachable PostgreSQL exits 2 saying so; recordRun reports it, returns, and leaves the run alone', async () => {
    const port = await freeLoopbackPort(); // nothing listens there
    const url = `postgres://perf:secret@127.0.0.1:${port}/history`;
    const result = await cli(['check', '--store', url]);
    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      new RegExp(`cannot reach the history store postgres://perf@127\\.0\\.0\\.1:${port}/history: .*ECONNREFUSED`),
    );
    assert.doesNotMatch(result.stderr, /secret/, 'no password in a message');
    const reports = join(work, 'reports-unreachable');
    mkdirSync(reports);
    const runDir = join(reports, '20261206-000000Z-load-aaaaaa');
    cpSync(FIXTURE_RUN, runDir, { recursive: true });
    const before = readFileSync(join(runDir, 'results.json'), 'utf8');
    const results = JSON.parse(before) as RunResults;
    const facts = await recordRun(runDir, results, { PERFORMANCE_HISTORY_URL: url });
    assert.ok(facts?.error?.includes('cannot reach the history store'), JSON.stringify(facts));
    assert.equal(facts?.added, false);
    assert.equal(readFileSync(join(runDir, 'results.json'), 'utf8'), before);
  });

  test('recordRun: off unless asked; adds a finished run once; npm run history -- add refuses half-written folders', async () => {
    const reports = join(work, 'reports');
    mkdirSync(reports);
    const runDir = join(reports, '20261206-000000Z-load-bbbbbb');
    cpSync(FIXTURE_RUN, runDir, { recursive: true });
    const results = JSON.parse(readFileSync(join(runDir, 'results.json'), 'utf8')) as RunResults;
    assert.equal(await recordRun(runDir, results, {}), null, 'history off by default');
    const env = { PERFORMANCE_HISTORY: 'on', PERFORMANCE_HISTORY_COMMIT: 'platform-commit-1' };
    const first = await recordRun(runDir, results, env);
    assert.equal(first?.added, true, JSON.stringify(first));
    assert.equal(first?.store, `sqlite:${join(reports, 'history.sqlite')}`);
    assert.equal(first?.runs, 1);
    const second = await recordRun(runDir, results, env);
    assert.equal(second?.added, false);
    assert.equal(second?.runs, 1);
    const aborted = join(reports, '20261206-000100Z-load-cccccc');
    cpSync(FIXTURE_RUN, aborted, { recursive: true });
    const abortedResults = { ...results, run: { ...results.run, outcome: 'aborted' } };
    const third = await recordRun(aborted, abortedResults, env);
    assert.match(third?.refused ?? '', /outcome "aborted": its figures cover part of the run/);
    assert.equal(third?.runs, 1);

    const empty = join(reports, '20261206-000200Z-load-dddddd');
    mkdirSync(empty);
    const truncated = join(reports, '20261206-000300Z-load-eeeeee');
    cpSync(FIXTURE_RUN, truncated, { recursive: true });
    writeFileSync(join(truncated, 'results.json'), readFileSync(join(truncated, 'results.json'), 'utf8').slice(0, 500));
    const store = join(reports, 'history.sqlite');
    const add = await cli(['add', empty, truncated, runDir, '--store', store]);
    assert.equal(add.code, 2, add.stdout + add.stderr);
    assert.match(add.stderr, /dddddd: no results\.json \(ENOENT\): a run that never finished is not added/);
    assert.match(add.stderr, /eeeeee\/results\.json is not valid JSON .*: a half-written run is not added/);
    assert.match(add.stdout, /already there: 20261206-000000Z-load-bbbbbb/);
    const opened = await openHistoryStore(store);
    assert.deepEqual(
      (await opened.runs()).map((r) => [r.id, r.commit, r.machine !== null]),
      [['20261206-000000Z-load-bbbbbb', 'platform-commit-1', true]],
    );
    await opened.close();
  });
});
