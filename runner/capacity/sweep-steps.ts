// A capacity run's steps from k6's JSON output (--out json): the API requests of each step's
// steady window (tagged step and window by lib/load/capacity-control.ts), their throughput, mean
// and p95 response times and errors, with the sidecar's CPU and memory over the same window.
import { readK6Json } from '../k6/json-output.ts';
import type { ServerSample } from '../report/html-report.ts';

export interface SweepStep {
  users: number;
  /** Seconds of the steady window. */
  seconds: number;
  requests: number;
  requestsPerS: number;
  meanMs: number;
  p95Ms: number;
  errorRate: number;
  durationsMs: number[];
  cpuPercentMean: number | null;
  memoryMbPeak: number | null;
}

interface Raw {
  durations: number[];
  errors: number;
  firstMs: number;
  lastMs: number;
}

/** Every steady window's requests, by step (its users). */
async function readSteady(file: string): Promise<Map<number, Raw>> {
  const steps = new Map<number, Raw>();
  await readK6Json(file, {
    wants: (metric) => metric === 'http_req_duration' || metric === 'http_req_failed',
    onPoint: ({ metric, ms, value, tags }) => {
      if (tags.scope !== 'api' || tags.window !== 'steady' || !/^\d+$/.test(tags.step ?? '')) return;
      const users = Number(tags.step);
      const raw = steps.get(users) ?? { durations: [], errors: 0, firstMs: ms, lastMs: ms };
      steps.set(users, raw);
      if (metric === 'http_req_duration') raw.durations.push(value);
      else if (value === 1) raw.errors++;
      raw.firstMs = Math.min(raw.firstMs, ms);
      raw.lastMs = Math.max(raw.lastMs, ms);
    },
  });
  return steps;
}

function percentile95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)]!;
}

/**
 * The steps with data, in rising users. `steadyS` is each step's steady window; a step whose
 * requests span less than half of it (the run ended inside it) is left out as incomplete.
 */
export async function sweepSteps(file: string, steadyS: number, server: ServerSample[]): Promise<SweepStep[]> {
  const raw = await readSteady(file);
  return [...raw.entries()]
    .sort(([a], [b]) => a - b)
    .filter(([, r]) => r.durations.length > 0 && (r.lastMs - r.firstMs) / 1000 >= steadyS / 2)
    .map(([users, r]) => {
      const samples = server.filter((s) => s.t >= r.firstMs && s.t <= r.lastMs + 1000);
      return {
        users,
        seconds: steadyS,
        requests: r.durations.length,
        requestsPerS: r.durations.length / steadyS,
        meanMs: r.durations.reduce((a, b) => a + b, 0) / r.durations.length,
        p95Ms: percentile95(r.durations),
        errorRate: r.errors / r.durations.length,
        durationsMs: r.durations,
        cpuPercentMean: samples.length ? samples.reduce((a, s) => a + s.cpu_percent, 0) / samples.length : null,
        memoryMbPeak: samples.length ? Math.max(...samples.map((s) => s.memory_mb)) : null,
      };
    });
}
