// What `npm run history -- <command>` does, once the store is open and the flags are checked:
// show (the current segment of every series and the recent change points, plus history.html), check
// (the CI gate), add (import run folders), export-otava / import-otava (Otava's CSV layout).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ROOT } from '../k6/build-if-stale.ts';
import { type AnalysisOptions, analyzeRuns, recentChanges, regressions, type SeriesAnalysis } from './analyze.ts';
import { changeLine, figure, shortCommit, shortTime } from './format.ts';
import { renderHistoryHtml, type TestHistory } from './history-html.ts';
import { exportOtava, importOtavaCsv } from './otava-csv.ts';
import { admit, RunRefused, readRunResults, runFactsOf } from './run-facts.ts';
import { seriesValues } from './series.ts';
import type { HistoryStore, RunFilter } from './store.ts';

export interface Selection extends RunFilter {
  entry?: string;
}

/** The store's runs, by test (in first-seen order), each analysed. */
export async function loadTests(
  store: HistoryStore,
  selection: Selection,
  options: AnalysisOptions,
): Promise<TestHistory[]> {
  const runs = (await store.runs({ test: selection.test, branch: selection.branch })).filter(
    (run) => selection.entry === undefined || run.entry === selection.entry,
  );
  const byTest = new Map<string, typeof runs>();
  for (const run of runs) byTest.set(run.test, [...(byTest.get(run.test) ?? []), run]);
  return [...byTest.entries()].map(([test, testRuns]) => ({
    test,
    runs: testRuns,
    analyses: analyzeRuns(testRuns, options),
  }));
}

function segmentLine(a: SeriesAnalysis): string {
  const current = a.segments.at(-1)!;
  const since = a.points[current.from]!;
  const unit = a.kind.unit === 'ratio' ? '' : ` ${a.kind.unit}`;
  const spread = current.to - current.from > 1 ? ` ± ${figure(current.sd)}` : '';
  const from = current.from === 0 ? 'first run' : `${shortCommit(since.commit)} ${shortTime(since.time)}`;
  return `    ${a.series.padEnd(44)} ${`${figure(current.mean)}${spread}${unit}`.padEnd(24)} since ${from} (${current.to - current.from} runs)`;
}

/** Prints every test's recent change points and current segments; writes history.html. */
export function show(tests: TestHistory[], storeLabel: string, options: AnalysisOptions, htmlFile: string): void {
  console.log(`history: ${storeLabel}: ${tests.reduce((n, t) => n + t.runs.length, 0)} runs in ${tests.length} tests`);
  console.log(
    `change points: E-Divisive means, Student's t, window ${options.window}, p-value ${options.pValue}, minimum magnitude ${(options.minMagnitude * 100).toFixed(1)} %`,
  );
  for (const t of tests) {
    const last = t.runs.at(-1)!;
    console.log(
      `\n${t.test}\n  ${t.runs.length} runs, newest ${shortTime(last.time)} commit ${shortCommit(last.commit)}${last.branch ? ` (${last.branch})` : ''}`,
    );
    const recent = recentChanges(t.analyses, options.last);
    console.log(
      recent.length
        ? `  change points in the last ${options.last} runs:`
        : `  no change point in the last ${options.last} runs`,
    );
    for (const change of recent) console.log(`    ${change.worse ? '✗' : '·'} ${changeLine(change)}`);
    console.log('  current segment of each series (mean ± sd):');
    for (const a of t.analyses) console.log(segmentLine(a));
  }
  mkdirSync(dirname(htmlFile), { recursive: true });
  writeFileSync(`${htmlFile}.tmp`, renderHistoryHtml(storeLabel, tests, options, new Date()));
  renameSync(`${htmlFile}.tmp`, htmlFile);
  console.log(`\nhistory.html: ${resolve(htmlFile)}`);
}

/** The gate: exit 99 when a gated series opened a worse segment in the last runs, naming it; else 0. */
export function check(tests: TestHistory[], options: AnalysisOptions): number {
  const found = tests.flatMap((t) => regressions(t.analyses, options).map((r) => ({ test: t.test, r })));
  const gated = tests.reduce((n, t) => n + t.analyses.filter((a) => a.kind.gated).length, 0);
  const scope = `the last ${options.last} runs, tolerance ${(options.tolerance * 100).toFixed(1)} %; ${gated} gated series in ${tests.length} tests`;
  if (found.length === 0) {
    console.log(`history check: no gated series opened a worse segment (${scope})`);
    return 0;
  }
  console.error(`history check: ${found.length} gated series opened a worse segment (${scope}):`);
  for (const test of new Set(found.map((f) => f.test))) {
    console.error(`  ${test}`);
    for (const { r } of found.filter((f) => f.test === test)) console.error(`    ${changeLine(r)}`);
  }
  return 99;
}

/** Imports run folders; a folder that is not a whole run is named and skipped. Exit 2 when one was. */
export async function add(store: HistoryStore, folders: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let refused = 0;
  for (const folder of folders) {
    try {
      const results = readRunResults(folder);
      admit(results, folder);
      const facts = runFactsOf(folder, results, { env, cwd: ROOT, machine: null });
      const added = await store.addRun(facts, seriesValues(results));
      if (added) console.log(`added: ${facts.id} (${facts.test}, commit ${shortCommit(facts.commit)})`);
      else console.log(`already there: ${facts.id} (the same run is added once)`);
    } catch (error) {
      if (!(error instanceof RunRefused)) throw error;
      refused++;
      console.error(`not added: ${error.message}`);
    }
  }
  return refused > 0 ? 2 : 0;
}

export function exportCommand(tests: TestHistory[], dir: string): void {
  for (const t of exportOtava(
    tests.flatMap((x) => x.runs),
    dir,
  )) {
    console.log(`${t.file}: ${t.series.length} series (test ${t.name})`);
    if (t.leftOut.length)
      console.error(`  left out (not in every run, Otava reads no empty cell): ${t.leftOut.join(', ')}`);
  }
  console.log(`${resolve(dir, 'otava.yaml')}: otava analyze <test> --config-file ${resolve(dir, 'otava.yaml')}`);
}

export async function importCommand(store: HistoryStore, file: string, test: string): Promise<void> {
  let added = 0;
  const rows = importOtavaCsv(file, test);
  for (const { run, values } of rows) added += (await store.addRun(run, values)) ? 1 : 0;
  console.log(`${file}: ${added} of ${rows.length} runs added to ${test} (${rows.length - added} already there)`);
}
