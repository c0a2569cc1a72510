// Starts the demo platform as a child process on a free loopback port, for tests, benchmarks and
// the runners; stop() ends it and removes its data folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../k6/build-if-stale.ts';
import { signalGroup } from './process-group.ts';

export interface DemoPlatform {
  url: string;
  pid: number;
  stop(): Promise<void>;
  /** What the platform wrote on stdout and stderr so far. */
  logs(): string;
}

export interface DemoOptions {
  faults?: string;
  env?: Record<string, string>;
  /** A data folder to use (kept on stop); a fresh temporary one otherwise. */
  dataDir?: string;
  startTimeoutMs?: number;
}

const STOP_GRACE_MS = 5000;

export async function startDemoPlatform(options: DemoOptions = {}): Promise<DemoPlatform> {
  const ownDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'course-perf-demo-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'demo-platform', 'main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      DEMO_DATA_DIR: dataDir,
      ...(options.faults ? { DEMO_FAULTS: options.faults } : { DEMO_FAULTS: '' }),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group (runner/run/process-group.ts)
  });
  let output = '';
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const cleanUp = () => ownDataDir && rmSync(dataDir, { recursive: true, force: true });

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(new Error(`the demo platform did not start within ${options.startTimeoutMs ?? 20_000} ms:\n${output}`)),
      options.startTimeoutMs ?? 20_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the demo platform exited with code ${code} before listening:\n${output}`));
    });
  }).catch((error: unknown) => {
    signalGroup(child, 'SIGKILL');
    cleanUp();
    throw error;
  });

  return {
    url,
    pid: child.pid!,
    logs: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        signalGroup(child, 'SIGTERM');
        const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }
      cleanUp();
    },
  };
}
