// The lock and coherency faults' one global lock: requests queue for it in arrival order and hold
// it for a timer's length (no CPU is burnt, so the limit is the lock's alone, whatever the machine
// is doing). A lock held M ms per request caps throughput at 1000/M per second; a hold of C ms per
// request in flight makes each request's serial part grow with concurrency.
import type { Faults, RouteName } from './faults.ts';
import { forRoute } from './faults.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class GlobalLock {
  private tail: Promise<void> = Promise.resolve();
  /** Requests the platform has accepted and not yet answered. */
  inFlight = 0;

  constructor(private readonly faults: Pick<Faults, 'lockMs' | 'coherencyMsPerInflight'>) {}

  /** The hold `route` asks for now (0: it does not take the lock). */
  holdMs(route: RouteName): number {
    const lock = forRoute(this.faults.lockMs, route) ?? 0;
    return lock + this.faults.coherencyMsPerInflight * this.inFlight;
  }

  /** Waits for the lock, holds it `ms`, releases it. */
  async hold(ms: number): Promise<void> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise((resolve) => (release = resolve));
    await previous;
    try {
      await sleep(ms);
    } finally {
      release();
    }
  }
}
