// The run folder every run writes its reports into (the runner's, and docker-compose's sidecar service).
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** reports/<UTC time>-<entry>-<random>: two runs at once never share a folder. */
export function newRunDir(reportsRoot: string, entry: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
    .replace('T', '-');
  const dir = resolve(reportsRoot, `${stamp}-${entry}-${randomBytes(3).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}
