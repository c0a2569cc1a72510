// k6's Prometheus remote-write output, end to end: a short real `load` run against the demo
// platform writes to a real Prometheus server (its remote-write receiver on), and what that server
// answers to PromQL per endpoint agrees with the run's results.json. That answer is what a shared
// Grafana dashboard shows.
//
// What the output's aggregation allows: it keeps one k6 sink per series (metric + full tag set) for
// the whole run and pushes each stat as a gauge. An endpoint is one series per user class here
// (the `scenario` and `group` tags differ), so request counts, durations' count and sum add up and
// the maximum is the largest maximum: all equal results.json (to float rounding). A percentile is
// per series and does not combine; for an endpoint that is a single series it is computed from the
// same samples as k6's summary, so it is equal too.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Results } from '../../lib/report/results.ts';
import { buildIfStale } from '../../runner/k6/build-if-stale.ts';
import { startDemoPlatform } from '../../runner/run/demo-process.ts';
import { LATENCY_GATES_OUT_OF_REACH } from '../helpers/gates-out-of-reach.ts';
import { type K6Run, runK6 } from '../helpers/k6.ts';
import { PROMETHEUS, type PrometheusServer, startPrometheus } from '../helpers/prometheus-server.ts';
import { skipUnless } from '../helpers/tools.ts';

// Trend stats pushed as gauges k6_<metric>_<stat>: the ones results.json has, and sum for the mean.
const TREND_STATS = 'med,p(95),p(99),max,count,sum';
// float64 rounding: the output divides ms by 1000, sums add in another order.
const RELATIVE_TOLERANCE = 1e-9;

function assertClose(actual: number | undefined, expected: number | null | undefined, what: string): void {
  assert.ok(
    typeof actual === 'number' && typeof expected === 'number',
    `${what}: Prometheus ${actual}, results.json ${expected}`,
  );
  assert.ok(
    Math.abs(actual - expected) <= RELATIVE_TOLERANCE * Math.max(Math.abs(expected), 1e-9),
    `${what}: Prometheus ${actual}, results.json ${expected}`,
  );
}

/** An instant query aggregated `by (endpoint)`, as endpoint -> value. */
async function byEndpoint(prometheus: PrometheusServer, promql: string): Promise<Map<string, number>> {
  const samples = await prometheus.query(promql);
  return new Map(samples.map((s) => [s.labels.endpoint ?? '', s.value]));
}

/** A short `load` run against a fresh demo platform, pushing to `prometheus` under the tag testid. */
async function loadRunPushing(prometheus: PrometheusServer, reports: string, testid: string): Promise<K6Run> {
  const platform = await startDemoPlatform();
  try {
    return await runK6('dist/load.js', {
      env: {
        BASE_URL: platform.url,
        REPORTS_DIR: reports,
        PERFORMANCE_CONCURRENT_USERS: '5',
        PERFORMANCE_TEST_DURATION: '10',
        PERFORMANCE_RAMP_UP: '2',
        PERFORMANCE_RAMP_DOWN: '2',
        PERFORMANCE_THINK_TIME: '0.05-0.15',
        ...LATENCY_GATES_OUT_OF_REACH, // latency is not this test's subject: a busy machine cannot fail the run
        K6_PROMETHEUS_RW_SERVER_URL: `${prometheus.url}/api/v1/write`,
        K6_PROMETHEUS_RW_TREND_STATS: TREND_STATS,
      },
      args: ['--out', 'experimental-prometheus-rw', '--tag', `testid=${testid}`],
      timeoutMs: 120_000,
    });
  } finally {
    await platform.stop();
  }
}

/** What Prometheus holds of the run's API requests, per endpoint (each a Map endpoint -> value). */
async function perEndpointSeries(prometheus: PrometheusServer, testid: string) {
  const api = `testid="${testid}",endpoint!=""`;
  const query = (promql: string) => byEndpoint(prometheus, promql);
  const stat = (name: string) => query(`max by (endpoint) (k6_http_req_duration_${name}{${api}})`);
  return {
    requests: await query(`sum by (endpoint) (k6_http_reqs_total{${api}})`),
    durationCount: await query(`sum by (endpoint) (k6_http_req_duration_count{${api}})`),
    durationSum: await query(`sum by (endpoint) (k6_http_req_duration_sum{${api}})`),
    durationMax: await query(`max by (endpoint) (k6_http_req_duration_max{${api}})`),
    seriesCount: await query(`count by (endpoint) (k6_http_req_duration_p95{${api}})`),
    med: await stat('med'),
    p95: await stat('p95'),
    p99: await stat('p99'),
  };
}

