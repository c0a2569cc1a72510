// The one `k6 inspect` (runner/k6/inspect.ts): the plan, the demo's user pool and the merge ask the
// real k6 once per script and environment, and a refusal gives k6's reason without its stack.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildIfStale } from '../../runner/k6/build-if-stale.ts';
import { inspectEntry, inspectScript } from '../../runner/k6/inspect.ts';
import { resolveK6 } from '../../runner/k6/k6-binary.ts';
import { demoPoolFor } from '../../runner/run/user-pool.ts';

const timed = <T>(ask: () => T) => {
  const started = performance.now();
  const answer = ask();
  return { answer, ms: performance.now() - started };
};

describe('k6 inspect, once per script and environment', () => {
  let k6: string;
  let work: string;
  before(() => {
    buildIfStale();
    k6 = resolveK6();
    work = mkdtempSync(join(tmpdir(), 'course-perf-inspect-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test("an entry's requirements under its environment, asked of k6 once", () => {
    const env = { ...process.env, PERFORMANCE_CONCURRENT_USERS: '30' };
    const first = timed(() => inspectEntry(k6, 'spike', env));
    assert.ok(first.answer.ok, JSON.stringify(first.answer));
    // SPIKE_BASE_USERS defaults to a tenth of the users (3), SPIKE_FACTOR to 5.
    assert.equal(first.answer.inspection.maxVUs, 15);
    assert.equal(first.answer.inspection.totalDuration, '1m46s');
    const again = timed(() => inspectEntry(k6, 'spike', { ...env }));
    assert.equal(again.answer, first.answer, 'the same answer, kept');
    // k6 takes a tenth of a second or more to answer; a kept answer, well under a millisecond.
    assert.ok(again.ms < 50 && first.ms > again.ms * 4, `k6 was not asked again: ${again.ms} ms vs ${first.ms} ms`);
    // The demo platform's pool for the same run reads the kept answer: as many accounts as VU ids.
    const pool = timed(() => demoPoolFor(k6, 'spike', env));
    assert.equal(pool.answer, 'regular:15,power:15,admin:15');
    assert.ok(pool.ms < 50, `k6 was not asked again: ${pool.ms} ms`);
    const other = inspectEntry(k6, 'spike', { ...env, PERFORMANCE_CONCURRENT_USERS: '50' });
    assert.ok(other.ok && other.inspection.maxVUs === 25, 'another environment is asked anew');
  });

  test("a refusal is k6's own reason, without the stack", () => {
    const refused = inspectEntry(k6, 'spike', { ...process.env, SPIKE_FACTOR: '0' });
    assert.deepEqual(refused, {
      ok: false,
      error: 'ConfigError: invalid SPIKE_FACTOR="0": expected a number from 1 to 1000',
    });
  });

  test('a script that changed is asked anew; thresholds come with the answer', () => {
    const script = join(work, 'script.js');
    const write = (vus: number) =>
      writeFileSync(
        script,
        `export const options = { vus: ${vus}, duration: '1s', thresholds: { checks: ['rate>0.9'] } };\nexport default function () {}\n`,
      );
    write(2);
    const before = inspectScript(k6, 'script.js', process.env, work);
    assert.ok(before.ok && before.inspection.maxVUs === 2, JSON.stringify(before));
    assert.deepEqual(before.inspection.thresholds, { checks: ['rate>0.9'] });
    write(12);
    const after = inspectScript(k6, 'script.js', process.env, work);
    assert.ok(after.ok && after.inspection.maxVUs === 12, JSON.stringify(after));
  });
});
