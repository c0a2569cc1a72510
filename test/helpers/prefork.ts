// Starts test/fixtures/sidecar/prefork-server.cjs (a primary and its workers) in its own process
// group, with its faults, and stops the whole group.
import { spawn } from 'node:child_process';

const FIXTURE = new URL('../fixtures/sidecar/prefork-server.cjs', import.meta.url).pathname;

export interface PreforkOptions {
  workers?: number;
  /** Share of a core each worker burns. */
  burnShare?: number;
  /** MB each worker keeps per second. */
  leakMbPerS?: number;
  /** 'none': the kernel picks the worker for each connection; default Node's round robin. */
  sched?: 'rr' | 'none';
}

export interface Prefork {
  url: string;
  pid: number;
  workerPids: number[];
  /** Each worker's own /metrics host:port, as a Prometheus server scrapes them. */
  workerMetrics: string[];
  /** A text on the primary's command line, for --match. */
  marker: string;
  /** Adds one worker (as gunicorn's SIGTTIN does) and waits until it listens. */
  addWorker(): Promise<void>;
  stop(): Promise<void>;
}

let started = 0;

export async function startPrefork(options: PreforkOptions = {}): Promise<Prefork> {
  const marker = `course-perf-prefork-${process.pid}-${++started}`;
  const child = spawn(process.execPath, [FIXTURE, marker], {
    env: {
      ...process.env,
      PREFORK_WORKERS: String(options.workers ?? 2),
      PREFORK_BURN_SHARE: String(options.burnShare ?? 0),
      PREFORK_LEAK_MB_PER_S: String(options.leakMbPerS ?? 0),
      PREFORK_SCHED: options.sched ?? 'rr',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const lines: string[] = [];
  let waiting: (() => void) | undefined;
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk;
    lines.push(
      ...String(chunk)
        .split('\n')
        .filter((l) => l.startsWith('prefork listening')),
    );
    waiting?.();
  });
  const nextLine = (count: number) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the pre-fork fixture did not listen within 15 s:\n${output}`)),
        15_000,
      );
      waiting = () => {
        if (lines.length >= count) {
          clearTimeout(timer);
          resolve(lines[count - 1]!);
        }
      };
      waiting();
    });
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // gone
    }
  };
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const stop = async () => {
    kill('SIGKILL'); // the primary and its workers: nothing of the fixture needs a graceful end
    await exited;
  };
  const parse = (line: string) => {
    const match = /listening on (\S+) workers (\S+) metrics (\S+)/.exec(line)!;
    return {
      url: match[1]!,
      workerPids: match[2]!.split(',').map(Number),
      workerMetrics: match[3]!.split(',').map((u) => u.replace('http://', '')),
    };
  };
  try {
    const first = parse(await nextLine(1));
    const prefork: Prefork = {
      ...first,
      pid: child.pid!,
      marker,
      async addWorker() {
        process.kill(child.pid!, 'SIGTTIN'); // the primary only: a stopped-terminal signal would stop the workers
        Object.assign(prefork, parse(await nextLine(lines.length + 1)));
      },
      stop,
    };
    return prefork;
  } catch (error) {
    await stop();
    throw error;
  }
}
