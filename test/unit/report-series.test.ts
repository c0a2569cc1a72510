// What the HTML report reads of a recorded `npm run load` run (test/fixtures/report/load-run/):
// k6's --out json series, counted against k6's own per-endpoint tally, and the sidecar's series in
// every shape a run folder may hold it. (The report in Chromium: test/report/html-report.test.ts.)
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { Results } from '../../lib/report/results.ts';
import { readK6Series, readServerSeries } from '../../runner/report/html-report.ts';

const RECORDED = 'test/fixtures/report/load-run';
const work = mkdtempSync(join(tmpdir(), 'report-series-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('reading the series', () => {
  test("k6's series counts API requests only: the sidecar's and setup's are left out", async () => {
    const results: Results = JSON.parse(readFileSync(join(RECORDED, 'results.json'), 'utf8'));
    const buckets = await readK6Series(join(RECORDED, 'metrics.json.gz'));
    const requests = [...buckets.values()].reduce((n, b) => n + b.requests, 0);
    // k6's own per-endpoint counts, from the summary: an independent tally of the same requests.
    const perEndpoint = results.endpoints.reduce((n, e) => n + e.requests, 0);
    assert.equal(requests, perEndpoint);
    assert.ok(requests < results.metrics.http_reqs!.count!, 'http_reqs also counts the sidecar polls');
    assert.ok(buckets.size >= 30, `${buckets.size} seconds of a ~37 s run`);
  });

  test("the sidecar's series: its file shape, a bare array, missing, corrupt or odd", () => {
    const recorded = readServerSeries(join(RECORDED, 'server-resources.json'));
    assert.equal(
      recorded.samples.length,
      JSON.parse(readFileSync(join(RECORDED, 'server-resources.json'), 'utf8')).samples.length,
    );
    assert.equal(recorded.note, null);
    const file = (name: string, text: string) => {
      writeFileSync(join(work, name), text);
      return join(work, name);
    };
    const sample = (t: number) => ({ seq: t, t, cpu_percent: 5, cpu_cores_percent: 10, memory_mb: 80, rss_mb: 90 });
    assert.deepEqual(
      readServerSeries(file('array.json', JSON.stringify([sample(2000), sample(1000)]))).samples.map((s) => s.t),
      [1000, 2000],
    );
    assert.deepEqual(readServerSeries(join(work, 'absent.json')), { samples: [], note: null });
    const corrupt = readServerSeries(file('corrupt.json', '{"samples": ['));
    assert.deepEqual(corrupt.samples, []);
    assert.match(corrupt.note!, /corrupt\.json is not readable JSON/);
    assert.match(readServerSeries(file('odd.json', '{"rows": []}')).note!, /no "samples" array/);
    assert.equal(
      readServerSeries(file('holes.json', JSON.stringify([sample(1000), { t: 2000, cpu_percent: null }]))).samples
        .length,
      1,
    );
  });
});
