// What an interactive run is doing now, in one line for the page: starting k6, preparing (k6's
// setup, with how far the dataset has got, read from what setup logs), running (users working of
// those set), stopping, and k6 not answering only once it had answered. Pure: the session gives it
// what it knows.

/** k6's execution status numbers as its REST API serves them (k6 v2.2): setup, then the scenarios, then teardown. */
const K6_SETUP = 6;
const K6_RUNNING = 7;
const K6_TEARDOWN = 8;

export type PhaseName = 'starting' | 'preparing' | 'running' | 'paused' | 'stopping';

export interface Phase {
  name: PhaseName;
  /** The status line: what the run is doing, and how far it has got. */
  text: string;
}

export interface PhaseFacts {
  /** k6's execution status from its REST API; null when it did not answer this time. */
  k6Status: number | null;
  /** k6's REST API answered at least once in this run. */
  k6Answered: boolean;
  /** A stop was asked, or k6 reached teardown: it stops answering soon, and that is no error. */
  k6Ending: boolean;
  /** Why k6's REST API did not answer this time. */
  k6Error: string | null;
  stopping: boolean;
  paused: boolean;
  usersWorking: number;
  usersSet: number;
  usersWanted: number;
  /** The last step setup logged (`setup: dataset: 1200 of 4080 course(s) created`), without its prefix. */
  setupStep: string | null;
  elapsedS: number;
}

export function phaseOf(f: PhaseFacts): Phase {
  if (f.stopping || f.k6Status === K6_TEARDOWN || (f.k6Status === null && f.k6Ending))
    return {
      name: 'stopping',
      text: `stopping: k6 ${f.k6Status === K6_TEARDOWN ? 'runs teardown' : 'stops its users'} and writes the reports`,
    };
  if (f.k6Status === null) {
    // Before k6's first answer it is starting (its VUs take a while); after, not answering is news.
    if (!f.k6Answered) return { name: 'starting', text: `starting k6 (${f.elapsedS} s)` };
    return { name: 'running', text: `k6 does not answer: ${f.k6Error ?? 'no reason given'}` };
  }
  if (f.k6Status < K6_SETUP)
    return { name: 'starting', text: `starting k6: its users are being made (${f.elapsedS} s)` };
  if (f.k6Status === K6_SETUP)
    return {
      name: 'preparing',
      text: `preparing the run (k6's setup)${f.setupStep ? `: ${f.setupStep}` : ''} (${f.elapsedS} s)`,
    };
  if (f.k6Status !== K6_RUNNING) return { name: 'stopping', text: 'stopping: k6 is finishing' };
  const ramp = f.usersSet !== f.usersWanted ? ` (ramping to ${f.usersWanted})` : '';
  const users = `${f.usersWorking} of ${f.usersSet} user(s) working${ramp}`;
  if (f.paused) return { name: 'paused', text: `paused: ${users}` };
  return { name: 'running', text: `running: ${users}` };
}

const SETUP_STEP = /msg="setup: ((?:[^"\\]|\\.)*)"/g;

/** The last step setup logged in k6's log, e.g. "dataset: 1200 of 4080 course(s) created"; null before any. */
export function lastSetupStep(k6Log: string): string | null {
  let last: string | null = null;
  for (const match of k6Log.matchAll(SETUP_STEP)) last = match[1]!;
  return last;
}
