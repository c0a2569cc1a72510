// Starts the sidecar as a child process (for the runners and tests) and stops it, letting it
// write its series first.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type SourceOptions, sourceArgs } from './options.ts';

export interface SidecarOptions extends SourceOptions {
  intervalMs?: number;
  warmupS?: number;
  reportsDir?: string;
}

export interface Sidecar {
  url: string;
  pid: number;
  stop(): Promise<void>;
  logs(): string;
}

const ROOT = new URL('../', import.meta.url).pathname;

export async function startSidecar(options: SidecarOptions): Promise<Sidecar> {
  const args = ['--port', '0', ...sourceArgs(options)];
  if (options.intervalMs !== undefined) args.push('--interval-ms', String(options.intervalMs));
  if (options.warmupS !== undefined) args.push('--warmup-s', String(options.warmupS));
  if (options.reportsDir !== undefined) args.push('--reports-dir', options.reportsDir);
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'sidecar', 'main.ts'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // Its own process group, killed as a group: nothing it starts outlives it.
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  let output = '';
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the sidecar did not start within 15 s:\n${output}`)), 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /sidecar listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the sidecar exited with code ${code}:\n${output}`));
    });
  }).catch((error: unknown) => {
    kill('SIGKILL');
    throw error;
  });
  return {
    url,
    pid: child.pid!,
    logs: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
