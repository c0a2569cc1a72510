// The k6 side of the resource sidecar: a 1/s scenario polls the sidecar's samples into Trend
// metrics, and teardown records the memory growth, so the server's CPU and memory are ordinary
// k6 thresholds in the same run. Polls carry scope:sidecar and emit no http_req_failed samples
// (responseCallback: null), so the API figures and thresholds never see them.
import http from 'k6/http';
import { Counter, Trend } from 'k6/metrics';
import type { Gate } from '../thresholds/expressions.ts';
import type { Scenario } from './shapes.ts';

export const serverCpuPercent = new Trend('server_cpu_percent');
export const serverCpuCoresPercent = new Trend('server_cpu_cores_percent');
export const serverMemoryMb = new Trend('server_memory_mb');
export const serverSamplesMissing = new Counter('server_samples_missing');
export const serverMemoryGrowth = new Trend('server_memory_growth_mb_per_min');

interface Sample {
  seq: number;
  cpu_percent: number;
  cpu_cores_percent: number;
  memory_mb: number;
}

const POLL = { tags: { scope: 'sidecar', name: 'sidecar' }, responseCallback: null, timeout: '2s' } as const;
let cursor = 0;

/** The resources scenario: one poll a second for the whole run, on one VU. */
export function resourcesScenario(durationS: number): Scenario {
  return {
    executor: 'constant-arrival-rate',
    exec: 'pollResources',
    rate: 1,
    timeUnit: '1s',
    duration: `${Math.max(1, Math.ceil(durationS))}s`,
    preAllocatedVUs: 1,
    maxVUs: 1,
  };
}

function parse<T>(body: unknown): T | undefined {
  try {
    return typeof body === 'string' ? (JSON.parse(body) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** One poll: every new sample becomes a metric sample; a poll that gets no answer counts as missing. */
export function pollResources(sidecarUrl: string): void {
  const res = http.get(`${sidecarUrl}/samples?since=${cursor}`, POLL as never);
  const body = res.status === 200 ? parse<{ samples: Sample[] }>(res.body) : undefined;
  if (!body || !Array.isArray(body.samples)) {
    serverSamplesMissing.add(1);
    return;
  }
  if (body.samples.length === 0) {
    serverSamplesMissing.add(1); // a live sidecar adds a sample every interval: none new is a gap
    return;
  }
  for (const sample of body.samples) {
    serverCpuPercent.add(sample.cpu_percent);
    serverCpuCoresPercent.add(sample.cpu_cores_percent);
    serverMemoryMb.add(sample.memory_mb);
    cursor = Math.max(cursor, sample.seq);
  }
}

/** Teardown: the memory growth after warm-up, MB per minute, as the sidecar computed it. */
export function recordMemoryGrowth(sidecarUrl: string): void {
  const res = http.get(`${sidecarUrl}/summary`, POLL as never);
  const summary = res.status === 200 ? parse<{ memory_growth_mb_per_min: number | null }>(res.body) : undefined;
  if (summary && typeof summary.memory_growth_mb_per_min === 'number') serverMemoryGrowth.add(summary.memory_growth_mb_per_min);
}

export interface ResourceLimits {
  memoryMb: number;
  cpuPercent: number;
  /** Gate on memory growth (soak), MB per minute after warm-up. */
  growthMbPerMin?: number;
  /** Fail the run when samples went missing (the sidecar stopped answering). */
  failOnMissing?: boolean;
}

/** Server memory peak, CPU p95, and optionally growth and gaps, as gates. */
export function resourceGates(limits: ResourceLimits): Gate[] {
  const gates: Gate[] = [
    { metric: 'server_memory_mb', rules: [{ stat: 'max', op: '<', value: limits.memoryMb }] },
    { metric: 'server_cpu_percent', rules: [{ stat: 'p(95)', op: '<', value: limits.cpuPercent }] },
  ];
  if (limits.growthMbPerMin !== undefined) gates.push({ metric: 'server_memory_growth_mb_per_min', rules: [{ stat: 'max', op: '<', value: limits.growthMbPerMin }] });
  if (limits.failOnMissing) gates.push({ metric: 'server_samples_missing', rules: [{ stat: 'count', op: '<', value: 1 }] });
  return gates;
}
