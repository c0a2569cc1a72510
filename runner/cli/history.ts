// npm run history -- [show|check|add|export-otava|import-otava] [flags]: the performance history of
// every run kept in one store (reports/history.sqlite, or PostgreSQL at PERFORMANCE_HISTORY_URL), its
// change points named by commit, history.html, and a CI gate on a real shift across runs.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AnalysisOptions } from '../history/analyze.ts';
import { add, check, exportCommand, importCommand, loadTests, type Selection, show } from '../history/commands.ts';
import { commandLocation, openHistoryStore } from '../history/open-store.ts';
import { CsvInputError } from '../history/otava-csv.ts';
import { HistoryStoreError } from '../history/store.ts';

const USAGE = `usage: npm run history -- [command] [flags]
  show (default)          the change points of the last runs and the current segment of every series, per
                          test (entry, load shape, target); writes history.html
  check                   exit 99 when the newest runs opened a worse segment on a gated series (latency,
                          error rates, checks, server CPU p95 and memory peak) beyond --tolerance; 0 otherwise
  add <run folder>...     import finished run folders (the same run twice is added once)
  export-otava <dir>      one CSV per test and otava.yaml, Apache Otava's CSV layout
  import-otava <csv>      runs from an Otava CSV (time, commit, run, branch, one column per series); --test NAME

  --store URL|FILE        postgres://user:password@host/db or a SQLite file (default: PERFORMANCE_HISTORY_URL,
                          else $PERFORMANCE_REPORTS_DIR/history.sqlite, else reports/history.sqlite)
  --entry NAME            only runs of this entry      --test NAME   only this test (as show prints it)
  --branch NAME           only runs of this branch
  --window N              points per E-Divisive window (default 50, as Otava)
  --p-value P             largest p-value of a change point, corrected for E-Divisive's choice of split
                          (default 0.005; being corrected, fewer false alarms than Otava's 0.001)
  --min-magnitude PCT     smallest change kept, percent (default 0, as Otava's --magnitude)
  --min-runs N            fewest runs each side of a change point (default 2: one odd run is no change; Otava 1)
  --last N                change points of the last N runs: shown, and gated by check (default 5)
  --tolerance PCT         check: a worse segment fails only beyond this change, percent (default 5)
  --html FILE             where show writes history.html (default: history.html beside a SQLite store,
                          else in the reports folder)

Exit codes: 0 done (check: no worse segment), 99 check found one, 2 bad flag, store or input (named).`;

class FlagError extends Error {}

function number(flag: string, value: string, min: number, max: number, integer = false): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?(e-?\d+)?$/.test(value) || n < min || n > max || (integer && !Number.isInteger(n)))
    throw new FlagError(
      `--${flag} ${JSON.stringify(value)}: expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`,
    );
  return n;
}

type Values = Record<string, string | boolean | undefined>;

function analysisOptions(values: Values): AnalysisOptions {
  const pValue = number('p-value', values['p-value'] as string, 1e-12, 0.5);
  if (pValue <= 0) throw new FlagError('--p-value must be above 0');
  return {
    window: number('window', values.window as string, 2, 10_000, true),
    pValue,
    minMagnitude: number('min-magnitude', values['min-magnitude'] as string, 0, 10_000) / 100,
    minSegment: number('min-runs', values['min-runs'] as string, 1, 1000, true),
    last: number('last', values.last as string, 1, 1_000_000, true),
    tolerance: number('tolerance', values.tolerance as string, 0, 10_000) / 100,
  };
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    strict: true,
    options: {
      store: { type: 'string' },
      entry: { type: 'string' },
      test: { type: 'string' },
      branch: { type: 'string' },
      window: { type: 'string', default: '50' },
      'p-value': { type: 'string', default: '0.005' },
      'min-magnitude': { type: 'string', default: '0' },
      'min-runs': { type: 'string', default: '2' },
      last: { type: 'string', default: '5' },
      tolerance: { type: 'string', default: '5' },
      html: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`history: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [command = 'show', ...args] = positionals;
  try {
    const options = analysisOptions(values);
    if (!['show', 'check', 'add', 'export-otava', 'import-otava'].includes(command))
      throw new FlagError(`unknown command ${JSON.stringify(command)}`);
    if (command === 'add' && args.length === 0) throw new FlagError('add: name one or more run folders');
    if (command.endsWith('-otava') && args.length !== 1)
      throw new FlagError(`${command}: name one ${command === 'export-otava' ? 'folder' : 'CSV file'}`);
    if (command === 'import-otava' && !values.test)
      throw new FlagError('import-otava: --test NAME says which test the runs belong to');
    const location = commandLocation(values.store, process.env);
    const store = await openHistoryStore(location);
    try {
      if (command === 'add') return await add(store, args, process.env);
      if (command === 'import-otava') {
        await importCommand(store, args[0]!, values.test!);
        return 0;
      }
      const selection: Selection = { entry: values.entry, test: values.test, branch: values.branch };
      const tests = await loadTests(store, selection, options);
      if (command === 'check') return check(tests, options);
      if (command === 'export-otava') exportCommand(tests, args[0]!);
      else show(tests, store.label, options, values.html ?? htmlBeside(location));
      return 0;
    } finally {
      await store.close();
    }
  } catch (error) {
    if (error instanceof FlagError || error instanceof HistoryStoreError || error instanceof CsvInputError) {
      console.error(`history: ${error.message}${error instanceof FlagError ? `\n${USAGE}` : ''}`);
      return 2;
    }
    throw error;
  }
}

/** history.html beside a SQLite store; for PostgreSQL, in the reports folder. */
function htmlBeside(location: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location))
    return join(process.env.PERFORMANCE_REPORTS_DIR || 'reports', 'history.html');
  return join(location.replace(/^sqlite:/i, ''), '..', 'history.html');
}

process.exitCode = await main();
