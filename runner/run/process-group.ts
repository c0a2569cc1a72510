// Children the runner starts (k6, the demo platform) run in their own process group (spawned
// with `detached: true`), so a signal to the group reaches everything they started: stopping
// one leaves no orphan to skew the next measurement.
import type { ChildProcess } from 'node:child_process';

/** Sends `signal` to the child's whole process group; nothing when it has already gone. */
export function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group has already exited
  }
}
