// Beyond one machine: one entry split into two k6 processes by execution segments makes the same
// load as one process, and merging their raw outputs gives the same numbers and one verdict,
// which a fault in the platform turns into a failure.
import assert from 'node:assert/strict';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildIfStale } from '../../scripts/lib/build-if-stale.ts';
import { startDemoPlatform } from '../../scripts/lib/demo-process.ts';
import { mergeAndEvaluate } from '../../scripts/merge-results.ts';
import { runK6, type K6Run } from '../helpers/k6.ts';

const SCRIPT = 'dist/api.js';
const ENV = { PERFORMANCE_TEST_DURATION: '6', API_RATE: '4' };
const SEQUENCE = ['--execution-segment-sequence', '0,1/2,1'];
const work = mkdtempSync(join(tmpdir(), 'segments-'));
after(() => rmSync(work, { recursive: true, force: true }));
before(() => buildIfStale());

async function splitRun(faults: string | undefined, name: string): Promise<{ halves: K6Run[]; files: string[] }> {
  const platform = await startDemoPlatform({ faults });
  try {
    const env = { BASE_URL: platform.url, ...ENV };
    const files = [join(work, `${name}-a.json.gz`), join(work, `${name}-b.json.gz`)];
    const halves = await Promise.all([
      runK6(SCRIPT, { env, args: ['--execution-segment', '0:1/2', ...SEQUENCE, '--out', `json=${files[0]}`], timeoutMs: 90_000 }),
      runK6(SCRIPT, { env, args: ['--execution-segment', '1/2:1', ...SEQUENCE, '--out', `json=${files[1]}`], timeoutMs: 90_000 }),
    ]);
    return { halves, files };
  } finally {
    await platform.stop();
  }
}

const metric = (run: K6Run, name: string) => run.summary!.metrics[name] as Record<string, number>;

/** HTTP requests the scenarios made (setup runs once per process, so it is left out). */
async function scenarioRequests(files: string[]): Promise<number> {
  let count = 0;
  for (const file of files) {
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.includes('"metric":"http_reqs"') || !line.includes('"type":"Point"')) continue;
      const group = JSON.parse(line).data.tags?.group ?? '';
      if (group !== '::setup' && group !== '::teardown') count++;
    }
  }
  return count;
}

describe('execution segments', () => {
  let single: K6Run;
  let split: Awaited<ReturnType<typeof splitRun>>;
  before(async () => {
    const platform = await startDemoPlatform();
    try {
      single = await runK6(SCRIPT, { env: { BASE_URL: platform.url, ...ENV }, args: ['--out', `json=${join(work, 'single.json.gz')}`], timeoutMs: 90_000 });
    } finally {
      await platform.stop();
    }
    split = await splitRun(undefined, 'healthy');
  });

  test('two halves make the same load as one process', async () => {
    assert.equal(single.code, 0, single.stderr.slice(-1500));
    for (const half of split.halves) assert.equal(half.code, 0, half.stderr.slice(-1500));
    const iterations = split.halves.reduce((sum, h) => sum + metric(h, 'iterations').count!, 0);
    const requests = await scenarioRequests(split.files);
    const singleRequests = await scenarioRequests([join(work, 'single.json.gz')]);
    const expected = metric(single, 'iterations').count!;
    assert.ok(Math.abs(iterations - expected) <= Math.max(3, expected * 0.05), `halves ${iterations} vs single ${expected} iterations`);
    assert.ok(Math.abs(requests - singleRequests) <= Math.max(6, singleRequests * 0.05), `halves ${requests} vs single ${singleRequests} requests`);
    // Each half really did half the work: the split is by segment, not duplicated.
    for (const half of split.halves) assert.ok(Math.abs(metric(half, 'iterations').count! - expected / 2) <= Math.max(3, expected * 0.1));
  });

  test('the merged verdict matches a single run: counts and p95 within tolerance, all thresholds hold', async () => {
    const merged = await mergeAndEvaluate(SCRIPT, split.files);
    const reference = await mergeAndEvaluate(SCRIPT, [join(work, 'single.json.gz')]);
    assert.equal(merged.ok, true, merged.rows.filter((r) => !r.ok).map((r) => `${r.key} ${r.expression} ${r.observed}`).join('; '));
    const row = (v: typeof merged, key: string, expression: string) => v.rows.find((r) => r.key === key && r.expression === expression)!;
    const api = row(merged, 'http_req_duration{endpoint:course_get}', 'p(95)<200');
    const apiSingle = row(reference, 'http_req_duration{endpoint:course_get}', 'p(95)<200');
    assert.ok(Math.abs(api.samples - apiSingle.samples) <= Math.max(3, apiSingle.samples * 0.05), `samples ${api.samples} vs ${apiSingle.samples}`);
    assert.ok(Math.abs(api.observed! - apiSingle.observed!) <= Math.max(5, apiSingle.observed! * 0.5), `p95 ${api.observed} vs ${apiSingle.observed}`);
    // The merge agrees with k6's own figure for the single run.
    const k6p95 = metric(single, 'http_req_duration{endpoint:course_get}')['p(95)']!;
    assert.ok(Math.abs(apiSingle.observed! - k6p95) <= Math.max(0.5, k6p95 * 0.1), `merge ${apiSingle.observed} vs k6 ${k6p95}`);
  });

  test('a fault in the platform fails the merged verdict', async () => {
    const faulty = await splitRun('latency:route=course_export,ms=1500', 'faulty');
    const merged = await mergeAndEvaluate(SCRIPT, faulty.files);
    assert.equal(merged.ok, false);
    assert.ok(merged.rows.some((r) => !r.ok && r.key === 'http_req_duration{endpoint:course_export}'));
  });
});
