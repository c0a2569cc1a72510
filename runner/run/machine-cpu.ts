// How busy the machine running k6 is, once a second, from /proc/stat (all CPUs, every process):
// a capacity sweep whose load generator ran out of CPU measured this machine, not the platform.
// Linux only; elsewhere nothing is sampled and the figures read null.
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../finish/atomic-write.ts';

export const MACHINE_CPU_FILE = 'machine-cpu.json';

export interface MachineCpuSample {
  /** Unix ms at the end of the second it covers. */
  t: number;
  /** Busy share of all the machine's CPUs over that second, 0–100. */
  cpu_percent: number;
}

interface Ticks {
  busy: number;
  total: number;
}

/** The aggregate `cpu` line of /proc/stat: idle and iowait are idle, the rest busy. */
function readTicks(): Ticks | null {
  if (!existsSync('/proc/stat')) return null;
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!;
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((a, b) => a + b, 0);
  const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
  return { busy: total - idle, total };
}

/** Samples until stop(), which writes `file` ({ samples }) and returns the samples. */
export function watchMachineCpu(file: string, everyMs = 1000): { stop: () => MachineCpuSample[] } {
  const samples: MachineCpuSample[] = [];
  let last = readTicks();
  const timer = setInterval(() => {
    const now = readTicks();
    if (!last || !now || now.total <= last.total) return;
    samples.push({ t: Date.now(), cpu_percent: (100 * (now.busy - last.busy)) / (now.total - last.total) });
    last = now;
  }, everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      writeFileAtomic(file, `${JSON.stringify({ samples })}\n`);
      return samples;
    },
  };
}

/** The samples a run wrote; [] when it wrote none (another platform, an older run). */
export function readMachineCpu(file: string): MachineCpuSample[] {
  if (!existsSync(file)) return [];
  return (JSON.parse(readFileSync(file, 'utf8')) as { samples: MachineCpuSample[] }).samples;
}
