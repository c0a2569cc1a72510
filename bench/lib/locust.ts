// Locust beside k6 in `npm run bench`: a pinned Locust in a virtual environment under the user's
// cache (bench/lib/pip-venv.ts), running bench/locustfile.py in one process. Request counts come
// from Locust's --json-file (its CSV lags by up to a second).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Cost, measure } from './measure.ts';
import { ensurePipTool, type PipTool } from './pip-venv.ts';

const LOCUST_VERSION = '2.47.0';
export const LOCUST_CLASSES = { HttpUser: 'BareHttpUser', FastHttpUser: 'BareFastHttpUser' } as const;
export type LocustClass = keyof typeof LOCUST_CLASSES;

const LOCUST: PipTool = { name: 'locust', version: LOCUST_VERSION, bin: 'locust' };

/** The pinned Locust's path, installing it on first use; or why Locust cannot run here. */
export function ensureLocust(): { locust: string } | { skipped: string } {
  const made = ensurePipTool(LOCUST);
  return 'dir' in made ? { locust: join(made.dir, 'bin', 'locust') } : made;
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
  onStart?: (pid: number) => void,
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
  const cost = await measure(locust, args, { ...process.env, ...env }, (durationS + 120) * 1000, onStart);
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
