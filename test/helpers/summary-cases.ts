// k6 summaries for the report formatters' tests: a recorded one (a real `load` run,
// test/fixtures/report/load-summary.json) and edited copies of it, each a case a report must survive.
import { readFileSync } from 'node:fs';
import { buildResults } from '../../lib/report/results.ts';
import type { SummaryData } from '../../lib/report/summary-data.ts';

export const recorded: SummaryData = JSON.parse(readFileSync('test/fixtures/report/load-summary.json', 'utf8'));
/** A copy of the recorded summary, to edit. */
export const copy = (): SummaryData => structuredClone(recorded);
export const HOSTILE = '<script>alert(1)</script>';

export function withFailedThreshold(): SummaryData {
  const data = copy();
  data.metrics['http_req_duration{endpoint:course_get}']!.thresholds!['p(95)<200'] = { ok: false };
  data.metrics['http_req_duration{endpoint:course_get}']!.values['p(95)'] = 512.5;
  return data;
}
export function withHostileTag(): SummaryData {
  const data = copy();
  data.metrics[`http_req_duration{endpoint:${HOSTILE}}`] = {
    type: 'trend',
    contains: 'time',
    values: { med: 1, 'p(95)': 2, 'p(99)': 3, max: 4, count: 5 },
    thresholds: { 'p(95)<200': { ok: false } },
  };
  return data;
}
export const empty: SummaryData = { metrics: {}, state: { testRunDurationMs: 0 } };
export function zeroRequests(): SummaryData {
  return {
    metrics: {
      http_reqs: { type: 'counter', values: { count: 0, rate: 0 } },
      'http_req_duration{scope:api}': {
        type: 'trend',
        contains: 'time',
        values: {},
        thresholds: { 'p(95)<200': { ok: true } },
      },
    },
    state: { testRunDurationMs: 1000 },
  };
}
export function huge(): SummaryData {
  const data = copy();
  data.metrics['http_req_duration{scope:api}']!.values['p(95)'] = 1e15;
  data.metrics.http_reqs!.values.count = 123_456_789_012;
  return data;
}
/** An open-model run: a gated scenario that dropped beyond its allowance, one within it, an ungated probe. */
export function withDrops(): SummaryData {
  const data = copy();
  data.metrics.dropped_iterations = { type: 'counter', values: { count: 15, rate: 0.2 } };
  data.metrics['dropped_iterations{scenario:writes}'] = {
    type: 'counter',
    values: { count: 12, rate: 0.2 },
    thresholds: { 'count<=3': { ok: false } },
  };
  data.metrics['dropped_iterations{scenario:health}'] = {
    type: 'counter',
    values: { count: 2, rate: 0 },
    thresholds: { 'count<=6': { ok: true } },
  };
  data.metrics['dropped_iterations{scenario:health_probe}'] = { type: 'counter', values: { count: 1, rate: 0 } };
  return data;
}
/** Requests per iteration of each scenario, as an entry declares them. */
export const perIteration = { writes: 3, health: 1, health_probe: 1 };
/** The run's facts handleSummary is given. */
export const meta = {
  scenario: 'load',
  profile: null,
  target: 'http://127.0.0.1:8000',
  k6_version: '2.2.0',
  git_commit: null,
  started_at: null,
  finished_at: new Date().toISOString(),
};

/** The reports render from results.json's content, as handleSummary builds it. */
export const asResults = (data: SummaryData, scenario = 'load', requestsPerIteration: Record<string, number> = {}) =>
  buildResults(data, { ...meta, scenario }, requestsPerIteration);

/** Every case a report must render: the recorded run and each edited copy. */
export const summaryCases = (): Record<string, SummaryData> => ({
  recorded,
  failed: withFailedThreshold(),
  hostile: withHostileTag(),
  empty,
  zero: zeroRequests(),
  huge: huge(),
});
