// Process-tree source: reads /proc directly. No npm package fits (pidusage counts one process and
// shares one delta window between callers; systeminformation reports %mem, not bytes), so this
// file reads what the kernel reports:
// - CPU: utime+stime per process, differenced per (pid, start time), so a reused PID is a new
//   process and a process that exited takes none of its past CPU away from the total;
// - memory: the sum of PSS (smaps_rollup), so pages that forked workers share are counted once;
//   RSS summed as well, for comparison.
// The per-sample reads are synchronous on purpose: /proc files are made in memory and never block
// on a disk, and each async readFile costs four thread-pool round trips. Measured on 65 processes
// (bench/sidecar-cost.ts): all stat files 1.2 ms of CPU read in sync, 8.8 ms async.
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { cpus as osCpus } from 'node:os';
import { cgroupQuotaCpus } from './cgroup.ts';
import type { Reading, Source } from './sample.ts';

const CLOCK_TICKS = 100; // USER_HZ: 100 on every Linux architecture Node supports

export interface ProcStat {
  pid: number;
  ppid: number;
  startTime: number;
  cpuTicks: number;
}

/** Parses /proc/<pid>/stat; the command name may contain spaces and parentheses, so split after the last ')'. */
export function parseStat(text: string): ProcStat {
  const close = text.lastIndexOf(')');
  const pid = Number(text.slice(0, text.indexOf(' ')));
  const fields = text.slice(close + 2).split(' ');
  // fields[0] is field 3 (state): ppid is field 4, utime 14, stime 15, starttime 22.
  return {
    pid,
    ppid: Number(fields[1]),
    cpuTicks: Number(fields[11]) + Number(fields[12]),
    startTime: Number(fields[19]),
  };
}

/** kB value of a "Name:   123 kB" line. */
function kbField(text: string, name: string): number | undefined {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
  return match ? Number(match[1]) : undefined;
}

/** Number of CPUs in a Cpus_allowed_list value such as "0-3,6". */
export function countCpuList(list: string): number {
  let count = 0;
  for (const part of list.trim().split(',')) {
    const [from, to] = part.split('-').map(Number);
    if (from === undefined || Number.isNaN(from)) continue;
    count += to === undefined ? 1 : to - from + 1;
  }
  return count;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined; // gone between listing and reading
  }
}

function allStats(): ProcStat[] {
  const pids = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
  return pids.map(readStat).filter((s): s is ProcStat => s !== undefined);
}

/** The root and all its live descendants. */
function descendants(root: ProcStat, stats: ProcStat[]): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const tree: ProcStat[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const next = stack.pop()!;
    tree.push(next);
    stack.push(...(children.get(next.pid) ?? []));
  }
  return tree;
}

/**
 * The sidecar itself and the processes that started it (npm, sh, tsx): their command lines repeat the --match text.
 * PID 1 too when it is an ancestor: in a container the process that started the sidecar is often PID 1, and
 * taking it for the platform would be a silent wrong reading.
 */
async function ownLineage(): Promise<Set<number>> {
  const lineage = new Set<number>();
  for (let pid = process.pid; pid >= 1 && !lineage.has(pid); ) {
    lineage.add(pid);
    const stat = readStat(pid);
    if (!stat) break;
    pid = stat.ppid;
  }
  return lineage;
}

async function findByCommandLine(match: string): Promise<number | undefined> {
  const lineage = await ownLineage();
  const candidates: number[] = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name) || lineage.has(Number(name))) continue;
    try {
      const cmdline = (await readFile(`/proc/${name}/cmdline`, 'utf8')).replace(/\0/g, ' ').trim();
      if (cmdline.includes(match) && !cmdline.includes('sidecar/main.ts')) candidates.push(Number(name));
    } catch {
      // exited meanwhile
    }
  }
  return pickRoot((await Promise.all(candidates.map(readStat))).filter((s): s is ProcStat => !!s));
}

