// A capacity run's steps from k6's JSON output (--out json): the API requests of each step (tagged
// by lib/load/capacity-control.ts), its steady window found from the data (steady-window.ts: the
// settling cut at least, MSER beyond it), and over that window its throughput, mean and p95
// response times and errors, with the sidecar's CPU and memory and how busy k6's machine was.
import { percentile } from '../../lib/load/phase-math.ts';
import { readK6Json } from '../k6/json-output.ts';
import type { ServerSample } from '../report/html-report.ts';
import type { MachineCpuSample } from '../run/machine-cpu.ts';
import { meanOf, steadyWindow } from './steady-window.ts';

export interface SweepStep {
  users: number;
  /** Seconds of the steady window. */
  seconds: number;
  /** Seconds after the step's start where the steady window began (the settling cut or later). */
  cutS: number;
  /** Whether the step reached a steady state; `unsteady` says what showed it did not. */
  steady: boolean;
  unsteady: string | null;
  requests: number;
  requestsPerS: number;
  meanMs: number;
  p95Ms: number;
  errorRate: number;
  durationsMs: number[];
  cpuPercentMean: number | null;
  memoryMbPeak: number | null;
  /** How busy the machine running k6 was over the window (all CPUs, 0–100); null when not sampled. */
  generatorCpuPercentMean: number | null;
}

/** The sweep's shape (lib/load/capacity-steps.ts SweepShape): its levels, step and settling cut. */
export interface StepShape {
  levels: readonly number[];
  stepS: number;
  settleS: number;
}

interface Request {
  /** Unix ms of its end (k6 stamps an HTTP sample with its end) and its duration. */
  endMs: number;
  durationMs: number;
}

/** A step's requests, and the ends of those that failed (k6's http_req_failed, stamped alike). */
interface StepRequests {
  requests: Request[];
  failedEndsMs: number[];
}

/** Every sweep request, by step (its users). */
async function readRequests(file: string): Promise<Map<number, StepRequests>> {
  const steps = new Map<number, StepRequests>();
  await readK6Json(file, {
    wants: (metric) => metric === 'http_req_duration' || metric === 'http_req_failed',
    onPoint: ({ metric, ms, value, tags }) => {
      if (tags.scope !== 'api' || !/^\d+$/.test(tags.step ?? '')) return;
      const users = Number(tags.step);
      const step = steps.get(users) ?? { requests: [], failedEndsMs: [] };
      steps.set(users, step);
      if (metric === 'http_req_duration') step.requests.push({ endMs: ms, durationMs: value });
      else if (value === 1) step.failedEndsMs.push(ms);
    },
  });
  return steps;
}

function stepOf(
  users: number,
  startMs: number,
  { requests, failedEndsMs }: StepRequests,
  shape: StepShape,
  server: ServerSample[],
  machine: MachineCpuSample[],
): SweepStep | null {
  const toS = Math.min(shape.stepS, Math.max(...requests.map((r) => r.endMs - startMs)) / 1000);
  const window = steadyWindow(
    requests.map((r) => (r.endMs - startMs) / 1000),
    { stepS: shape.stepS, settleS: shape.settleS, toS },
  );
  const [fromMs, toMs] = [startMs + window.fromS * 1000, startMs + window.toS * 1000];
  const kept = requests.filter((r) => r.endMs >= fromMs && r.endMs < toMs);
  if (kept.length === 0) return null;
  const durations = kept.map((r) => r.durationMs);
  const seconds = window.toS - window.fromS;
  const within = (s: { t: number }) => s.t >= fromMs && s.t <= toMs + 1000;
  const samples = server.filter(within);
  const generator = machine.filter(within);
  return {
    users,
    seconds,
    cutS: window.fromS,
    steady: window.steady,
    unsteady: window.why,
    requests: kept.length,
    requestsPerS: kept.length / seconds,
    meanMs: meanOf(durations),
    p95Ms: percentile(durations, 95),
    errorRate: failedEndsMs.filter((ms) => ms >= fromMs && ms < toMs).length / kept.length,
    durationsMs: durations,
    cpuPercentMean: samples.length ? meanOf(samples.map((s) => s.cpu_percent)) : null,
    memoryMbPeak: samples.length ? Math.max(...samples.map((s) => s.memory_mb)) : null,
    generatorCpuPercentMean: generator.length ? meanOf(generator.map((s) => s.cpu_percent)) : null,
  };
}

/**
 * The steps with data, in rising users. The sweep starts with its first request of the first
 * level; step i starts i × stepS later (k6 tags a request with the step its iteration began in).
 * A step the run ended in before half its window after the settling cut is left out as incomplete.
 */
export async function sweepSteps(
  file: string,
  shape: StepShape,
  server: ServerSample[],
  machine: MachineCpuSample[] = [],
): Promise<SweepStep[]> {
  const byStep = await readRequests(file);
  const first = byStep.get(shape.levels[0]!)?.requests;
  if (!first?.length) return [];
  const t0 = Math.min(...first.map((r) => r.endMs - r.durationMs));
  const steps: SweepStep[] = [];
  shape.levels.forEach((users, index) => {
    const step = byStep.get(users);
    if (!step?.requests.length) return;
    const startMs = t0 + index * shape.stepS * 1000;
    const lastS = Math.max(...step.requests.map((r) => r.endMs - startMs)) / 1000;
    if (Math.min(shape.stepS, lastS) - shape.settleS < (shape.stepS - shape.settleS) / 2) return;
    const measured = stepOf(users, startMs, step, shape, server, machine);
    if (measured) steps.push(measured);
  });
  return steps;
}
