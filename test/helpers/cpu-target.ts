// The ground-truth target of the sidecar's tests and of bench/sidecar-cost.ts: a process tree of
// known CPU share and memory (test/fixtures/sidecar/cpu-target.cjs) that reports its true CPU use.
import { type ChildProcess, spawn } from 'node:child_process';
import type { ProcessTreeSource } from '../../sidecar/proc-tree.ts';
import { cpuPercents } from '../../sidecar/sample.ts';

const CPU_TARGET = new URL('../fixtures/sidecar/cpu-target.cjs', import.meta.url).pathname;

export interface TargetLoad {
  /** Share of one core each process burns. */
  share: number;
  /** Child processes, each burning the same share. */
  children?: number;
  holdMb?: number;
  growMbPerS?: number;
}

export function cpuTarget({ share, children = 0, holdMb = 0, growMbPerS = 0 }: TargetLoad): ChildProcess {
  const args = [CPU_TARGET, share, children, holdMb, growMbPerS].map(String);
  return spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
}

/** CPU ms the target tree has used so far, as it accounted it itself. */
function trueCpuMs(target: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    target.once('message', (ms) => resolve(Number(ms)));
    target.send('cpu');
  });
}

/**
 * Over `seconds`, the tree's per-core CPU percent as the sidecar reads it (/proc, its arithmetic)
 * and as the target itself accounted it. On an idle machine both are the nominal share; on a busy
 * one the target gets less, and the sidecar must still agree with what it got.
 */
export async function readAndTruth(
  source: ProcessTreeSource,
  target: ChildProcess,
  seconds: number,
): Promise<{ read: number; truth: number }> {
  await source.read();
  const before = await trueCpuMs(target);
  const started = Date.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const reading = await source.read();
  const after = await trueCpuMs(target);
  const wallS = (Date.now() - started) / 1000;
  return {
    read: cpuPercents(reading.cpuSeconds ?? 0, wallS, 1).cpu_cores_percent,
    truth: ((after - before) / 1000 / wallS) * 100,
  };
}
