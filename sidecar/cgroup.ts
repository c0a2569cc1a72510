// cgroup v2 source (a container, or a service in its own cgroup), counted the way `docker stats`
// counts: CPU from cpu.stat usage_usec, memory as memory.current minus inactive_file (page cache
// the kernel can drop is not the service's working set). CPU is normalised to the quota in
// cpu.max, or to the machine's CPUs when there is none. No npm package reads cgroup v2 files.
import { readFile } from 'node:fs/promises';
import { cpus as osCpus } from 'node:os';
import { join } from 'node:path';
import type { Reading, Source } from './sample.ts';

/** usage_usec from cpu.stat. */
export function parseUsageUsec(cpuStat: string): number {
  const match = /^usage_usec (\d+)$/m.exec(cpuStat);
  if (!match) throw new Error('cpu.stat has no usage_usec line');
  return Number(match[1]);
}

/** CPUs a cpu.max value allows ("max 100000" means no quota). */
export function quotaCpus(cpuMax: string, fallback: number): number {
  const [quota, period] = cpuMax.trim().split(/\s+/);
  if (!quota || quota === 'max' || !period) return fallback;
  return Number(quota) / Number(period);
}

export function statField(memoryStat: string, name: string): number {
  return Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(memoryStat)?.[1] ?? 0);
}

export class CgroupSource implements Source {
  readonly name: string;
  private lastUsageUsec: number | undefined;

  constructor(private readonly dir: string) {
    this.name = `cgroup ${dir}`;
  }

  private file(name: string): Promise<string> {
    return readFile(join(this.dir, name), 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new Error(`cannot read ${join(this.dir, name)} (${error.code}): is ${this.dir} a cgroup v2 directory?`);
    });
  }

  async cpus(): Promise<number> {
    const fallback = osCpus().length;
    try {
      return quotaCpus(await this.file('cpu.max'), fallback);
    } catch {
      return fallback; // the root cgroup has no cpu.max
    }
  }

  async read(): Promise<Reading> {
    const [cpuStat, current, memoryStat] = await Promise.all([this.file('cpu.stat'), this.file('memory.current'), this.file('memory.stat')]);
    const usage = parseUsageUsec(cpuStat);
    const cpuSeconds = this.lastUsageUsec === undefined ? undefined : Math.max(0, usage - this.lastUsageUsec) / 1e6;
    this.lastUsageUsec = usage;
    const bytes = Number(current.trim());
    const workingSet = Math.max(0, bytes - statField(memoryStat, 'inactive_file'));
    return { cpuSeconds, memoryMb: workingSet / 1024 / 1024, rssMb: statField(memoryStat, 'anon') / 1024 / 1024, processes: 1 };
  }
}
