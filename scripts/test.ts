// Runs the node:test suite. Node 20's test runner neither expands globs nor finds *.ts files by
// itself, so this collects them; pass file paths to run only those.
//   tsx scripts/test.ts           every test (npm test, CI)
//   tsx scripts/test.ts --unit    test/unit/ only: the pure tier (npm run test:unit)
//   tsx scripts/test.ts <files>   those files
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The pure tier: its tests start no process, open no socket, run no k6 and no browser (test/unit/tier.test.ts). */
const UNIT_DIR = join('test', 'unit');

function findTests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findTests(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const args = process.argv.slice(2);
const named = args.filter((arg) => arg !== '--unit');
const files = named.length > 0 ? named : findTests(args.includes('--unit') ? UNIT_DIR : 'test').sort();
// One file at a time: the end-to-end tests measure latency on a 2-core machine, and parallel
// files would measure each other.
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${join(import.meta.dirname, 'slowest-files.mjs')}`,
    '--test-reporter-destination=stdout',
    ...files,
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
