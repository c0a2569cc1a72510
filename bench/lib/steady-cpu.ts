// Requests per CPU-second over a run's plateau only: start-up, VU init, setup's seeding, teardown
// and the end-of-test summary are left out, so the figure is what each request costs the
// generator. Whole-run figures of a 30-s run move ±20 % with those (README, issue 25).
// CPU is read from /proc (utime + stime of the measured process and every process below it);
// requests from the platform's own counters, the same referee for every generator.
import { readdirSync, readFileSync } from 'node:fs';
import { type Counts, countsBetween, platformCounts } from './platform-counts.ts';

const TICKS_PER_S = 100; // USER_HZ: 100 on every Linux the bench runs on (getconf CLK_TCK)
const SAMPLE_MS = 500;

function procStat(pid: number): { ppid: number; cpuTicks: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: the fields start after the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined; // gone between the listing and the read
  }
}

/** CPU seconds (user + system) used so far by `root` and every process below it. */
function treeCpuS(root: number): number {
  const stats = new Map<number, { ppid: number; cpuTicks: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = procStat(Number(name));
    if (stat) stats.set(Number(name), stat);
  }
  let ticks = 0;
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    ticks += stats.get(pid)?.cpuTicks ?? 0;
    for (const [child, stat] of stats) if (stat.ppid === pid) pending.push(child);
  }
  return ticks / TICKS_PER_S;
}

/** One reading while a generator runs: seconds since sampling began, its CPU so far, the platform's requests so far. */
export interface Sample {
  t: number;
  cpuS: number;
  requests: number;
}

/** Reads CPU and the platform's request count every 0.5 s until stop(); stop() resolves to the readings. */
export function sampleRun(pid: number, baseUrl: string): { stop(): Promise<Sample[]> } {
  const samples: Sample[] = [];
  const started = performance.now();
  let base: Counts | undefined;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const cpuS = treeCpuS(pid);
      const counts = await platformCounts(baseUrl).catch(() => undefined);
      if (counts) {
        base ??= counts;
        samples.push({ t: (performance.now() - started) / 1000, cpuS, requests: countsBetween(base, counts).requests });
      }
      await new Promise((r) => setTimeout(r, SAMPLE_MS));
    }
  })();
  return {
    async stop() {
      stopped = true;
      await loop;
      return samples;
    },
  };
}

export interface SteadyWindow {
  /** Requests the platform counted in the window (health probes left out), and the generator's CPU over it. */
  requests: number;
  cpuS: number;
  windowS: number;
  requestsPerCpuS: number;
}

/**
 * The load's plateau: the longest stretch of readings whose request rate stays at or above half
 * the run's highest, with `trimS` cut from each end (ramp-up, the last iterations). Setup's
 * seeding, which may burst, is a shorter stretch. Undefined when what is left is under `minS`.
 */
export function plateauWindow(samples: readonly Sample[], trimS: number, minS: number): SteadyWindow | undefined {
  const rates = samples.slice(1).map((s, i) => (s.requests - samples[i]!.requests) / (s.t - samples[i]!.t));
  const high = Math.max(0, ...rates);
  if (high === 0) return undefined;
  let best: [number, number] | undefined;
  for (let i = 0; i < rates.length; ) {
    if (rates[i]! < high / 2) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < rates.length && rates[j + 1]! >= high / 2) j++;
    // Readings i..j+1 bound intervals i..j.
    if (!best || samples[j + 1]!.t - samples[i]!.t > samples[best[1]]!.t - samples[best[0]]!.t) best = [i, j + 1];
    i = j + 1;
  }
  const [from, to] = best!;
  const start = samples.findIndex((s, k) => k >= from && s.t >= samples[from]!.t + trimS);
  const end = samples.findLastIndex((s, k) => k <= to && s.t <= samples[to]!.t - trimS);
  if (start < 0 || end <= start || samples[end]!.t - samples[start]!.t < minS) return undefined;
  const requests = samples[end]!.requests - samples[start]!.requests;
  const cpuS = samples[end]!.cpuS - samples[start]!.cpuS;
  if (requests === 0 || cpuS <= 0) return undefined;
  return { requests, cpuS, windowS: samples[end]!.t - samples[start]!.t, requestsPerCpuS: requests / cpuS };
}
