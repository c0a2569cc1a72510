// Distinct users with an authenticated request: since start (by role, in /metrics) and in the
// last window (the peruser fault's load factor).

import type { Role } from '../lib/users/pool-spec.ts';
import type { Session } from './auth.ts';

export class UserActivity {
  readonly seenByRole: Record<Role, Set<number>> = { regular: new Set(), power: new Set(), admin: new Set() };
  private readonly lastSeen = new Map<number, number>();
  private active = 0;
  private readonly counter: NodeJS.Timeout;

  constructor(private readonly windowMs: number) {
    // Counted every 250 ms rather than per request: a request must not pay for scanning every user.
    this.counter = setInterval(() => this.countActive(), 250);
    this.counter.unref();
  }

  /** Users seen in the last window, as of the last count. */
  get activeUsers(): number {
    return this.active;
  }

  saw(session: Session): void {
    if (!this.lastSeen.has(session.userId)) this.seenByRole[session.role].add(session.userId);
    this.lastSeen.set(session.userId, Date.now());
  }

  stop(): void {
    clearInterval(this.counter);
  }

  private countActive(): void {
    const since = Date.now() - this.windowMs;
    let n = 0;
    for (const at of this.lastSeen.values()) if (at >= since) n++;
    this.active = n;
  }
}
