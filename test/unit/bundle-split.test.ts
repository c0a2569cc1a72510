// build.mjs keeps what only k6's VU 0 runs (options, setup, teardown, handleSummary) inside one
// function of each dist/ entry, required in VU 0 only, so load VUs never build its functions
// (README, "Performance of the suite itself"), and the rest of the load side in one function scope.
// This reads the committed bundles and checks both.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join } from 'node:path';
import { test } from 'node:test';

const DIST = new URL('../../dist/', import.meta.url).pathname;
/**
 * Functions only the control side needs: option building, gates, setup, report formatting, and the
 * configuration parser (load VUs read VU 0's result: lib/config/env-load-side.ts).
 */
const CONTROL_ONLY = ['entryOptions', 'toK6Thresholds', 'prepareRun', 'makeHandleSummary', 'parseConfig'];

test('every entry keeps its control side in one function that only VU 0 calls', () => {
  const entries = readdirSync(DIST).filter((name) => name.endsWith('.js'));
  assert.ok(entries.length >= 10, `only ${entries.length} entries in dist/`);
  for (const entry of entries) {
    const name = entry.slice(0, -'.js'.length);
    const lines = readFileSync(join(DIST, entry), 'utf8').split('\n');
    const start = lines.findIndex((line) => line.startsWith(`var require_${name.replace(/-/g, '_')}_control = `));
    assert.ok(start >= 0, `${entry}: no control side`);
    const end = lines.findIndex((line, i) => i > start && line === '});');
    const outside = [...lines.slice(0, start), ...lines.slice(end + 1)].join('\n');
    const inside = lines.slice(start, end).join('\n');
    for (const fn of CONTROL_ONLY) {
      assert.doesNotMatch(outside, new RegExp(`function ${fn}\\d*\\(`), `${entry}: ${fn} is built in every VU`);
      assert.match(inside, new RegExp(`function ${fn}\\d*\\(`), `${entry}: ${fn} is missing from the control side`);
    }
    assert.match(outside, /^var options\d* = __VU === 0 \? control\(\)\.options : void 0;$/m, entry);
    for (const fn of ['setup', 'teardown', 'handleSummary'])
      assert.match(outside, new RegExp(`^function ${fn}\\d*\\(\\.\\.\\.args\\) \\{$`, 'm'), `${entry}: ${fn}`);
  }
});

const MAP_PREFIX = '//# sourceMappingURL=data:application/json;base64,';

test('every entry keeps its load side in one function scope, its source map still pointing at the .ts lines', () => {
  const root = new URL('../../', import.meta.url).pathname;
  for (const entry of readdirSync(DIST).filter((name) => name.endsWith('.js'))) {
    const lines = readFileSync(join(DIST, entry), 'utf8').split('\n');
    // Module level: the k6 imports, the function that holds the rest, and the exports read from it.
    assert.match(lines[0]!, /^(import [^;]+ from "k6[^"]*"; ?)+$/, `${entry}: first line`);
    assert.equal(lines[1], 'const loadSide = (() => {', entry);
    const end = lines.lastIndexOf('})();');
    assert.ok(end > 1, `${entry}: the function is not closed`);
    for (const line of lines.slice(end + 1, -2)) assert.match(line, /^export const (\w+) = loadSide\.\1;$/, entry);
    assert.ok(
      lines.slice(2, end).every((line) => !/^(import|export) /.test(line)),
      `${entry}: an import or export inside`,
    );
    // A function of the load side maps back to the line of lib/http/api.ts that declares it.
    const map = new SourceMap(JSON.parse(Buffer.from(lines.at(-2)!.slice(MAP_PREFIX.length), 'base64').toString()));
    const generated = lines.findIndex((line) => line.startsWith('function hasShape('));
    const found = map.findEntry(generated, 0) as { originalSource?: string; originalLine?: number };
    assert.ok(found.originalSource?.endsWith('lib/http/api.ts'), `${entry}: hasShape maps to ${found.originalSource}`);
    const source = readFileSync(join(root, 'lib/http/api.ts'), 'utf8').split('\n');
    assert.match(source[found.originalLine!]!, /function hasShape/, `${entry}: hasShape maps to a wrong line`);
  }
});
