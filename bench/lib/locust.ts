// Locust beside k6 in `npm run bench`: a pinned Locust in a virtual environment under the user's
// cache (made once, reused by every clone), running bench/locustfile.py in one process. Request
// counts come from Locust's --json-file (its CSV lags by up to a second).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type Cost, measure } from './measure.ts';

const LOCUST_VERSION = '2.47.0';
export const LOCUST_CLASSES = { HttpUser: 'BareHttpUser', FastHttpUser: 'BareFastHttpUser' } as const;
export type LocustClass = keyof typeof LOCUST_CLASSES;

function venvDir(): string {
  const cacheRoot = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cacheRoot, 'course-perf', `locust-${LOCUST_VERSION}`);
}

/** The pinned Locust's path, installing it on first use; or why Locust cannot run here. */
export function ensureLocust(): { locust: string } | { skipped: string } {
  const dir = venvDir();
  const locust = join(dir, 'bin', 'locust');
  const python = ['python3', 'python'].find((name) => spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0);
  if (!python) return { skipped: 'no Python 3 on PATH: the Locust rows are left out' };
  if (existsSync(locust) && spawnSync(locust, ['--version'], { stdio: 'ignore' }).status === 0) return { locust };
  rmSync(dir, { recursive: true, force: true }); // a half-made environment from an interrupted install
  const venv = spawnSync(python, ['-m', 'venv', dir], { encoding: 'utf8' });
  if (venv.status !== 0)
    return {
      skipped: `${python} -m venv failed (Debian: apt-get install python3-venv): ${venv.stderr.trim().slice(-300)}`,
    };
  const pip = spawnSync(
    join(dir, 'bin', 'pip'),
    ['install', '--quiet', '--disable-pip-version-check', `locust==${LOCUST_VERSION}`],
    { encoding: 'utf8', timeout: 600_000 },
  );
  if (pip.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { skipped: `pip install locust==${LOCUST_VERSION} failed: ${pip.stderr.trim().slice(-300)}` };
  }
  return { locust };
}

export interface LocustRun extends Cost {
  requests: number;
  failures: number;
  /** Requests per endpoint name, as bench/locustfile.py names them. */
  byEndpoint: Record<string, number>;
}

/** One headless Locust run of bench/locustfile.py: all users started within the first second. */
export async function runLocust(
  locust: string,
  userClass: LocustClass,
  env: Record<string, string>,
  users: number,
  durationS: number,
  jsonFile: string,
): Promise<LocustRun> {
  const args = [
    '-f',
    'bench/locustfile.py',
    '--headless',
    '--only-summary',
    '--loglevel',
    'WARNING',
    '-u',
    String(users),
    '-r',
    String(users),
    '-t',
    `${durationS}s`,
    '--stop-timeout',
    '5',
    '--host',
    env.BASE_URL!,
    '--json-file',
    jsonFile.replace(/\.json$/, ''),
    LOCUST_CLASSES[userClass],
  ];
  const cost = await measure(locust, args, { ...process.env, ...env }, (durationS + 120) * 1000);
  // Locust exits 1 when any request failed: the counts below say how many.
  if ((cost.code !== 0 && cost.code !== 1) || !existsSync(jsonFile))
    throw new Error(`locust ${userClass} exited ${cost.code}: ${cost.stderr.slice(-2000)}`);
  const stats = JSON.parse(readFileSync(jsonFile, 'utf8')) as {
    name: string;
    num_requests: number;
    num_failures: number;
  }[];
  const byEndpoint: Record<string, number> = {};
  for (const row of stats) byEndpoint[row.name] = (byEndpoint[row.name] ?? 0) + row.num_requests;
  return {
    ...cost,
    requests: stats.reduce((sum, row) => sum + row.num_requests, 0),
    failures: stats.reduce((sum, row) => sum + row.num_failures, 0),
    byEndpoint,
  };
}
