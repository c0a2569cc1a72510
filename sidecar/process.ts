// Starts the sidecar as a child process (for the runners and tests) and stops it, letting it
// write its series first.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface SidecarOptions {
  pid?: number;
  match?: string;
  cgroup?: string;
  prometheus?: string;
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
  const args = ['--port', '0'];
  if (options.pid !== undefined) args.push('--pid', String(options.pid));
  if (options.match !== undefined) args.push('--match', options.match);
  if (options.cgroup !== undefined) args.push('--cgroup', options.cgroup);
  if (options.prometheus !== undefined) args.push('--prometheus', options.prometheus);
  if (options.intervalMs !== undefined) args.push('--interval-ms', String(options.intervalMs));
  if (options.warmupS !== undefined) args.push('--warmup-s', String(options.warmupS));
  if (options.reportsDir !== undefined) args.push('--reports-dir', options.reportsDir);
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'sidecar', 'main.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
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
    child.kill('SIGKILL');
    throw error;
  });
  return {
    url,
    pid: child.pid!,
    logs: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
