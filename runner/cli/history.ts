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
import { checkedNumber, defineFlags, type NumberBounds, type RawValues, text, toggle } from './flags.ts';

class FlagError extends Error {}

const optional = (value: string, help: string) => text({ value, help, read: (v) => v });
/** A number flag read as typed, `scale` turning percent into a fraction. */
const numberFlag = (value: string, fallback: string, help: string, bounds: NumberBounds, scale = 1) =>
  text({
    value,
    default: fallback,
    help,
    read: (v, name) => checkedNumber(name, v ?? fallback, bounds, FlagError) / scale,
  });

const HISTORY_FLAGS = defineFlags({
  store: optional(
    'URL|FILE',
    'postgres://user:password@host/db or a SQLite file (default: PERFORMANCE_HISTORY_URL,\nelse $PERFORMANCE_REPORTS_DIR/history.sqlite, else reports/history.sqlite)',
  ),
  entry: optional('NAME', 'only runs of this entry'),
  test: optional('NAME', 'only this test (as show prints it)'),
  branch: optional('NAME', 'only runs of this branch'),
  window: numberFlag('N', '50', 'points per E-Divisive window (default 50, as Otava)', {
    min: 2,
    max: 10_000,
    integer: true,
  }),
  'p-value': numberFlag(
    'P',
    '0.005',
    "largest p-value of a change point, corrected for E-Divisive's choice of split\n(default 0.005; being corrected, fewer false alarms than Otava's 0.001)",
    { min: 1e-12, max: 0.5 },
  ),
  'min-magnitude': numberFlag(
    'PCT',
    '0',
    "smallest change kept, percent (default 0, as Otava's --magnitude)",
    { min: 0, max: 10_000 },
    100,
  ),
  'min-runs': numberFlag(
    'N',
    '2',
    'fewest runs each side of a change point (default 2: one odd run is no change; Otava 1)',
    { min: 1, max: 1000, integer: true },
  ),
  last: numberFlag('N', '5', 'change points of the last N runs: shown, and gated by check (default 5)', {
    min: 1,
    max: 1_000_000,
    integer: true,
  }),
  tolerance: numberFlag(
    'PCT',
    '5',
    'check: a worse segment fails only beyond this change, percent (default 5)',
    { min: 0, max: 10_000 },
    100,
  ),
  html: optional(
    'FILE',
    'where show writes history.html (default: history.html beside a SQLite store,\nelse in the reports folder)',
  ),
  help: toggle({ short: 'h', help: 'this help' }),
});

const USAGE = `usage: npm run history -- [command] [flags]
  show (default)          the change points of the last runs and the current segment of every series, per
                          test (entry, load shape, target); writes history.html
  check                   exit 99 when the newest runs opened a worse segment on a gated series (latency,
                          error rates, checks, server CPU p95 and memory peak) beyond --tolerance; 0 otherwise
  add <run folder>...     import finished run folders (the same run twice is added once)
  export-otava <dir>      one CSV per test and otava.yaml, Apache Otava's CSV layout
  import-otava <csv>      runs from an Otava CSV (time, commit, run, branch, one column per series); --test NAME

${HISTORY_FLAGS.help(23)}

Exit codes: 0 done (check: no worse segment), 99 check found one, 2 bad flag, store or input (named).`;

type Flags = ReturnType<typeof HISTORY_FLAGS.read>;

function analysisOptions(flags: Flags): AnalysisOptions {
  return {
    window: flags.window,
    pValue: flags['p-value'],
    minMagnitude: flags['min-magnitude'],
    minSegment: flags['min-runs'],
    last: flags.last,
    tolerance: flags.tolerance,
  };
}

const parse = () => parseArgs({ allowPositionals: true, strict: true, options: HISTORY_FLAGS.options });

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`history: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values: raw, positionals } = parsed;
  if (raw.help) {
    console.log(USAGE);
    return 0;
  }
  const [command = 'show', ...args] = positionals;
  try {
    const values = HISTORY_FLAGS.read(raw as RawValues);
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
