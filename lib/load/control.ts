// Users steered while the test runs (npm run ui). k6 v2 has no live VU changes: it dropped the
// externally-controlled executor (grafana/k6 #5846) and its REST API answers a PATCH of vus or
// paused with "not supported". So the run starts a fixed pool of VUs and each VU asks the
// controller (the page's server, on loopback) how many users should be working and whether the
// run is paused: the user numbered n works while n <= users and the run is not paused, and waits
// otherwise. The controller gives each VU its user number (runner/interactive/user-numbers.ts: a
// k6 VU id is not a place in the pool). The number of working users is k6's own sum of every VU's +1 (starts working) and
// -1 (stops), in the counter `users_active`, so it reaches the REST API, the summary and the JSON
// output like any other metric.

import { sleep } from 'k6';
import http from 'k6/http';
import { Counter } from 'k6/metrics';
import type { Scenario } from './shapes.ts';

/** Net count of working users: +1 when a VU starts working, -1 when it stops (k6 sums them). */
const usersActive = new Counter('users_active');

export interface ControlState {
  users: number;
  paused: boolean;
  /** This VU's user number in the pool (1-based), 0 until the controller has given one. */
  user: number;
}

/** The pool: `vus` VUs for the whole run; the controller decides how many of them work. */
export function controlledPool(exec: string, vus: number, durationS: number): Scenario {
  return { executor: 'constant-vus', exec, vus, duration: `${durationS}s`, gracefulStop: '30s' };
}

const POLL = { tags: { scope: 'control', name: 'control' }, responseCallback: null, timeout: '2s' } as const;
const POLL_EVERY_MS = 1000;

// Per VU: the last state the controller gave, when it was read, and whether this VU counts as working.
let state: ControlState = { users: 0, paused: true, user: 0 };
let readAt = 0;
let working = false;

/** The controller's current state, read at most once a second per VU; the last known one when it does not answer. */
function controlState(controlUrl: string, vuId: number): ControlState {
  if (Date.now() - readAt < POLL_EVERY_MS) return state;
  readAt = Date.now();
  const res = http.get(`${controlUrl}/control?vu=${vuId}`, POLL as never);
  if (res.status === 200) {
    try {
      const body = JSON.parse(res.body as string) as ControlState;
      if (typeof body.users === 'number' && typeof body.paused === 'boolean' && typeof body.user === 'number') {
        state = body;
      }
    } catch {
      // keep the last state
    }
  }
  return state;
}

function setWorking(now: boolean): void {
  if (now !== working) usersActive.add(now ? 1 : -1);
  working = now;
}

/**
 * Waits until this VU (k6's `vuId`) should work: returns its user number when it should, 0 when
 * it waited `maxWaitS` without being asked to (the caller ends the iteration; k6 starts the next).
 */
export function waitForTurn(controlUrl: string, vuId: number, maxWaitS = 60): number {
  const until = Date.now() + maxWaitS * 1000;
  for (;;) {
    const now = controlState(controlUrl, vuId);
    const turn = !now.paused && now.user > 0 && now.user <= now.users;
    setWorking(turn);
    if (turn) return now.user;
    if (Date.now() >= until) return 0;
    sleep(0.25);
  }
}

/**
 * Called at every think-time point of a workflow: while the run is paused the user waits here,
 * so requests stop within one step. A user told to leave finishes its iteration first (as k6's
 * gracefulRampDown does), so no workflow is cut in half.
 */
export function holdWhilePaused(controlUrl: string, vuId: number, maxWaitS = 600): void {
  const until = Date.now() + maxWaitS * 1000;
  let held = false;
  while (controlState(controlUrl, vuId).paused && Date.now() < until) {
    held = true;
    setWorking(false);
    sleep(0.25);
  }
  if (held) setWorking(true); // back to the rest of its iteration
}
