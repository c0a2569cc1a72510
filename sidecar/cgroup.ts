// cgroup v2 source (a container, or a service in its own cgroup), counted the way `docker stats`
// counts: CPU from cpu.stat usage_usec, memory as memory.current minus inactive_file (page cache
// the kernel can drop is not the service's working set). CPU is normalised to the quota in
// cpu.max, or to the machine's CPUs when there is none. No npm package reads cgroup v2 files.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus as osCpus } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
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

/** CPUs a cgroup v1 cpu.cfs_quota_us / cpu.cfs_period_us pair allows (-1 means no quota). */
export function quotaCpusV1(quotaUs: string, periodUs: string): number | undefined {
  const quota = Number(quotaUs.trim());
  const period = Number(periodUs.trim());
  return quota > 0 && period > 0 ? quota / period : undefined;
}

const CGROUP_ROOT = '/sys/fs/cgroup';

async function readOr(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}

/**
 * The tightest CPU quota on a process's cgroup and its ancestors, in CPUs, or undefined when none
 * is set or the cgroup files are not visible (v2 unified hierarchy first, then the v1 cpu controller).
 */
export async function cgroupQuotaCpus(pid: number): Promise<number | undefined> {
  const membership = await readOr(`/proc/${pid}/cgroup`);
  if (!membership) return undefined;
  let tightest: number | undefined;
  const consider = (cpus: number | undefined) => {
    if (cpus !== undefined && (tightest === undefined || cpus < tightest)) tightest = cpus;
  };
  const v2 = /^0::(\/.*)$/m.exec(membership)?.[1];
  const v1 = /^\d+:(?:[^:]*,)?cpu(?:,[^:]*)?:(\/.*)$/m.exec(membership)?.[1];
  for (
    let dir = v2 === undefined ? undefined : join(CGROUP_ROOT, v2);
    dir?.startsWith(CGROUP_ROOT);
    dir = dir === CGROUP_ROOT ? undefined : dirname(dir)
  ) {
    const max = await readOr(join(dir, 'cpu.max'));
    if (max) consider(quotaCpus(max, Number.POSITIVE_INFINITY));
  }
  const v1Root = [join(CGROUP_ROOT, 'cpu'), join(CGROUP_ROOT, 'cpu,cpuacct')].find((d) =>
    existsSync(join(d, 'cpu.cfs_quota_us')),
  );
  for (
    let dir = v1 === undefined || !v1Root ? undefined : join(v1Root, v1);
    dir && v1Root && dir.startsWith(v1Root);
    dir = dir === v1Root ? undefined : dirname(dir)
  ) {
    const [quota, period] = await Promise.all([
      readOr(join(dir, 'cpu.cfs_quota_us')),
      readOr(join(dir, 'cpu.cfs_period_us')),
    ]);
    if (quota && period) consider(quotaCpusV1(quota, period));
  }
  return tightest === Number.POSITIVE_INFINITY ? undefined : tightest;
}

/** A --cgroup value: a directory, or a path as /proc/<pid>/cgroup shows it ("/system.slice/x.service"), under /sys/fs/cgroup. */
export function resolveCgroupDir(value: string): string {
  if (existsSync(join(value, 'cpu.stat'))) return value;
  const underRoot = join(CGROUP_ROOT, isAbsolute(value) ? value.slice(1) : value);
  if (existsSync(join(underRoot, 'cpu.stat'))) return underRoot;
  throw new Error(
    `--cgroup ${JSON.stringify(value)}: neither ${value} nor ${underRoot} is a cgroup v2 directory (no cpu.stat)`,
  );
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
      return Math.min(fallback, quotaCpus(await this.file('cpu.max'), fallback));
    } catch {
      return fallback; // the root cgroup has no cpu.max
    }
  }

  async read(): Promise<Reading> {
    const [cpuStat, current, memoryStat] = await Promise.all([
      this.file('cpu.stat'),
      this.file('memory.current'),
      this.file('memory.stat'),
    ]);
    const usage = parseUsageUsec(cpuStat);
    const cpuSeconds = this.lastUsageUsec === undefined ? undefined : Math.max(0, usage - this.lastUsageUsec) / 1e6;
    this.lastUsageUsec = usage;
    const bytes = Number(current.trim());
    const workingSet = Math.max(0, bytes - statField(memoryStat, 'inactive_file'));
    return {
      cpuSeconds,
      memoryMb: workingSet / 1024 / 1024,
      rssMb: statField(memoryStat, 'anon') / 1024 / 1024,
      processes: 1,
    };
  }
}