/**
 * Each endpoint of results.json against its series: count, max and mean always; p50, p95 and p99 where the
 * endpoint is a single series. Returns the single-series endpoints.
 */
function assertEndpointsAgree(results: Results, series: Awaited<ReturnType<typeof perEndpointSeries>>): string[] {
  const { requests, durationCount, durationSum, durationMax, seriesCount, med, p95, p99 } = series;
  const singleSeries: string[] = [];
  for (const e of results.endpoints) {
    const name = e.endpoint;
    assert.equal(requests.get(name), e.requests, `${name}: k6_http_reqs_total summed over its series`);
    // k6 v2.2 divides every stat of a time trend by 1000, its count too: _count is requests / 1000.
    assertClose(
      durationCount.get(name)! * 1000,
      e.requests,
      `${name}: k6_http_req_duration_count x 1000 summed over its series`,
    );
    assertClose(durationMax.get(name)! * 1000, e.max, `${name}: max ms`);
    // Both sum and count are divided by 1000, so their ratio is the mean in ms.
    assertClose(
      durationSum.get(name)! / durationCount.get(name)!,
      results.metrics[`http_req_duration{endpoint:${name}}`]?.avg,
      `${name}: mean ms`,
    );
    if (seriesCount.get(name) !== 1) continue;
    singleSeries.push(name);
    assertClose(med.get(name)! * 1000, e.p50, `${name}: p50 ms`);
    assertClose(p95.get(name)! * 1000, e.p95, `${name}: p95 ms`);
    assertClose(p99.get(name)! * 1000, e.p99, `${name}: p99 ms`);
  }
  return singleSeries;
}

test('k6 --out experimental-prometheus-rw: per-endpoint series in a real Prometheus agree with results.json', {
  skip: skipUnless(PROMETHEUS, 'prometheus'),
}, async (t) => {
  buildIfStale();
  const testid = `promrw-${process.pid}-${Date.now()}`;
  const reports = mkdtempSync(join(tmpdir(), 'course-perf-promrw-'));
  const prometheus = await startPrometheus({}, { remoteWriteReceiver: true });
  try {
    const run = await loadRunPushing(prometheus, reports, testid);
    assert.equal(run.code, 0, run.stderr.slice(-2000));
    assert.doesNotMatch(
      run.stderr,
      /Failed to send the time series|Some samples may be dropped/,
      'k6 could not push everything to Prometheus',
    );
    const results = JSON.parse(readFileSync(join(reports, 'results.json'), 'utf8')) as Results;
    assert.ok(results.endpoints.length >= 10, `results.json lists only ${results.endpoints.length} endpoints`);

    const series = await perEndpointSeries(prometheus, testid);
    assert.deepEqual(
      [...series.requests.keys()].sort(),
      results.endpoints.map((e) => e.endpoint).sort(),
      'the same endpoints in Prometheus as in results.json',
    );
    const total = await prometheus.value(`sum(k6_http_reqs_total{testid="${testid}"})`);
    assert.equal(
      total,
      results.metrics.http_reqs?.count,
      'every request of the run (setup ones too) counted in Prometheus',
    );
    const singleSeries = assertEndpointsAgree(results, series);
    // health is always one series (its own scenario): the percentile checks never run on nothing.
    assert.ok(singleSeries.includes('health'), `endpoints of a single series: ${singleSeries.join(', ')}`);
    t.diagnostic(
      `${total} requests; ${results.endpoints.length} endpoints agree on count, mean and max; p50/p95/p99 equal for ${singleSeries.length} single-series ones (${singleSeries.join(', ')})`,
    );
    t.diagnostic(
      results.endpoints
        .map(
          (e) =>
            `${e.endpoint} ${e.requests} req p95 ${e.p95?.toFixed(2)} ms max ${e.max?.toFixed(2)} ms (${series.seriesCount.get(e.endpoint)} series)`,
        )
        .join('; '),
    );
  } finally {
    await prometheus.stop();
    rmSync(reports, { recursive: true, force: true });
  }
});
