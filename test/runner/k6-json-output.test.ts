// The one reader of k6's --out json files (runner/k6/json-output.ts), on what the real k6 writes:
// a script whose samples are known, run with no network, read back gzipped and plain.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { type K6Point, type MetricKind, readK6Json } from '../../runner/k6/json-output.ts';
import { resolveK6 } from '../../runner/k6/k6-binary.ts';

const SCRIPT = `
import { Counter, Gauge, Rate, Trend } from 'k6/metrics';
const counter = new Counter('test_counter');
const trend = new Trend('test_trend');
const rate = new Rate('test_rate');
const gauge = new Gauge('test_gauge');
export const options = { vus: 1, iterations: 5 };
export default function () {
  counter.add(2, { kind: 'a' });
  trend.add(__ITER * 10);
  rate.add(__ITER % 2 === 0);
  gauge.add(__ITER);
}`;

async function read(file: string, options: { wants?: (metric: string) => boolean; strict?: boolean } = {}) {
  const kinds = new Map<string, MetricKind>();
  const points: K6Point[] = [];
  await readK6Json(file, {
    ...options,
    onMetric: (metric, kind) => kinds.set(metric, kind),
    onPoint: (p) => points.push(p),
  });
  const of = (metric: string) => points.filter((p) => p.metric === metric);
  return { kinds, points, of };
}

describe("k6's JSON output", () => {
  let work: string;
  let startedMs: number;
  let endedMs: number;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'course-perf-json-'));
    writeFileSync(join(work, 'script.js'), SCRIPT);
    startedMs = Date.now();
    const run = spawnSync(resolveK6(), ['run', '--quiet', '--out', 'json=out.json.gz', 'script.js'], {
      cwd: work,
      encoding: 'utf8',
      timeout: 60_000,
    });
    endedMs = Date.now();
    assert.equal(run.status, 0, run.stderr);
    writeFileSync(join(work, 'out.json'), gunzipSync(readFileSync(join(work, 'out.json.gz'))));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  test('gives every sample with its time and tags, and each metric its kind', async () => {
    const { kinds, of } = await read(join(work, 'out.json.gz'));
    assert.deepEqual(
      ['test_counter', 'test_trend', 'test_rate', 'test_gauge'].map((m) => kinds.get(m)),
      ['counter', 'trend', 'rate', 'gauge'],
    );
    assert.equal(kinds.get('iterations'), 'counter', "k6's own metrics too");
    assert.deepEqual(
      of('test_counter').map((p) => [p.value, p.tags.kind]),
      Array(5).fill([2, 'a']),
    );
    assert.deepEqual(
      of('test_trend').map((p) => p.value),
      [0, 10, 20, 30, 40],
    );
    assert.deepEqual(
      of('test_rate').map((p) => p.value),
      [1, 0, 1, 0, 1],
    );
    assert.deepEqual(
      of('test_gauge').map((p) => p.value),
      [0, 1, 2, 3, 4],
    );
    for (const p of of('test_trend')) {
      assert.ok(p.ms >= startedMs - 1000 && p.ms <= endedMs + 1000, `${p.ms} within the run`);
      assert.equal(p.tags.scenario, 'default');
    }
  });

  test('reads plain files alike, and skips the points of metrics it is not asked for', async () => {
    const gz = await read(join(work, 'out.json.gz'));
    const plain = await read(join(work, 'out.json'));
    assert.deepEqual(plain.points, gz.points);
    const trend = await read(join(work, 'out.json.gz'), { wants: (metric) => metric === 'test_trend' });
    assert.deepEqual(trend.points, gz.of('test_trend'));
    assert.equal(trend.kinds.get('test_gauge'), 'gauge', 'kinds are read for every metric');
  });

  test('a half-written last line (a run cut short) is skipped, or refused when strict', async () => {
    const cut = join(work, 'cut.json');
    writeFileSync(cut, readFileSync(join(work, 'out.json')));
    appendFileSync(cut, '{"metric":"test_trend","type":"Point","data":{"time":"2026-');
    assert.deepEqual((await read(cut)).points, (await read(join(work, 'out.json'))).points);
    await assert.rejects(
      read(cut, { strict: true }),
      /cut\.json: a line is not JSON: is this k6's --out json output\?/,
    );
  });
});
