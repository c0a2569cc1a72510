// Runs a command and measures what it cost: CPU seconds (user + system) and peak RSS, as the
// kernel accounts them. GNU time reads both from wait4()'s rusage, so nothing is sampled or
// missed at the end of the run (Debian package `time`).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

export interface Cost {
  code: number | null;
  wallS: number;
  cpuS: number;
  peakRssMb: number;
  stdout: string;
  stderr: string;
}

export function canMeasure(): boolean {
  return existsSync(GNU_TIME);
}

export async function measure(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  /** Called with the measured process tree's root pid as soon as it starts. */
  onStart?: (pid: number) => void,
): Promise<Cost> {
  if (!canMeasure()) throw new Error(`${GNU_TIME} is missing: install the Debian package "time"`);
  const work = mkdtempSync(join(tmpdir(), 'course-perf-bench-'));
  const usageFile = join(work, 'usage');
  // Its own process group, so a timeout stops the measured command and everything it started.
  const child = spawn(GNU_TIME, ['-o', usageFile, '-f', '%e %U %S %M', command, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  onStart?.(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  clearTimeout(timer);
  const usage = readFileSync(usageFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  rmSync(work, { recursive: true, force: true });
  const [wallS, userS, systemS, maxRssKb] = usage as [number, number, number, number];
  return { code, wallS, cpuS: userS + systemS, peakRssMb: maxRssKb / 1024, stdout, stderr };
}

/** A figure to `digits` decimals, as the bench prints and stores it. */
export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** Median and spread of repeated measurements. */
export function stats(values: number[]): { median: number; min: number; max: number; n: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}
