// test/unit/ is the pure tier (npm run test:unit, seconds): its tests start no process, open no
// socket, and need no k6 and no browser. This holds each file to that, and the test helpers it imports.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';

const UNIT = dirname(new URL(import.meta.url).pathname);
/** What only a test of the other tiers may use: processes, sockets, HTTP, a browser, the k6 runner helpers. */
const IMPURE =
  /from '(node:)?(child_process|net|http|https|dgram|cluster|worker_threads)'|from 'playwright-core'|\bfetch\(/;

/** A file's text with the text of each test helper it imports (one level: helpers import runner code, not helpers). */
function withHelpers(file: string): string {
  const text = readFileSync(file, 'utf8');
  const helpers = [...text.matchAll(/from '(\.\.\/helpers\/[\w-]+\.ts)'/g)].map((m) =>
    readFileSync(join(dirname(file), m[1]!), 'utf8'),
  );
  return [text, ...helpers].join('\n');
}

test('every test in test/unit is pure, and so are the helpers it imports', () => {
  const files = readdirSync(UNIT).filter((name) => name.endsWith('.test.ts') && name !== 'tier.test.ts');
  assert.ok(files.length >= 10, `only ${files.length} unit test files found in ${UNIT}`);
  const impure = files.flatMap((name) => {
    const match = IMPURE.exec(withHelpers(join(UNIT, name)));
    return match ? [`${name}: ${match[0]}`] : [];
  });
  assert.deepEqual(impure, [], 'move these to the folder of their subject, or take out what needs a process or socket');
});
