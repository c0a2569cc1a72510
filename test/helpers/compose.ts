// Runs the README's docker-compose one-shot command for real and reads what it left in ./reports.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../runner/k6/build-if-stale.ts';
import { hasCommand } from './tools.ts';

/** The compose project the tests use: fixed, so `down` after each run finds exactly its containers. */
const TEST_PROJECT = 'courseperf-test';

/** Why the compose tests cannot run here, or false when a Docker engine and a compose CLI answer. */
export function composeSkipReason(): string | false {
  if (!hasCommand('docker'))
    return 'no docker CLI (Debian package docker.io): the compose one-shot tests need a Docker engine';
  const info = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 20_000 });
  if (info.status !== 0)
    return `no Docker engine answers (docker info: ${(info.stderr || info.error?.message || '').trim().split('\n').pop()}); .ci/run starts dockerd`;
  if (!composeCli())
    return 'no compose CLI: neither `docker compose` (Compose v2) nor `docker-compose` (Compose v1, Debian package docker-compose)';
  return false;
}

/** `docker compose` when the Compose v2 plugin is there, else Compose v1's `docker-compose` (same subcommands and flags). */
function composeCli(): string[] | undefined {
  if (spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0) return ['docker', 'compose'];
  if (hasCommand('docker-compose')) return ['docker-compose'];
  return undefined;
}

/** The compose command as the README's "Ways to run" table gives it, split into words. */
export function readmeComposeCommand(): string[] {
  const row = readFileSync(join(ROOT, 'README.md'), 'utf8')
    .split('\n')
    .find((line) => line.startsWith('| docker-compose one-shot |'));
  const command = row && /`(docker compose [^`]+)`/.exec(row)?.[1];
  if (!command)
    throw new Error('README.md "Ways to run" has no `docker compose ...` command in its docker-compose one-shot row');
  return command.split(/\s+/);
}

export interface ComposeRun {
  code: number | null;
  output: string;
  /** Until the compose command exited (build, start, run, stop), and until its containers were removed as well. */
  upMs: number;
  elapsedMs: number;
  /** The run folder reports/latest pointed at after the run, when it is new. */
  runDir: string | undefined;
}

/**
 * Runs `words` (a compose command: `docker compose ...`, run with whichever compose CLI is
 * installed) in the repo, with `env` on top of the environment, in its own process group, killed at
 * the timeout. `down` afterwards removes the containers and the network; the images stay cached.
 */
export async function runCompose(
  words: string[],
  env: Record<string, string>,
  timeoutMs: number,
  extraFlags: string[] = [],
): Promise<ComposeRun> {
  const cli = composeCli()!;
  const [docker, compose, ...args] = words;
  if (docker !== 'docker' || compose !== 'compose') throw new Error(`not a docker compose command: ${words.join(' ')}`);
  const before = latestRunDir();
  const started = Date.now();
  const fullEnv = { ...process.env, COMPOSE_PROJECT_NAME: TEST_PROJECT, ...env };
  const child = spawn(cli[0]!, [...cli.slice(1), ...extraFlags, ...args], {
    cwd: ROOT,
    env: fullEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const timer = setTimeout(() => {
    output += `\n[test] compose killed after ${timeoutMs} ms\n`;
    process.kill(-child.pid!, 'SIGKILL');
  }, timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const upMs = Date.now() - started;
  // When compose gives up before attaching to the containers (a dependency never became healthy), their own
  // words are only in their logs.
  if (!output.includes('Attaching to')) output += `\n[containers' logs]\n${composeLogs(extraFlags)}`;
  composeDown(extraFlags);
  const after = latestRunDir();
  return { code, output, upMs, elapsedMs: Date.now() - started, runDir: after !== before ? after : undefined };
}

function composeLogs(extraFlags: string[]): string {
  const cli = composeCli()!;
  const logs = spawnSync(cli[0]!, [...cli.slice(1), ...extraFlags, 'logs', '--no-color', '--tail', '40'], {
    cwd: ROOT,
    env: { ...process.env, COMPOSE_PROJECT_NAME: TEST_PROJECT },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return `${logs.stdout ?? ''}${logs.stderr ?? ''}`;
}

/** Removes the test project's containers and network (never the images). */
export function composeDown(extraFlags: string[] = []): void {
  const cli = composeCli();
  if (!cli) return;
  spawnSync(cli[0]!, [...cli.slice(1), ...extraFlags, 'down', '--remove-orphans', '--timeout', '5'], {
    cwd: ROOT,
    env: { ...process.env, COMPOSE_PROJECT_NAME: TEST_PROJECT },
    stdio: 'ignore',
    timeout: 120_000,
  });
}

function latestRunDir(): string | undefined {
  const link = join(ROOT, 'reports', 'latest');
  return existsSync(link) ? realpathSync(link) : undefined;
}

interface ServerSeries {
  summary: Record<string, unknown>;
  samples: { cpu_percent: number; memory_mb: number; processes: number; source: string }[];
}

export interface RunFolder {
  files: string[];
  results:
    | { verdict?: string; thresholds: { metric: string; expression: string; ok: boolean; observed: number | null }[] }
    | undefined;
  server: ServerSeries | undefined;
  /** Distinct uid:gid of the folder and its files. */
  owners: string[];
}

export function readRunFolder(runDir: string): RunFolder {
  const read = (name: string) =>
    existsSync(join(runDir, name)) ? JSON.parse(readFileSync(join(runDir, name), 'utf8')) : undefined;
  const files = readdirSync(runDir).sort();
  const owners = new Set(
    [runDir, ...files.map((f) => join(runDir, f))].map((path) => `${statSync(path).uid}:${statSync(path).gid}`),
  );
  return { files, results: read('results.json'), server: read('server-resources.json'), owners: [...owners] };
}

/** The last lines of a compose run's output, for assertion messages. */
export const tail = (run: ComposeRun, lines = 25) => run.output.trim().split('\n').slice(-lines).join('\n');
