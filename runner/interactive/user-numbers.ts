// The pool's user numbers. k6's VU ids are shared by every scenario of the run (the health probe
// and the resources poller take some, and which ones varies run to run), so a VU id is not a
// place in the pool: the controller numbers the VUs 1, 2, 3 … in the order they first ask, and a
// VU keeps its number for the whole run.

export class UserNumbers {
  private readonly byVuId = new Map<number, number>();

  /** The user number of k6's VU `vuId` (given on its first ask); 0 for an id that is not one. */
  of(vuId: number): number {
    if (!Number.isInteger(vuId) || vuId <= 0) return 0;
    let user = this.byVuId.get(vuId);
    if (user === undefined) {
      user = this.byVuId.size + 1;
      this.byVuId.set(vuId, user);
    }
    return user;
  }
}
