// How the suite names what it puts on the platform, so it can find it again.
// - The kept dataset: `course-perf dataset NN` (reused across runs, never removed by a run).
// - Everything a run creates: `perf-<kind> <run id> ...`; the run id starts with the run's start
//   time, so a later run can tell a killed run's leftovers from its own.
export const DATASET_TITLE = 'course-perf dataset';
/** A title filter matching every run-created course (and no dataset course). */
export const RUN_TITLE_FILTER = 'perf-';

export function datasetTitle(n: number): string {
  return `${DATASET_TITLE} ${String(n).padStart(2, '0')}`;
}

/** A new run id: start time (base 36 ms) and a random part. */
export function newRunId(now: number = Date.now()): string {
  return `${now.toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** The run id in a run-created title (`perf-<kind> <run id> ...`), or undefined. */
export function runIdOf(title: string): string | undefined {
  const match = /^perf-\S+ ([0-9a-z]+-[0-9a-z]+)(?:\s|$)/.exec(title);
  return match?.[1];
}

/** Start time of a run id, ms since the epoch, or undefined. */
function runStartOf(runId: string): number | undefined {
  const ms = parseInt(runId.split('-')[0]!, 36);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * How long after its start another run may still be going: the other segments of an execution-segmented
 * run start within seconds of each other, and a soak or a colleague's run against the same platform
 * lasts hours. Only runs older than this are taken for killed.
 */
export const LIVE_RUN_WINDOW_MS = 6 * 60 * 60 * 1000;

/**
 * Whether a run-created course is to be removed by run `current`: its own (teardown), or one of a
 * run that started more than LIVE_RUN_WINDOW_MS earlier (a killed run's leftovers; also titles of
 * older versions of the suite). A run that may still be going keeps its courses.
 */
export function isLeftover(title: string, current: string, own: boolean): boolean {
  if (!title.startsWith(RUN_TITLE_FILTER)) return false;
  const runId = runIdOf(title);
  if (own) return runId === current;
  if (runId === undefined) return true;
  if (runId === current) return false;
  const started = runStartOf(runId);
  return started === undefined || started < (runStartOf(current) ?? 0) - LIVE_RUN_WINDOW_MS;
}
