// The process-wide faults: memory that is really held (so RSS/PSS grow), CPU burnt in a worker
// thread (so it counts as the platform's own CPU), a crash after a delay, and freezes of the
// event loop.
import { Worker } from 'node:worker_threads';
import type { Faults } from './faults.ts';

// Burns `share` of a core measured in this thread's own CPU time (/proc/thread-self/stat), not wall
// time: a wall-clock busy loop gets less CPU when the 2 cores are contended and would under-burn.
// It keeps cumulative CPU at share x elapsed, catching up at most 1 s of debt (off Linux: wall time).
const BURNER = `
const { workerData: share } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const cpuMs = () => {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime in 10 ms ticks
  } catch { return undefined; }
};
const started = Date.now();
const baseline = cpuMs();
let wallBusyMs = 0; // used when /proc/thread-self is unavailable
let forgivenMs = 0; // debt beyond 1 s is dropped, so a long stall does not become a long burst
const tick = () => {
  const used = (baseline === undefined ? wallBusyMs : cpuMs() - baseline) + forgivenMs;
  const debt = share * (Date.now() - started) - used;
  if (debt > 1000) forgivenMs += debt - 1000;
  const from = Date.now();
  const until = from + Math.max(0, Math.min(debt, 50));
  while (Date.now() < until) {}
  wallBusyMs += Date.now() - from;
  setTimeout(tick, debt > 50 ? 0 : 10); // still behind: come straight back
};
tick();
`;

export function startFaultEffects(faults: Faults, log: (msg: string, extra?: object) => void): () => Promise<void> {
  const stops: (() => unknown)[] = [];
  if (faults.leak) {
    const { mbPerS, maxMb } = faults.leak;
    const held: Buffer[] = [];
    let heldMb = 0;
    const timer = setInterval(() => {
      if (heldMb >= maxMb) return;
      const mb = Math.min(mbPerS / 10, maxMb - heldMb);
      // allocUnsafe + fill touches every page: zero-filled allocations may never become resident.
      held.push(Buffer.allocUnsafe(Math.round(mb * 1024 * 1024)).fill(0x5a));
      heldMb += mb;
    }, 100);
    stops.push(
      () => clearInterval(timer),
      () => (held.length = 0),
    );
  }
  if (faults.cpuShare > 0) {
    const worker = new Worker(BURNER, { eval: true, workerData: faults.cpuShare });
    worker.unref();
    stops.push(() => worker.terminate());
  }
  if (faults.crashAfterS !== undefined) {
    const timer = setTimeout(() => {
      log('crash fault: exiting now', { after_s: faults.crashAfterS });
      process.exit(1);
    }, faults.crashAfterS * 1000);
    timer.unref();
    stops.push(() => clearTimeout(timer));
  }
  if (faults.freeze) stops.push(startFreezes(faults.freeze, log));
  return async () => {
    for (const stop of stops) await stop();
  };
}

/**
 * Blocks the event loop for `ms` (Atomics.wait: the thread sleeps, burning no CPU, as a stopped
 * process would), after `afterS` and then every `everyS` seconds. Nothing is answered meanwhile;
 * the kernel still accepts connections and queues requests, answered when the freeze ends.
 */
function startFreezes(freeze: NonNullable<Faults['freeze']>, log: (msg: string, extra?: object) => void): () => void {
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  let timer: NodeJS.Timeout;
  const freezeOnce = () => {
    const started = Date.now();
    log('freeze fault: the event loop stops now', { ms: freeze.ms });
    Atomics.wait(sleeper, 0, 0, freeze.ms);
    log('freeze fault: the event loop runs again', { frozen_ms: Date.now() - started });
    if (freeze.everyS !== undefined)
      timer = setTimeout(freezeOnce, Math.max(0, started + freeze.everyS * 1000 - Date.now())).unref();
  };
  timer = setTimeout(freezeOnce, freeze.afterS * 1000).unref();
  return () => clearTimeout(timer);
}
