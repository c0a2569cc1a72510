// Runs one of the suite's Node scripts as a child process and collects its output.
import { type ChildProcess, spawn } from 'node:child_process';
import { ROOT } from '../../runner/k6/build-if-stale.ts';
import { signalGroup } from '../../runner/run/process-group.ts';

export interface ScriptRun {
  child: ChildProcess;
  done: Promise<{ code: number | null; stdout: string; stderr: string; elapsedMs: number }>;
}

export function runScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 180_000,
): ScriptRun {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: { ...process.env, K6_NO_USAGE_REPORT: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  // On timeout, SIGTERM first: the runner stops what it started (k6 and the demo have process groups
  // of their own, which a signal to this group does not reach), then SIGKILL if it does not end.
  let killer: NodeJS.Timeout | undefined;
  const timer = setTimeout(() => {
    signalGroup(child, 'SIGTERM');
    killer = setTimeout(() => signalGroup(child, 'SIGKILL'), 15_000);
  }, timeoutMs);
  const done = new Promise<{ code: number | null; stdout: string; stderr: string; elapsedMs: number }>((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      clearTimeout(killer);
      resolve({ code, stdout, stderr, elapsedMs: Date.now() - started });
    }),
  );
  return { child, done };
}
