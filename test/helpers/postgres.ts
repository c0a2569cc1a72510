// A throwaway PostgreSQL server for tests (Debian's `postgresql` package; .ci/run installs it): a new
// cluster in a temp folder, on a free 127.0.0.1 port, its socket in that folder, in its own process
// group; stopped and removed after. PostgreSQL refuses to run as root, so as root it runs as the
// `postgres` user the package creates.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freeLoopbackPort } from '../../runner/dashboard/dashboard-proxy.ts';

export interface PostgresServer {
  /** postgres://perf@127.0.0.1:<port>/<database> */
  url(database?: string): string;
  stop(): Promise<void>;
  logs(): string;
}

/** The folder holding initdb and postgres: PATH first, else Debian's /usr/lib/postgresql/<newest>/bin; null when absent. */
function postgresBinaries(): string | null {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) {
    const real = spawnSync('readlink', ['-f', onPath], { encoding: 'utf8' }).stdout.trim() || onPath;
    return real.replace(/\/initdb$/, '');
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** As root: the postgres user's ids; otherwise undefined (run as ourselves). */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  if (!uid || !gid)
    throw new Error('running as root and there is no postgres user (Debian: apt-get install postgresql)');
  return { uid, gid };
}

async function waitReady(url: string, child: { exitCode: number | null }, logs: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`PostgreSQL did not start: ${(error as Error).message}\n${logs()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinaries();
  if (!bin)
    throw new Error(
      'no PostgreSQL binaries (initdb) on PATH or under /usr/lib/postgresql (Debian: apt-get install postgresql)',
    );
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'course-perf-postgres-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  const init = spawnSync(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'perf', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'],
    { encoding: 'utf8', ...user, cwd: dir },
  );
  if (init.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  }
  const port = await freeLoopbackPort();
  let output = '';
  const child = spawn(
    join(bin, 'postgres'),
    ['-D', data, '-k', dir, '-h', '127.0.0.1', '-p', String(port), '-F', '-c', 'max_connections=30'],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...user, cwd: dir },
  );
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const url = (database = 'postgres') => `postgres://perf@127.0.0.1:${port}/${database}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGINT'); // fast shutdown: ends client sessions, then stops
      } catch {}
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(url(), child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop, logs: () => output };
}
