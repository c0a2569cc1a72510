// The report formatters on a recorded k6 summary (a real `load` run) and on edited copies of it:
// failed thresholds, missing metrics, zero requests, huge numbers, and a hostile tag value.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import MarkdownIt from 'markdown-it';
import { escapeXml } from '../../lib/report/escape.ts';
import { junitReport } from '../../lib/report/junit.ts';
import { markdownReport } from '../../lib/report/markdown.ts';
import { buildResults } from '../../lib/report/results.ts';
import { droppedIterations, endpointRows, type SummaryData, thresholdRows } from '../../lib/report/summary-data.ts';
import { textSummary } from '../../lib/report/text.ts';
import { skipUnless } from '../helpers/tools.ts';

const recorded: SummaryData = JSON.parse(readFileSync('test/fixtures/report/load-summary.json', 'utf8'));
const copy = (): SummaryData => structuredClone(recorded);
const HOSTILE = '<script>alert(1)</script>';

function withFailedThreshold(): SummaryData {
  const data = copy();
  data.metrics['http_req_duration{endpoint:course_get}']!.thresholds!['p(95)<200'] = { ok: false };
  data.metrics['http_req_duration{endpoint:course_get}']!.values['p(95)'] = 512.5;
  return data;
}
function withHostileTag(): SummaryData {
  const data = copy();
  data.metrics[`http_req_duration{endpoint:${HOSTILE}}`] = {
    type: 'trend',
    contains: 'time',
    values: { med: 1, 'p(95)': 2, 'p(99)': 3, max: 4, count: 5 },
    thresholds: { 'p(95)<200': { ok: false } },
  };
  return data;
}
const empty: SummaryData = { metrics: {}, state: { testRunDurationMs: 0 } };
function zeroRequests(): SummaryData {
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
function huge(): SummaryData {
  const data = copy();
  data.metrics['http_req_duration{scope:api}']!.values['p(95)'] = 1e15;
  data.metrics.http_reqs!.values.count = 123_456_789_012;
  return data;
}
/** An open-model run: a gated scenario that dropped beyond its allowance, one within it, an ungated probe. */
function withDrops(): SummaryData {
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
const perIteration = { writes: 3, health: 1, health_probe: 1 };
const meta = {
  scenario: 'load',
  profile: null,
  target: 'http://127.0.0.1:8000',
  k6_version: '2.2.0',
  git_commit: null,
  started_at: null,
  finished_at: new Date().toISOString(),
};
/** The reports render from results.json's content, as handleSummary builds it. */
const asResults = (data: SummaryData, scenario = 'load', requestsPerIteration: Record<string, number> = {}) =>
  buildResults(data, { ...meta, scenario }, requestsPerIteration);

describe('summary rows', () => {
  test('every threshold of the recorded run, with the value it tested', () => {
    const rows = thresholdRows(recorded);
    assert.ok(rows.length >= 30);
    const course = rows.find((r) => r.metric === 'http_req_duration{endpoint:course_get}')!;
    assert.equal(course.observed, recorded.metrics['http_req_duration{endpoint:course_get}']!.values['p(95)']);
    assert.equal(course.unit, 'ms');
    assert.equal(rows.find((r) => r.metric === 'workflow_success')!.unit, 'percent');
    assert.ok(
      endpointRows(recorded).some((e) => e.endpoint === 'course_export' && e.requests > 0 && e.errorRate === 0),
    );
  });

  test('failed thresholds come first', () => {
    const rows = thresholdRows(withFailedThreshold());
    assert.equal(rows[0]!.metric, 'http_req_duration{endpoint:course_get}');
    assert.equal(rows[0]!.ok, false);
  });
});

describe('console text', () => {
  test('thresholds with marks and observed values, endpoints, resources; colour only when asked', () => {
    const plain = textSummary(withFailedThreshold(), { scenario: 'load', color: false });
    assert.match(plain, /1 of \d+ thresholds failed/);
    assert.match(plain, /✗ http_req_duration\{endpoint:course_get\} p\(95\)<200 {2}observed 512\.5ms/);
    assert.match(plain, /✓ http_req_failed\{scope:api\} rate<0\.05 {2}observed 0\.00%/);
    assert.match(plain, /course_export/);
    assert.match(plain, /server resources over the load: memory peak [\d.]+ MB/);
    assert.doesNotMatch(plain, /\u001b\[/);
    assert.match(textSummary(recorded, { scenario: 'load', color: true }), /\u001b\[32m/);
  });

  test("custom metrics: every non-k6 metric, in its own unit; the sidecar's go to the resources line", () => {
    const data = copy();
    data.metrics.queue_depth = { type: 'trend', values: { avg: 3, 'p(95)': 7, max: 9 } };
    data.metrics.lost_writes = { type: 'rate', values: { rate: 0 } };
    const custom = textSummary(data, { scenario: 'load', color: false }).split('custom metrics')[1]!;
    assert.match(custom, /queue_depth +avg 3, p95 7, max 9\n/);
    assert.match(custom, /lost_writes +0\.00%/);
    assert.match(custom, /chapter_generation_ms +avg [\d.]+s/);
    assert.doesNotMatch(custom, /server_memory_mb|http_req_duration|iteration_duration/);
  });

  test('missing metrics, zero requests and huge numbers do not break it', () => {
    assert.match(
      textSummary(empty, { scenario: 'x', color: false }),
      /no thresholds[\s\S]*server resources: not measured \(no sidecar\)/,
    );
    assert.match(
      textSummary(zeroRequests(), { scenario: 'x', color: false }),
      /observed n\/a[\s\S]*0 requests \(0\.0\/s\)/,
    );
    assert.match(textSummary(huge(), { scenario: 'x', color: false }), /123,456,789,012 requests/);
  });
});

describe('requests not sent on time (dropped iterations)', () => {
  test('per scenario, as requests when the entry says how many an iteration sends, with what the gate allows', () => {
    assert.deepEqual(droppedIterations(withDrops(), perIteration), {
      iterations: 15,
      requests: 39,
      scenarios: [
        { scenario: 'health', iterations: 2, requests: 2, allowed: 6 },
        { scenario: 'health_probe', iterations: 1, requests: 1, allowed: null },
        { scenario: 'writes', iterations: 12, requests: 36, allowed: 3 },
      ],
    });
    assert.equal(droppedIterations(withDrops())!.requests, null, 'requests unknown: iterations only');
    assert.equal(droppedIterations(recorded), null, 'no open-model scenario, nothing to say');
  });

  test('said beside the percentiles in the console and in Markdown, and gated like any threshold', () => {
    const text = textSummary(withDrops(), { scenario: 'api', color: false, requestsPerIteration: perIteration });
    assert.match(
      text,
      /p99 +max +errors[\s\S]*\n {2}percentiles exclude 39 requests not sent on time \(15 dropped iterations/,
    );
    assert.match(text, /writes +12 iterations not sent on time \(36 requests\), at most 3 allowed/);
    assert.match(text, /health_probe +1 iteration not sent on time \(1 request\), not gated/);
    assert.match(text, /✗ dropped_iterations\{scenario:writes\} count<=3 {2}observed 12/);
    const markdown = markdownReport(asResults(withDrops(), 'api', perIteration));
    assert.match(markdown, /⚠️ percentiles exclude 39 requests not sent on time/);
    assert.match(markdown, /\| writes \| 12 \| 36 \| 3 \|/);
    assert.match(markdown, /\| health_probe \| 1 \| 1 \| not gated \|/);
    assert.match(
      textSummary(withDrops(), { scenario: 'api', color: false }),
      /percentiles exclude the requests of 15 iterations not sent on time/,
    );
  });

  test('a run that sent every request says so', () => {
    const data = copy();
    data.metrics['dropped_iterations{scenario:health}'] = {
      type: 'counter',
      values: { count: 0, rate: 0 },
      thresholds: { 'count<=6': { ok: true } },
    };
    assert.match(
      textSummary(data, { scenario: 'api', color: false }),
      /0 requests not sent on time \(0 dropped iterations\): the percentiles cover every scheduled request/,
    );
  });
});

describe('JUnit XML', () => {
  test('one test case per threshold; a failing one carries the observed value', () => {
    const xml = junitReport(asResults(withFailedThreshold()));
    assert.equal((xml.match(/<testcase /g) ?? []).length, thresholdRows(recorded).length);
    assert.match(xml, /failures="1"/);
    assert.match(
      xml,
      /<failure message="http_req_duration\{endpoint:course_get\} p\(95\)&lt;200 failed: observed 512\.5ms"/,
    );
  });

  test('a hostile tag value is escaped', () => {
    const xml = junitReport(asResults(withHostileTag()));
    assert.ok(!xml.includes(HOSTILE));
    assert.ok(xml.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  });

  test('validates against the JUnit schema', { skip: skipUnless('xmllint', 'libxml2-utils') }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'junit-'));
    try {
      for (const [name, data] of Object.entries({
        recorded,
        failed: withFailedThreshold(),
        hostile: withHostileTag(),
        empty,
        zero: zeroRequests(),
        huge: huge(),
      })) {
        const file = join(dir, `${name}.xml`);
        writeFileSync(file, junitReport(asResults(data)));
        const run = spawnSync('xmllint', ['--noout', '--schema', 'schemas/junit.xsd', file], { encoding: 'utf8' });
        assert.equal(run.status, 0, `${name}: ${run.stderr}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Markdown and results.json', () => {
  test('Markdown tables escape tag values and show verdicts', () => {
    const md = markdownReport(asResults(withHostileTag()));
    assert.match(md, /❌ 1 of \d+ thresholds failed/);
    assert.match(md, /\| endpoint \| requests \|/);
    // Rendered as GitHub does (CommonMark + tables, raw HTML allowed): the hostile tag is text everywhere.
    const html = new MarkdownIt({ html: true }).render(md);
    assert.ok(!html.includes(HOSTILE), 'no live <script> element');
    assert.ok(
      html.includes(`<code>http_req_duration{endpoint:${escapeXml(HOSTILE)}} p(95)&lt;200</code>`),
      'the tag shows as text inside its code span',
    );
  });

  test('threshold expressions read as written once rendered; failed first, passing folded in <details>', () => {
    const data = withFailedThreshold();
    data.metrics['odd|metric`name'] = {
      type: 'rate',
      values: { rate: 0.5 },
      thresholds: { 'rate>0.9': { ok: false } },
    };
    const md = markdownReport(asResults(data));
    const rendered = new MarkdownIt({ html: true }).render(md);
    const codeTexts = [...rendered.matchAll(/<code>([^<]*)<\/code>/g)].map((m) =>
      m[1]!
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
    // What GitHub shows: the expression itself, never an entity such as &lt;.
    assert.ok(
      codeTexts.includes('http_req_duration{endpoint:course_get} p(95)<200'),
      codeTexts.slice(0, 5).join(' / '),
    );
    assert.ok(codeTexts.includes('odd|metric`name rate>0.9'), 'pipes and backticks survive a table cell');
    assert.ok(!codeTexts.some((t) => t.includes('&lt;') || t.includes('&gt;')));
    const [beforeDetails, insideDetails] = rendered.split('<details>');
    const failedRows = (beforeDetails!.match(/<tr>/g) ?? []).length - 1; // minus the header row
    assert.equal(failedRows, 2, 'the two failed thresholds, and only they, above the fold');
    assert.ok(!beforeDetails!.includes('✅ </td>') && !/<td>✅<\/td>/.test(beforeDetails!));
    const passing = thresholdRows(data).filter((r) => r.ok).length;
    assert.match(insideDetails!, new RegExp(`<summary>${passing} passed thresholds</summary>`));
    assert.equal(
      (insideDetails!.split('</details>')[0]!.match(/<td>✅<\/td>/g) ?? []).length,
      passing,
      'every passing threshold is a row of the folded table',
    );
  });

  test('results.json validates against its schema for every case', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('schemas/results.schema.json', 'utf8')));
    for (const [name, data] of Object.entries({
      recorded,
      failed: withFailedThreshold(),
      hostile: withHostileTag(),
      empty,
      zero: zeroRequests(),
      huge: huge(),
      drops: withDrops(),
    })) {
      const results = buildResults(data, meta, perIteration);
      assert.ok(validate(results), `${name}: ${ajv.errorsText(validate.errors)}`);
    }
    assert.equal(buildResults(withFailedThreshold(), meta).verdict, 'failed');
    assert.equal(buildResults(recorded, meta).verdict, 'passed');
    assert.equal(buildResults(empty, meta).resources, null);
    assert.equal(buildResults(empty, meta).dropped, null);
    assert.equal(buildResults(withDrops(), meta, perIteration).dropped!.requests, 39);
    for (const file of ['test/fixtures/report/load-results.json', 'test/fixtures/report/load-run/results.json']) {
      assert.ok(validate(JSON.parse(readFileSync(file, 'utf8'))), `${file}: ${ajv.errorsText(validate.errors)}`);
    }
  });
});
