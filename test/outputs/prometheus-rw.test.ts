// A real time-series output for shared dashboards: k6's Prometheus remote-write output sends the
// run's metrics, with our endpoint tags as labels, to a receiver (here one on loopback that
// decodes snappy + protobuf as Prometheus would).
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import protobuf from 'protobufjs';
import snappy from 'snappyjs';
import { buildIfStale } from '../../scripts/lib/build-if-stale.ts';
import { startDemoPlatform } from '../../scripts/lib/demo-process.ts';
import { runK6 } from '../helpers/k6.ts';

// Prometheus remote-write 1.0 WriteRequest, as far as this test reads it.
const root = protobuf.parse(`
syntax = "proto3";
message WriteRequest { repeated TimeSeries timeseries = 1; }
message TimeSeries { repeated Label labels = 1; repeated Sample samples = 2; }
message Label { string name = 1; string value = 2; }
message Sample { double value = 1; int64 timestamp = 2; }
`).root;
const WriteRequest = root.lookupType('WriteRequest');

interface Series {
  labels: Record<string, string>;
  values: number[];
}

test('k6 --out experimental-prometheus-rw delivers per-endpoint series to a remote-write receiver', async () => {
  buildIfStale();
  const received: Series[] = [];
  let requests = 0;
  const receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests++;
      assert.equal(req.headers['content-encoding'], 'snappy');
      const decoded = WriteRequest.toObject(WriteRequest.decode(snappy.uncompress(Buffer.concat(chunks))), { longs: Number }) as { timeseries?: { labels: { name: string; value: string }[]; samples?: { value: number }[] }[] };
      for (const series of decoded.timeseries ?? []) {
        received.push({ labels: Object.fromEntries(series.labels.map((l) => [l.name, l.value])), values: (series.samples ?? []).map((s) => s.value) });
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  const { port } = receiver.address() as { port: number };
  const platform = await startDemoPlatform();
  try {
    const run = await runK6('dist/smoke.js', {
      env: {
        BASE_URL: platform.url,
        K6_PROMETHEUS_RW_SERVER_URL: `http://127.0.0.1:${port}/api/v1/write`,
        K6_PROMETHEUS_RW_PUSH_INTERVAL: '1s',
        K6_PROMETHEUS_RW_TREND_STATS: 'p(95),count',
      },
      args: ['--out', 'experimental-prometheus-rw'],
      timeoutMs: 90_000,
    });
    assert.equal(run.code, 0, run.stderr.slice(-2000));
  } finally {
    await platform.stop();
    receiver.close();
  }
  assert.ok(requests >= 3, `only ${requests} pushes`);
  const names = new Set(received.map((s) => s.labels.__name__));
  assert.ok(names.has('k6_http_reqs_total'), [...names].join(', '));
  assert.ok(names.has('k6_http_req_duration_p95'), [...names].join(', '));
  const courseGet = received.filter((s) => s.labels.__name__ === 'k6_http_reqs_total' && s.labels.endpoint === 'course_get' && s.labels.scope === 'api');
  assert.ok(courseGet.length > 0, 'course_get requests arrive with their endpoint and scope labels');
  assert.ok(Math.max(...courseGet.flatMap((s) => s.values)) >= 1);
  assert.ok(received.some((s) => s.labels.__name__?.startsWith('k6_chapter_generation_ms')), 'custom metrics arrive too');
});