/** Of the matching processes, the root of their tree (a master, not its workers): the oldest whose parent does not match. */
export function pickRoot(matches: ProcStat[]): number | undefined {
  const pids = new Set(matches.map((s) => s.pid));
  const roots = matches.filter((s) => !pids.has(s.ppid));
  return [...roots].sort((a, b) => a.startTime - b.startTime || a.pid - b.pid)[0]?.pid;
}

/**
 * CPU ticks the tree used since the previous reading. Processes are keyed by (pid, start time): a
 * PID reused by a new process is a new key, so its ticks are never differenced against the old
 * process's; one new since the last reading used all its ticks within the interval.
 */
export function cpuTicksSince(
  previous: ReadonlyMap<string, number>,
  tree: ProcStat[],
): { ticks: number; current: Map<string, number> } {
  const current = new Map<string, number>();
  let ticks = 0;
  for (const stat of tree) {
    const key = `${stat.pid}:${stat.startTime}`;
    current.set(key, stat.cpuTicks);
    ticks += Math.max(0, stat.cpuTicks - (previous.get(key) ?? 0));
  }
  return { ticks, current };
}

export class ProcessTreeSource implements Source {
  readonly name: string;
  private previous = new Map<string, number>();
  private root: ProcStat | undefined;
  private first = true;
  private cpusFor: { key: string; cpus: number } | undefined;

  constructor(private readonly target: { pid?: number; match?: string }) {
    this.name =
      target.pid !== undefined ? `process tree of pid ${target.pid}` : `process tree matching "${target.match}"`;
  }

  private async rootStat(stats: ProcStat[]): Promise<ProcStat> {
    if (this.root) {
      const same = stats.find((s) => s.pid === this.root!.pid && s.startTime === this.root!.startTime);
      if (same) return same;
      if (this.target.pid !== undefined) throw new Error(`process ${this.target.pid} has exited`);
    }
    const pid = this.target.pid ?? (await findByCommandLine(this.target.match!));
    const stat = stats.find((s) => s.pid === pid);
    if (!stat)
      throw new Error(
        this.target.pid !== undefined ? `no process ${this.target.pid}` : `no process matches "${this.target.match}"`,
      );
    this.root = stat;
    return stat;
  }

  /**
   * CPUs the target may use: its affinity list, capped by its cgroup's CPU quota (a container
   * limited to 1.5 CPUs on an 8-core host is 100 % busy at 150 % per-core). Cached per root process.
   */
  async cpus(): Promise<number> {
    const pid = this.root?.pid ?? this.target.pid;
    const key = this.root ? `${this.root.pid}:${this.root.startTime}` : String(pid);
    if (this.cpusFor?.key === key) return this.cpusFor.cpus;
    let allowed = osCpus().length;
    try {
      const list = /^Cpus_allowed_list:\s+(.+)$/m.exec(await readFile(`/proc/${pid ?? 'self'}/status`, 'utf8'))?.[1];
      if (list) allowed = countCpuList(list);
    } catch {
      // exited: keep the machine's count
    }
    const quota = pid === undefined ? undefined : await cgroupQuotaCpus(pid);
    const cpus = quota === undefined ? allowed : Math.min(allowed, quota);
    this.cpusFor = { key, cpus };
    return cpus;
  }

  async read(): Promise<Reading> {
    const stats = allStats();
    const tree = descendants(await this.rootStat(stats), stats);
    const { ticks: deltaTicks, current } = cpuTicksSince(this.previous, tree);
    const wasFirst = this.first;
    this.first = false;
    this.previous = current;
    let pssKb = 0;
    let rssKb = 0;
    for (const stat of tree) {
      try {
        const rollup = readFileSync(`/proc/${stat.pid}/smaps_rollup`, 'utf8');
        pssKb += kbField(rollup, 'Pss') ?? 0;
        rssKb += kbField(rollup, 'Rss') ?? 0;
      } catch {
        // exited meanwhile
      }
    }
    return {
      cpuSeconds: wasFirst ? undefined : deltaTicks / CLOCK_TICKS,
      memoryMb: pssKb / 1024,
      rssMb: rssKb / 1024,
      processes: tree.length,
    };
  }
}
