// A pinned Python tool from PyPI in a virtual environment under the user's cache, made once and reused
// by every clone: `npm run bench`'s Locust and Otava rows and the history cross-check test use it.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface PipTool {
  /** PyPI name, e.g. apache-otava. */
  name: string;
  version: string;
  /** The console script it installs, e.g. otava. */
  bin: string;
}

function venvDir(tool: PipTool): string {
  const cacheRoot = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cacheRoot, 'course-perf', `${tool.name}-${tool.version}`);
}

/** The tool's venv (bin/ holds its script and python), installing it on first use; or why it cannot run here. */
export function ensurePipTool(tool: PipTool): { dir: string } | { skipped: string } {
  const dir = venvDir(tool);
  const python = ['python3', 'python'].find((name) => spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0);
  if (!python) return { skipped: `no Python 3 on PATH: ${tool.name} is left out` };
  const script = join(dir, 'bin', tool.bin);
  if (existsSync(script) && spawnSync(script, ['--help'], { stdio: 'ignore' }).status === 0) return { dir };
  rmSync(dir, { recursive: true, force: true }); // a half-made environment from an interrupted install
  const venv = spawnSync(python, ['-m', 'venv', dir], { encoding: 'utf8' });
  if (venv.status !== 0)
    return {
      skipped: `${python} -m venv failed (Debian: apt-get install python3-venv): ${venv.stderr.trim().slice(-300)}`,
    };
  const pip = spawnSync(
    join(dir, 'bin', 'pip'),
    ['install', '--quiet', '--disable-pip-version-check', `${tool.name}==${tool.version}`],
    { encoding: 'utf8', timeout: 900_000 },
  );
  if (pip.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return { skipped: `pip install ${tool.name}==${tool.version} failed: ${pip.stderr.trim().slice(-300)}` };
  }
  return { dir };
}

export const OTAVA: PipTool = { name: 'apache-otava', version: '0.8.0', bin: 'otava' };
