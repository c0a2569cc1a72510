// The page's charts over time: one point per poll of k6's REST API (about a second), kept for the
// whole run (Apply, Pause and Resume only change what the points say). Requests and errors per
// second are the change of k6's cumulative counters between two polls; the latency is the last
// period's p50/p95 from k6's dashboard stream (what happens now, not the run so far); users and the
// server's CPU and memory as they were at the poll.
import type { K6Metric } from './k6-rest.ts';

export interface SeriesPoint {
  /** Seconds since Start. */
  t: number;
  rps: number | null;
  errorsPerS: number | null;
  p50: number | null;
  p95: number | null;
  usersWorking: number | null;
  usersSet: number;
  cpu: number | null;
  memoryMb: number | null;
}

export interface PollFacts {
  atMs: number;
  metrics: K6Metric[];
  latency: { p50: number | null; p95: number | null } | null;
  usersSet: number;
  server: { cpu_percent: number; memory_mb: number } | null;
}

export class RunSeries {
  private readonly points: SeriesPoint[] = [];
  private last: { atMs: number; requests: number; errors: number } | null = null;

  constructor(private readonly startedAtMs: number) {}

  /** Adds the point of one poll; a poll without k6's figures adds none (nothing was measured). */
  add(f: PollFacts): void {
    const sample = (name: string) => f.metrics.find((m) => m.name === name)?.sample;
    const requests = sample('http_reqs{scope:api}')?.count;
    if (requests === undefined) return;
    // k6 serves the failed share of those requests: their count is that share of the requests so far.
    const errors = Math.round((sample('http_req_failed{scope:api}')?.rate ?? 0) * requests);
    const last = this.last;
    const seconds = last ? (f.atMs - last.atMs) / 1000 : 0;
    const perS = (now: number, before: number | undefined) =>
      last && seconds > 0 && before !== undefined ? Math.max(0, now - before) / seconds : null;
    this.points.push({
      t: Math.round((f.atMs - this.startedAtMs) / 100) / 10,
      rps: perS(requests, last?.requests),
      errorsPerS: perS(errors, last?.errors),
      p50: f.latency?.p50 ?? null,
      p95: f.latency?.p95 ?? null,
      usersWorking: sample('users_active')?.count ?? null,
      usersSet: f.usersSet,
      cpu: f.server?.cpu_percent ?? null,
      memoryMb: f.server?.memory_mb ?? null,
    });
    this.last = { atMs: f.atMs, requests, errors };
  }

  /** The points from index `from` on (the page asks for what it has not drawn yet); `run` tells runs apart. */
  since(from: number): { run: number; from: number; points: SeriesPoint[] } {
    const start = Math.max(0, Math.min(from, this.points.length));
    return { run: this.startedAtMs, from: start, points: this.points.slice(start) };
  }
}
