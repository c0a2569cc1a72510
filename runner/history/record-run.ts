// The history's one entry point for every way of running: after k6 and the run's results.json,
// recordRun adds the run to the store (when history is on) and says what changed over the last runs;
// historySection renders that for summary.md and report.html, and the facts go into results.json as
// `history`. A store that fails is reported and the run's reports are kept: recordRun never throws.
import { dirname } from 'node:path';
import type { HistoryChange, HistoryFacts } from '../../lib/report/results.ts';
import { ROOT } from '../k6/build-if-stale.ts';
import { analyzeRuns, type NamedChange, recentChanges, regressions } from './analyze.ts';
import { DEFAULT_DETECT } from './change-points.ts';
import { historyLocation, openHistoryStore } from './open-store.ts';
import { admit, machineFingerprint, RunRefused, runFactsOf, testOf } from './run-facts.ts';
import { type RunResults, seriesValues } from './series.ts';

/** The defaults of `npm run history`: the run's report says what `history -- check` would. */
const RECORD_OPTIONS = { ...DEFAULT_DETECT, last: 5, tolerance: 0.05 };

function factsOf(change: NamedChange): HistoryChange {
  return {
    series: change.series,
    unit: change.unit,
    run: change.run,
    commit: change.commit,
    time: change.time,
    change: change.change,
    interval: change.interval,
    before: change.before.mean,
    after: change.after.mean,
    runs_before: change.before.n,
    runs_after: change.after.n,
    p_value: change.pValue,
    worse: change.worse,
  };
}

const OPTIONS_FACTS = {
  window: RECORD_OPTIONS.window,
  p_value: RECORD_OPTIONS.pValue,
  min_magnitude: RECORD_OPTIONS.minMagnitude,
  last: RECORD_OPTIONS.last,
  tolerance: RECORD_OPTIONS.tolerance,
};

/**
 * Adds the finished run in runDir to the history and analyses its test's series. Null when history is
 * off (PERFORMANCE_HISTORY / PERFORMANCE_HISTORY_URL unset). Never throws: a store error comes back in
 * `error` (and on stderr), a run that is not whole in `refused`.
 */
export async function recordRun(
  runDir: string,
  results: RunResults,
  env: NodeJS.ProcessEnv = process.env,
): Promise<HistoryFacts | null> {
  let store = 'history store';
  const empty = { added: false, runs: 0, since: null, options: OPTIONS_FACTS, changes: [], regressions: [] };
  try {
    const location = historyLocation(env, dirname(runDir));
    if (location === null) return null;
    const opened = await openHistoryStore(location);
    store = opened.label;
    try {
      const test = testOf(results);
      let added = false;
      let refused: string | undefined;
      try {
        admit(results, runDir);
        const facts = runFactsOf(runDir, results, { env, cwd: ROOT, machine: machineFingerprint() });
        added = await opened.addRun(facts, seriesValues(results));
      } catch (error) {
        if (!(error instanceof RunRefused)) throw error;
        refused = error.message;
      }
      const runs = await opened.runs({ test });
      const analyses = analyzeRuns(runs, RECORD_OPTIONS);
      const first = runs.at(-RECORD_OPTIONS.last) ?? runs[0];
      return {
        store,
        test,
        added,
        ...(refused ? { refused } : {}),
        runs: runs.length,
        since: first ? { run: first.id, commit: first.commit, time: first.time } : null,
        options: OPTIONS_FACTS,
        changes: recentChanges(analyses, RECORD_OPTIONS.last).map(factsOf),
        regressions: regressions(analyses, RECORD_OPTIONS).map((r) => r.series),
      };
    } finally {
      await opened.close();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`course-perf: history: ${message}; the run's reports are kept\n`);
    return { store, test: null, ...empty, error: message };
  }
}
