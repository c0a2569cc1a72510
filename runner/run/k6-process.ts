// Runs k6 with stdout on the terminal (progress and summary, in colour on a TTY) and stderr, where
// k6 logs errors and aborts, both on the terminal and in the run folder's k6.log.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { ROOT } from '../k6/build-if-stale.ts';
import { signalGroup } from './process-group.ts';

export function runK6(
  binary: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string | undefined,
  signal?: AbortSignal,
): Promise<{ code: number | null; interrupted: boolean }> {
  return new Promise((done, failed) => {
    // Its own process group: a terminal's Ctrl-C reaches the runner only, which passes k6 one SIGINT
    // (two would make k6 abort without its summary), and stopping the group leaves nothing behind.
    const child = spawn(binary, args, { cwd: ROOT, env, stdio: ['inherit', 'inherit', 'pipe'], detached: true });
    const log = logFile ? createWriteStream(logFile) : undefined;
    child.stderr!.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      log?.write(chunk);
    });
    // k6.log is read as soon as k6 has exited: done once the log holds all k6 wrote.
    const logClosed = new Promise<void>((resolve) => (log ? log.on('close', resolve) : resolve()));
    child.on('close', () => log?.end());
    let interrupted = false;
    // k6 treats SIGINT as Ctrl-C: it stops the VUs, runs teardown and handleSummary, and exits.
    const stop = () => {
      interrupted = true;
      signalGroup(child, 'SIGINT');
    };
    signal?.addEventListener('abort', stop, { once: true });
    child.on('error', failed);
    child.on('exit', (code) => {
      signal?.removeEventListener('abort', stop);
      void logClosed.then(() => done({ code, interrupted }));
    });
  });
}
