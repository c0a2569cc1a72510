// Rebuilds dist/ when any k6-side source is newer than the bundles (or a bundle is missing).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;
const SOURCE_DIRS = ['scenarios', 'lib', 'thresholds'];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function isStale(root = ROOT): boolean {
  const scenarios = readdirSync(join(root, 'scenarios')).filter((name) => name.endsWith('.ts'));
  const bundles = scenarios.map((name) => join(root, 'dist', name.replace(/\.ts$/, '.js')));
  if (bundles.some((bundle) => !existsSync(bundle))) return true;
  const oldestBundle = Math.min(...bundles.map((bundle) => statSync(bundle).mtimeMs));
  const newestSource = Math.max(
    statSync(join(root, 'build.mjs')).mtimeMs,
    ...SOURCE_DIRS.map((dir) => newestMtime(join(root, dir))),
  );
  return newestSource > oldestBundle;
}

export function buildIfStale(root = ROOT): void {
  if (!isStale(root)) return;
  const result = spawnSync(process.execPath, [join(root, 'build.mjs')], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) throw new Error('building dist/ failed (node build.mjs): see the errors above');
}
