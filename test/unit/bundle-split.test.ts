// build.mjs keeps what only k6's VU 0 runs (options, setup, teardown, handleSummary) inside one
// function of each dist/ entry, required in VU 0 only, so load VUs never build its functions
// (README, "Performance of the suite itself"). This reads the committed bundles and checks it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
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
