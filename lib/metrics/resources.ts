// The k6 side of the resource sidecar: a 1/s scenario polls the sidecar's samples into Trend
// metrics, and teardown records the memory growth, so the server's CPU and memory are ordinary
// k6 thresholds in the same run. Only the load is gated: the poller tells the sidecar when the
// load starts (its first poll: it starts with the load scenarios, after setup) and ends (its last,
// or teardown), and samples the sidecar marks setup or teardown (a dataset seeded in setup, the
// clean-up) are left out. Polls carry scope:sidecar and emit no http_req_failed samples
// (responseCallback: null), so the API figures and thresholds never see them.
import { sleep } from 'k6';
import exec from 'k6/execution';
import http from 'k6/http';
import { Counter, Trend } from 'k6/metrics';
import { type Gate, type K6Thresholds, toK6Thresholds } from '../../thresholds/expressions.ts';
import { config } from '../config/env.ts';
import type { Scenario } from '../load/shapes.ts';

function declareMetrics() {
  return {
    /** Percent of the CPUs available to the server, 0-100. */
    cpuPercent: new Trend('server_cpu_percent'),
    /** Per-core sum: 100 = one core fully busy. */
    cpuCoresPercent: new Trend('server_cpu_cores_percent'),
    /** PSS sum (process tree), working set (cgroup), RSS (/metrics) or the memory query (Prometheus server), MB. */
    memoryMb: new Trend('server_memory_mb'),
    /** Polls the sidecar did not answer, plus readings the sidecar failed to take: each about one interval without data. */
    samplesMissing: new Counter('server_samples_missing'),
    /** MB per minute over the load after the sidecar's warm-up (least-squares slope), recorded once in teardown. */
    memoryGrowth: new Trend('server_memory_growth_mb_per_min'),
  };
}
// k6 lets a VU declare metrics only at init. VU 0 declares them always (k6 checks thresholds
// against them); a load VU only when there is a sidecar to poll: five metric objects are ~5 KB per VU.
const server = __VU === 0 || config.sidecarUrl !== undefined ? declareMetrics() : undefined;

interface Sample {
  seq: number;
  cpu_percent: number;
  cpu_cores_percent: number;
  memory_mb: number;
  /** setup, load or teardown; absent from a sidecar that does not mark phases (every sample counts). */
  phase?: string;
}

const POLL = { tags: { scope: 'sidecar', name: 'sidecar' }, responseCallback: null, timeout: '2s' } as const;
// Per VU (the scenario has one): the last seq received, the sidecar's failed-reading count seen,
// and whether the sidecar has taken the mark that the load started.
let cursor = 0;
let errorsSeen: number | undefined;
let loadMarked = false;

/**
 * Tells the sidecar the load starts ('load') or ended ('teardown'); true once it took the mark.
 * A sidecar without the route (404) marks no phase and counts every sample: nothing to retry.
 */
function markPhase(sidecarUrl: string, phase: 'load' | 'teardown'): boolean {
  const res = http.post(`${sidecarUrl}/phase`, JSON.stringify({ phase }), {
    ...POLL,
    headers: { 'content-type': 'application/json' },
  } as never);
  return res.status === 200 || res.status === 404;
}

/** How long past its duration the poller may follow VUs still finishing (the load scenarios' graceful stops). */
const TAIL_S = 30;

/**
 * The resources scenario: one poll a second for the whole run, on one VU that stays active (each
 * iteration polls, then sleeps out its second). Always active, it adds exactly one to k6's `vus`
 * gauge over the scenario's span, which reports can take off (runner/report/html-report.ts); an
 * arrival-rate VU, active only during its few-ms polls, would sometimes be counted as a user and
 * sometimes not, depending on how the gauge's ticks fall against the polls. Its graceful stop lets
 * the last iteration follow the load to its end (pollResources), and no further.
 */
