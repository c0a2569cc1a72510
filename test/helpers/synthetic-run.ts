// Seeded run folders in k6's --out json format with a known truth (extra ms per endpoint, a
// machine-wide or per-endpoint slowdown, error shares), for the comparison's tests and its benchmark.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { percentileSorted } from '../../runner/compare/change-interval.ts';

const ENDPOINTS = ['courses_list', 'course_get', 'chapter_get', 'course_create', 'course_delete', 'job_get'];
const LOAD = {
  concurrent_users: 20,
  duration_s: 12,
  ramp_up_s: 2,
  ramp_down_s: 1,
  user_weights: '70/20/10',
  think_time_s: '0.05-0.15',
};

export interface RunSpec {
  seed: number;
  /** Seconds of requests (16) and requests per second (190). */
  seconds?: number;
  perSecond?: number;
  /** Extra ms per endpoint. */
  addMs?: Record<string, number>;
  /** Every latency times this (a machine-wide slowdown). */
  factor?: number;
  /** Per endpoint, latency times this (a run that moved its endpoints unevenly). */
  factors?: Record<string, number>;
  /** Share of failed requests per endpoint. */
  errors?: Record<string, number>;
  raw?: boolean;
  /** Edits results.json before it is written (a test of what compare refuses). */
  results?: (r: SyntheticResults) => void;
}

/** results.json of a synthetic run, as `RunSpec.results` may edit it. */
export interface SyntheticResults {
  schema_version: number;
  run: { scenario: string; load?: typeof LOAD } & Record<string, unknown>;
  [field: string]: unknown;
}

/** A run folder: metrics.json.gz with 16 s of requests (about 3,000, lognormal around 3 ms, bursty per second) and a results.json with k6's aggregates of them. */
export function writeSyntheticRun(folder: string, spec: RunSpec): string {
  const rng = xoroshiro128plus(spec.seed);
  const u = () => uniformFloat64(rng);
  const normal = () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
  const lines: string[] = [];
  const durations = new Map<string, number[]>(ENDPOINTS.map((e) => [e, []]));
  const failed = new Map<string, number[]>(ENDPOINTS.map((e) => [e, []]));
  const t0 = Date.parse('2026-11-28T00:00:00Z');
  for (let second = 0; second < (spec.seconds ?? 16); second++) {
    const burst = Math.exp(0.25 * normal()); // this second's machine state, shared by its requests
    for (let i = 0; i < (spec.perSecond ?? 190); i++) {
      const endpoint = ENDPOINTS[Math.min(ENDPOINTS.length - 1, Math.floor(u() * u() * ENDPOINTS.length * 1.6))]!;
      const ms =
        3 * Math.exp(0.45 * normal()) * burst * (spec.factor ?? 1) * (spec.factors?.[endpoint] ?? 1) +
        (spec.addMs?.[endpoint] ?? 0);
      const fail = u() < (spec.errors?.[endpoint] ?? 0) ? 1 : 0;
      const time = new Date(t0 + second * 1000 + Math.floor((i * 1000) / (spec.perSecond ?? 190))).toISOString();
      const tags = { endpoint, scope: 'api', method: 'GET', status: fail ? '500' : '200' };
      lines.push(JSON.stringify({ metric: 'http_req_duration', type: 'Point', data: { time, value: ms, tags } }));
      lines.push(JSON.stringify({ metric: 'http_req_failed', type: 'Point', data: { time, value: fail, tags } }));
      durations.get(endpoint)!.push(ms);
      failed.get(endpoint)!.push(fail);
    }
  }
  mkdirSync(folder, { recursive: true });
  if (spec.raw !== false) writeFileSync(join(folder, 'metrics.json.gz'), gzipSync(`${lines.join('\n')}\n`));
  const trend = (values: number[]) => ({
    'p(95)': percentileSorted(
      [...values].sort((a, b) => a - b),
      0.95,
    ),
    count: values.length,
  });
  const rate = (values: number[]) => ({
    rate: values.reduce((a, b) => a + b, 0) / values.length,
    passes: values.reduce((a, b) => a + b, 0),
    fails: values.filter((v) => v === 0).length,
  });
  const metrics: Record<string, Record<string, number>> = {
    'http_req_duration{scope:api}': trend([...durations.values()].flat()),
    'http_req_failed{scope:api}': rate([...failed.values()].flat()),
  };
  for (const e of ENDPOINTS) {
    metrics[`http_req_duration{endpoint:${e}}`] = trend(durations.get(e)!);
    metrics[`http_req_failed{endpoint:${e}}`] = rate(failed.get(e)!);
  }
  const results: SyntheticResults = {
    schema_version: 1,
    run: {
      scenario: 'load',
      profile: null,
      target: 'http://127.0.0.1:8000',
      k6_version: '2.2.0',
      git_commit: null,
      started_at: null,
      finished_at: '2026-11-28T00:00:20.000Z',
      duration_ms: (spec.seconds ?? 16) * 1000,
      load: { ...LOAD },
    },
    verdict: 'passed',
    thresholds: [],
    endpoints: [],
    metrics,
    resources: null,
  };
  spec.results?.(results);
  writeFileSync(join(folder, 'results.json'), JSON.stringify(results, null, 2));
  writeFileSync(join(folder, 'summary.md'), '## course-perf `load`: ✅ all 0 thresholds passed\n');
  return folder;
}
