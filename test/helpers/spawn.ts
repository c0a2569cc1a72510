// Runs one of the suite's Node scripts as a child process and collects its output.
import { type ChildProcess, spawn } from 'node:child_process';
import { ROOT } from '../../runner/k6/build-if-stale.ts';

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
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const done = new Promise<{ code: number | null; stdout: string; stderr: string; elapsedMs: number }>((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, elapsedMs: Date.now() - started });
    }),
  );
  return { child, done };
}
