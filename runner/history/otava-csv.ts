// Apache Otava's CSV layout, both ways, so a team can run Otava on this history (and bring a history
// kept for Otava in): one CSV per test, a `time` column, `commit`, `run` (and `branch` when known)
// attributes, one column per series; and an otava.yaml naming them, with each series' direction
// (-1: lower is better). Otava reads every cell of a metric column as a number, so only the series
// with a value in every run of the test are written; the others are named on stderr.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { safeName, seriesKind } from './series.ts';
import type { RunFacts, StoredRun } from './store.ts';

const ATTRIBUTES = ['commit', 'run', 'branch'];

function csvCell(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** "2026-12-06 04:35:12 +0000": the layout of Otava's own examples. */
function otavaTime(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')} +0000`;
}

function writeAtomic(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

export interface ExportedTest {
  test: string;
  name: string;
  file: string;
  series: string[];
  leftOut: string[];
}

/** One test's runs (time order) as a CSV; which series went in and which could not. */
function testCsv(runs: StoredRun[]): { csv: string; series: string[]; leftOut: string[] } {
  const all = [...new Set(runs.flatMap((run) => Object.keys(run.values)))].sort();
  const series = all.filter((name) => runs.every((run) => run.values[name] !== undefined));
  const withBranch = runs.some((run) => run.branch);
  const header = ['time', 'commit', 'run', ...(withBranch ? ['branch'] : []), ...series];
  const lines = runs.map((run) =>
    [
      otavaTime(run.time),
      run.commit ?? '',
      run.id,
      ...(withBranch ? [run.branch ?? ''] : []),
      ...series.map((name) => String(run.values[name])),
    ]
      .map(csvCell)
      .join(','),
  );
  return {
    csv: `${[header.join(','), ...lines].join('\n')}\n`,
    series,
    leftOut: all.filter((n) => !series.includes(n)),
  };
}

function yamlOf(tests: ExportedTest[]): string {
  const lines = [
    '# Written by npm run history -- export-otava: `otava analyze <test> --config-file otava.yaml`',
    'tests:',
  ];
  for (const t of tests) {
    lines.push(`  ${t.name}:`, `    # ${t.test}`, '    type: csv', `    file: ${JSON.stringify(t.file)}`);
    lines.push('    time_column: time', `    attributes: [${ATTRIBUTES.slice(0, 2).join(', ')}]`, '    metrics:');
    for (const s of t.series) {
      const worse = seriesKind(s).worse;
      lines.push(`      ${s}:`, `        column: ${s}`, `        direction: ${worse === 'down' ? 1 : -1}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Writes <dir>/<test>.csv for every test and <dir>/otava.yaml; returns what went where. */
export function exportOtava(runs: StoredRun[], dir: string): ExportedTest[] {
  mkdirSync(dir, { recursive: true });
  const byTest = new Map<string, StoredRun[]>();
  for (const run of runs) byTest.set(run.test, [...(byTest.get(run.test) ?? []), run]);
  const tests = [...byTest.entries()].map(([test, testRuns]) => {
    const name = safeName(test).replace(/^_+|_+$/g, '');
    const file = resolve(dir, `${name}.csv`);
    const { csv, series, leftOut } = testCsv(testRuns);
    writeAtomic(file, csv);
    return { test, name, file, series, leftOut };
  });
  writeAtomic(join(dir, 'otava.yaml'), yamlOf(tests));
  return tests;
}

/** RFC 4180 rows: quoted cells may hold commas, quotes ("") and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[i++];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((x) => x !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  row.push(cell);
  if (row.some((x) => x !== '')) rows.push(row);
  return rows;
}

export class CsvInputError extends Error {}

/** Runs of an Otava CSV: `time` required; `commit`, `run`, `branch` read when present; every other column a series. */
export function importOtavaCsv(file: string, test: string): { run: RunFacts; values: Record<string, number> }[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  if (!header) throw new CsvInputError(`${file} is empty`);
  const at = (name: string) => header.indexOf(name);
  if (at('time') < 0) throw new CsvInputError(`${file} has no "time" column (Otava's time_column)`);
  const metricColumns = header.map((name, i) => ({ name, i })).filter((c) => !['time', ...ATTRIBUTES].includes(c.name));
  return rows.map((row, n) => {
    const time = new Date(row[at('time')]!.replace(/ ([+-]\d{2})(\d{2})$/, '$1:$2'));
    if (Number.isNaN(time.getTime()))
      throw new CsvInputError(`${file} row ${n + 2}: time ${JSON.stringify(row[at('time')])} is not a date`);
    const values: Record<string, number> = {};
    for (const { name, i } of metricColumns) {
      const cell = row[i]?.trim();
      if (cell && Number.isFinite(Number(cell)))
        values[/^[a-z0-9_.]+$/.test(name) ? name : safeName(name)] = Number(cell);
    }
    const cellOf = (name: string) => (at(name) >= 0 && row[at(name)] ? row[at(name)]! : null);
    return {
      run: {
        id: cellOf('run') ?? `${basename(file)}#${n + 1}`,
        test,
        entry: test,
        commit: cellOf('commit'),
        branch: cellOf('branch'),
        time: time.toISOString(),
        load: null,
        k6Version: null,
        target: null,
        machine: null,
      },
      values,
    };
  });
}
