// The Prometheus metrics served at /metrics: Node's defaults, the users seen, and request durations by route.
import client from 'prom-client';
import type { UserActivity } from './user-activity.ts';

export interface Metrics {
  registry: client.Registry;
  duration: client.Histogram<'route' | 'method' | 'status'>;
}

export function createMetrics(activity: UserActivity): Metrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  new client.Gauge({
    name: 'demo_users_seen',
    help: 'Distinct users that made an authenticated request since start, by role',
    labelNames: ['role'],
    registers: [registry],
    collect() {
      for (const [role, users] of Object.entries(activity.seenByRole)) this.set({ role }, users.size);
    },
  });
  new client.Gauge({
    name: 'demo_users_active',
    help: "Distinct users with an authenticated request in the last window (10 s, or the peruser fault's window_s)",
    registers: [registry],
    collect() {
      this.set(activity.activeUsers);
    },
  });
  const duration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route name',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return { registry, duration };
}
