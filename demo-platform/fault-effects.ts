// The process-wide faults: memory that is really held (so RSS/PSS grow), CPU burnt in a worker
// thread (so it counts as the platform's own CPU), and a crash after a delay.
import { Worker } from 'node:worker_threads';
import type { Faults } from './faults.ts';

// Busy for `share` of every 100 ms window, idle for the rest.
const BURNER = `
const { workerData } = require('node:worker_threads');
const windowMs = 100;
const busyMs = windowMs * workerData;
const tick = () => {
  const start = Date.now();
  while (Date.now() - start < busyMs) {}
  setTimeout(tick, windowMs - busyMs);
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
    stops.push(() => clearInterval(timer), () => (held.length = 0));
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
  return async () => {
    for (const stop of stops) await stop();
  };
}
