// The sidecar's source flags (shared by the sidecar and the runner) and the PromQL source's pure
// parts: default queries and the single-number rule.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSourceFlags, sourceArgs } from '../../sidecar/options.ts';
import { defaultQueries, singleValue } from '../../sidecar/promql.ts';
import { SourceRefused } from '../../sidecar/sample.ts';

test('source flags parse to options and back to the same arguments', () => {
  const options = parseSourceFlags({
    promql: 'http://127.0.0.1:9090/',
    'promql-selector': '{namespace="shop"}',
    'promql-window': '30s',
    cpus: '1.5',
  })!;
  assert.deepEqual(options, {
    promql: 'http://127.0.0.1:9090',
    promqlSelector: 'namespace="shop"',
    promqlWindow: '30s',
    cpus: 1.5,
  });
  assert.deepEqual(parseSourceFlags(Object.fromEntries(chunk(sourceArgs(options)))), options);
  assert.equal(parseSourceFlags({}), undefined);
  assert.throws(
    () => parseSourceFlags({ match: 'x', pid: '3' }, 'sidecar-'),
    /choose one source, not --sidecar-pid and --sidecar-match/,
  );
});

function chunk(args: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < args.length; i += 2) pairs.push([args[i]!.slice(2), args[i + 1]!]);
  return pairs;
}

test('default queries: cAdvisor container metrics and kube-state-metrics CPU limits, narrowed by the selector', () => {
  const q = defaultQueries('namespace="shop",pod=~"api-.*"', '2m');
  assert.equal(
    q.cpu,
    'sum(rate(container_cpu_usage_seconds_total{container!="",container!="POD",namespace="shop",pod=~"api-.*"}[2m]))',
  );
  assert.equal(
    q.memory,
    'sum(container_memory_working_set_bytes{container!="",container!="POD",namespace="shop",pod=~"api-.*"})',
  );
  assert.equal(
    q.cpus,
    'sum(kube_pod_container_resource_limits{resource="cpu",container!="",container!="POD",namespace="shop",pod=~"api-.*"})',
  );
});

test('a query must give exactly one number', () => {
  const vector = (...values: string[]) => ({
    status: 'success' as const,
    data: { resultType: 'vector', result: values.map((v, i) => ({ metric: { i: String(i) }, value: [0, v] })) },
  });
  assert.equal(singleValue('q', vector('1.5')), 1.5);
  assert.equal(singleValue('q', { status: 'success', data: { resultType: 'scalar', result: [0, '4'] } }), 4);
  assert.throws(() => singleValue('q', vector()), /returned no series/);
  assert.throws(
    () => singleValue('q', vector('1', '2')),
    (e: Error) => e instanceof SourceRefused && /2 series.*sum/.test(e.message),
  );
  assert.throws(
    () => singleValue('q', { status: 'success', data: { resultType: 'matrix', result: [] } }),
    SourceRefused,
  );
  assert.throws(() => singleValue('q', { status: 'error', error: 'parse error' }), /failed: parse error/);
  assert.throws(() => singleValue('q', vector('NaN')), /returned NaN/);
});
