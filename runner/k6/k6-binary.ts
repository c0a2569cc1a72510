// The one place that decides which k6 binary every script runs.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PINNED_K6_VERSION = 'v2.2.0';
const MINIMUM_MAJOR = 2;

/** Per-user cache outside the repo, so every clone on the machine reuses one build. */
export function cachedK6Path(): string {
  const cacheRoot = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cacheRoot, 'course-perf', `k6-${PINNED_K6_VERSION}`, 'k6');
}

/** The version a k6 binary reports (e.g. "2.2.0"), or undefined when it does not run. */
export function k6Version(binary: string): string | undefined {
  try {
    const out = execFileSync(binary, ['version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    });
    return /k6 v(\d+\.\d+\.\d+)/.exec(out)?.[1];
  } catch {
    return undefined;
  }
}

function isRecentEnough(version: string | undefined): version is string {
  return version !== undefined && Number(version.split('.')[0]) >= MINIMUM_MAJOR;
}

/** K6_BINARY, else a k6 >= 2.0 on PATH, else the cached pinned build; undefined when none is usable. */
export function findK6(): { path: string; version: string } | undefined {
  const candidates = [process.env.K6_BINARY, 'k6', cachedK6Path()].filter((c): c is string => Boolean(c));
  for (const candidate of candidates) {
    if (candidate !== 'k6' && !existsSync(candidate)) continue;
    const version = k6Version(candidate);
    if (isRecentEnough(version)) return { path: candidate, version };
  }
  return undefined;
}

export const K6_INSTALL_HELP = [
  `k6 >= ${MINIMUM_MAJOR}.0 was not found. Any one of these gives you one:`,
  `  - build the pinned release with Go: npm run ensure-k6   (needs Go >= 1.25; about 2-5 minutes)`,
  `  - a package manager: https://grafana.com/docs/k6/latest/set-up/install-k6/ (apt, brew, winget, ...)`,
  `  - the container image: docker run --rm -i grafana/k6:${PINNED_K6_VERSION.slice(1)} run - <dist/load.js`,
  `  - or point K6_BINARY at a k6 binary you already have.`,
].join('\n');

/** The k6 binary to run; throws with install instructions when there is none. */
export function resolveK6(): string {
  const found = findK6();
  if (!found) throw new Error(K6_INSTALL_HELP);
  return found.path;
}