export function resourcesScenario(durationS: number, startTime?: string): Scenario {
  return {
    executor: 'constant-vus',
    exec: 'pollResources',
    vus: 1,
    duration: `${Math.max(1, Math.ceil(durationS))}s`,
    gracefulStop: `${TAIL_S}s`,
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
 * One iteration of the poller: a poll, then the rest of its second. The first tells the sidecar the
 * load starts (it starts with the load scenarios, after setup). Past the scenario's duration the
 * load's VUs may still be finishing their iterations (k6's graceful stop): the last iteration goes
 * on polling until no other VU is active, then tells the sidecar the load ended and takes the
 * samples up to that mark, so what k6 gates is exactly what the sidecar counts as the load.
 */
export function pollResources(sidecarUrl: string): void {
  // Before the first read, and again until the sidecar takes it: samples taken before it are setup's.
  if (!loadMarked) loadMarked = markPhase(sidecarUrl, 'load');
  for (;;) {
    const started = Date.now();
    pollOnce(sidecarUrl); // throws only when a refusal aborts the run
    sleep(Math.max(0, 1 - (Date.now() - started) / 1000)); // one poll a second
    if (exec.scenario.progress < 1) return; // k6 starts the next iteration
    if (exec.instance.vusActive <= 1) break; // this VU alone: the load is over
  }
  markPhase(sidecarUrl, 'teardown');
  pollOnce(sidecarUrl);
}

function pollOnce(sidecarUrl: string): void {
  const res = http.get(`${sidecarUrl}/samples?since=${cursor}`, POLL as never);
  const body =
    res.status === 200 ? parse<{ samples: Sample[]; errors?: number; refused?: string }>(res.body) : undefined;
  if (!body || !Array.isArray(body.samples)) {
    server!.samplesMissing.add(1);
    return;
  }
  if (typeof body.errors === 'number') {
    // The first answer is the baseline: failures before the run are not the run's gaps.
    if (errorsSeen !== undefined && body.errors > errorsSeen) server!.samplesMissing.add(body.errors - errorsSeen);
    errorsSeen = body.errors;
  }
  for (const sample of body.samples) {
    cursor = Math.max(cursor, sample.seq);
    if (sample.phase !== undefined && sample.phase !== 'load') continue; // setup's (or teardown's): shown in the reports, not gated
    server!.cpuPercent.add(sample.cpu_percent);
    server!.cpuCoresPercent.add(sample.cpu_cores_percent);
    server!.memoryMb.add(sample.memory_mb);
  }
  // The sidecar found mid-run that its source cannot read the whole server (e.g. /metrics answered
  // by another worker): every further reading would be wrong, so the run stops, saying why.
  if (typeof body.refused === 'string')
    exec.test.abort(`server resources: the sidecar refused its source: ${body.refused}`);
}

/**
 * Teardown, before anything else it does: tells the sidecar the load ended (when the poller could
 * not: a run stopped early), then records the memory growth over the load after warm-up, MB per
 * minute, as the sidecar computed it.
 */
export function endLoad(sidecarUrl: string): void {
  markPhase(sidecarUrl, 'teardown');
  const res = http.get(`${sidecarUrl}/summary`, POLL as never);
  const summary = res.status === 200 ? parse<{ memory_growth_mb_per_min: number | null }>(res.body) : undefined;
  if (summary && typeof summary.memory_growth_mb_per_min === 'number')
    server!.memoryGrowth.add(summary.memory_growth_mb_per_min);
}

export interface ResourceLimits {
  memoryMb: number;
  cpuPercent: number;
  /** Gate on memory growth (soak), MB per minute after warm-up. */
  growthMbPerMin?: number;
  /** Fail the run when samples went missing (the sidecar stopped answering). */
  failOnMissing?: boolean;
}

/**
 * Server memory peak, CPU p95, and optionally growth and gaps, as gates. CPU is "at most": a sample
 * is a share of the server's CPUs (never above 100), so a limit of 100 measures CPU without gating it.
 */
export function resourceGates(limits: ResourceLimits): Gate[] {
  const gates: Gate[] = [
    { metric: 'server_memory_mb', rules: [{ stat: 'max', op: '<', value: limits.memoryMb }] },
    { metric: 'server_cpu_percent', rules: [{ stat: 'p(95)', op: '<=', value: limits.cpuPercent }] },
  ];
  if (limits.growthMbPerMin !== undefined)
    gates.push({
      metric: 'server_memory_growth_mb_per_min',
      rules: [{ stat: 'max', op: '<', value: limits.growthMbPerMin }],
    });
  if (limits.failOnMissing)
    gates.push({ metric: 'server_samples_missing', rules: [{ stat: 'count', op: '<', value: 1 }] });
  return gates;
}

/** The same gates as a k6 thresholds object: { server_memory_mb: ['max<1024'], server_cpu_percent: ['p(95)<=80'], ... }. */
export function resourceThresholds(limits: ResourceLimits): K6Thresholds {
  return toK6Thresholds(resourceGates(limits));
}
