// The k6 side of the resource sidecar: a 1/s scenario polls the sidecar's samples into Trend
// metrics, and teardown records the memory growth, so the server's CPU and memory are ordinary
// k6 thresholds in the same run. Polls carry scope:sidecar and emit no http_req_failed samples
// (responseCallback: null), so the API figures and thresholds never see them.
import exec from 'k6/execution';
import http from 'k6/http';
import { Counter, Trend } from 'k6/metrics';
import { toK6Thresholds, type Gate, type K6Thresholds } from '../../thresholds/expressions.ts';
import type { Scenario } from '../load/shapes.ts';

/** Percent of the CPUs available to the server, 0-100. */
export const serverCpuPercent = new Trend('server_cpu_percent');
/** Per-core sum: 100 = one core fully busy. */
export const serverCpuCoresPercent = new Trend('server_cpu_cores_percent');
/** PSS sum (process tree), working set (cgroup), RSS (/metrics) or the memory query (Prometheus server), MB. */
export const serverMemoryMb = new Trend('server_memory_mb');
/** Polls the sidecar did not answer, plus readings the sidecar failed to take: each about one interval without data. */
export const serverSamplesMissing = new Counter('server_samples_missing');
/** MB per minute after the sidecar's warm-up (least-squares slope), recorded once in teardown. */
export const serverMemoryGrowth = new Trend('server_memory_growth_mb_per_min');

interface Sample {
  seq: number;
  cpu_percent: number;
  cpu_cores_percent: number;
  memory_mb: number;
}

const POLL = { tags: { scope: 'sidecar', name: 'sidecar' }, responseCallback: null, timeout: '2s' } as const;
// Per VU (the scenario has one): the last seq received and the sidecar's failed-reading count seen.
let cursor = 0;
let errorsSeen: number | undefined;

/** The resources scenario: one poll a second for the whole run, on one VU. */
export function resourcesScenario(durationS: number, startTime?: string): Scenario {
  return {
    executor: 'constant-arrival-rate',
    exec: 'pollResources',
    rate: 1,
    timeUnit: '1s',
    duration: `${Math.max(1, Math.ceil(durationS))}s`,
    preAllocatedVUs: 1,
    maxVUs: 1,
    ...(startTime ? { startTime } : {}),
  };
}

function parse<T>(body: unknown): T | undefined {
  try {
    return typeof body === 'string' ? (JSON.parse(body) as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One poll: every new sample becomes a metric sample. A poll the sidecar does not answer counts one
 * missing sample, and so does each reading the sidecar reports it failed to take during the run
 * (target gone, endpoint down). An
 * answer with no new sample yet is not a gap: polls and readings are not in step. A refusal from
 * the sidecar aborts the run (k6 exit 108) with its reason; nothing else throws.
 */
export function pollResources(sidecarUrl: string): void {
  const res = http.get(`${sidecarUrl}/samples?since=${cursor}`, POLL as never);
  const body = res.status === 200 ? parse<{ samples: Sample[]; errors?: number; refused?: string }>(res.body) : undefined;
  if (!body || !Array.isArray(body.samples)) {
    serverSamplesMissing.add(1);
    return;
  }
  if (typeof body.errors === 'number') {
    // The first answer is the baseline: failures before the run are not the run's gaps.
    if (errorsSeen !== undefined && body.errors > errorsSeen) serverSamplesMissing.add(body.errors - errorsSeen);
    errorsSeen = body.errors;
  }
  for (const sample of body.samples) {
    serverCpuPercent.add(sample.cpu_percent);
    serverCpuCoresPercent.add(sample.cpu_cores_percent);
    serverMemoryMb.add(sample.memory_mb);
    cursor = Math.max(cursor, sample.seq);
  }
  // The sidecar found mid-run that its source cannot read the whole server (e.g. /metrics answered
  // by another worker): every further reading would be wrong, so the run stops, saying why.
  if (typeof body.refused === 'string') exec.test.abort(`server resources: the sidecar refused its source: ${body.refused}`);
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

/** The same gates as a k6 thresholds object: { server_memory_mb: ['max<1024'], server_cpu_percent: ['p(95)<80'], ... }. */
export function resourceThresholds(limits: ResourceLimits): K6Thresholds {
  return toK6Thresholds(resourceGates(limits));
}
