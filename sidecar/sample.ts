// What every sampling source reports, and the arithmetic that turns it into a served sample.

/** One reading of a source. cpuSeconds is the CPU the target used since the previous reading. */
export interface Reading {
  /** undefined on the first reading, when there is nothing to take a difference from. */
  cpuSeconds: number | undefined;
  /** CPU as a rate (cores busy), for sources that get a rate rather than a counter; wins over cpuSeconds. */
  cpuCores?: number;
  /** Memory as the source counts it (PSS sum, cgroup working set, or Prometheus RSS), MB. */
  memoryMb: number;
  /** Resident set size, MB (for the process tree: the plain sum, which double-counts shared pages). */
  rssMb: number;
  /** Processes counted (1 for the cgroup and Prometheus-server sources, which do not count them). */
  processes: number;
}

export interface Source {
  readonly name: string;
  /** CPUs available to the target: the denominator of cpu_percent. */
  cpus(): Promise<number>;
  /** Throws SourceRefused when the source cannot give a true reading of the whole target. */
  read(): Promise<Reading>;
}

/** The source cannot read the whole target truly (not a passing failure): the sidecar refuses. */
export class SourceRefused extends Error {}

/**
 * Where a sample falls in a k6 run, as k6 tells the sidecar (POST /phase): before the load started
 * (setup, or no load yet), within it, or after it ended (teardown). Only load samples are gated.
 */
export type Phase = 'setup' | 'load' | 'teardown';

export interface Sample {
  seq: number;
  /** ms since the epoch */
  t: number;
  /** ms since the epoch when the interval this sample covers began (the previous reading). */
  from: number;
  phase: Phase;
  /** Percent of the CPUs available to the target, 0-100. */
  cpu_percent: number;
  /** Per-core sum: 100 = one core fully busy. */
  cpu_cores_percent: number;
  memory_mb: number;
  rss_mb: number;
  processes: number;
  source: string;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** CPU seconds over an interval as per-core percent and percent of the available CPUs (clamped to 0-100). */
export function cpuPercents(
  cpuSeconds: number,
  intervalS: number,
  cpus: number,
): { cpu_percent: number; cpu_cores_percent: number } {
  if (!(intervalS > 0) || !(cpus > 0)) return { cpu_percent: 0, cpu_cores_percent: 0 };
  const cores = Math.max(0, (cpuSeconds / intervalS) * 100);
  return { cpu_cores_percent: round(cores), cpu_percent: round(Math.min(100, cores / cpus)) };
}

export { round };
