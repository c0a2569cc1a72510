// Requests an open model never sent: `api` against a demo platform whose whole process freezes for
// 6 s (twice in the run) exits 99 naming the dropped-iterations gates, and says beside its
// percentiles how many requests they leave out; a healthy `api` run drops none. The subject is the
// drop, so the latency gates are set out of reach (test/helpers/gates-out-of-reach.ts) in both runs,
// through the same env a user has.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Results } from '../../lib/report/results.ts';
import { buildIfStale } from '../../runner/k6/build-if-stale.ts';
import { writeHtmlReport } from '../../runner/report/html-report.ts';
import { startDemoPlatform } from '../../runner/run/demo-process.ts';
import { LATENCY_GATES_OUT_OF_REACH } from '../helpers/gates-out-of-reach.ts';
import { failedMetrics, type K6Run, runK6, whyK6Failed } from '../helpers/k6.ts';
import { assertValidResults } from '../helpers/results-schema.ts';

const ENV = { PERFORMANCE_TEST_DURATION: '20', ...LATENCY_GATES_OUT_OF_REACH };
// The api groups (lib/workflows/endpoint-groups.ts), each one open-model scenario.
const GROUPS = ['admin', 'export', 'generate', 'health', 'login', 'reads', 'status', 'writes'];

const work = mkdtempSync(join(tmpdir(), 'dropped-'));
after(() => rmSync(work, { recursive: true, force: true }));
before(() => buildIfStale());

interface ApiRun {
  run: K6Run;
  results: Results;
  markdown: string;
  html: string;
  platformLogs: string;
}

async function apiRun(name: string, faults: string | undefined): Promise<ApiRun> {
  const reports = join(work, name);
  mkdirSync(reports); // handleSummary writes into it, as into the runner's run folder
  const platform = await startDemoPlatform({ faults });
  let run: K6Run;
  try {
    run = await runK6('dist/api.js', {
      env: { BASE_URL: platform.url, REPORTS_DIR: reports, ...ENV },
      timeoutMs: 120_000,
    });
  } finally {
    await platform.stop();
  }
  const results: Results = JSON.parse(readFileSync(join(reports, 'results.json'), 'utf8'));
  assertValidResults(results);
  const html = readFileSync(await writeHtmlReport(reports), 'utf8');
  return {
    run,
    results,
    markdown: readFileSync(join(reports, 'summary.md'), 'utf8'),
    html,
    platformLogs: platform.logs(),
  };
}

describe('api: requests not sent on time', () => {
  test('a platform that freezes fails the dropped-iterations gates, and the reports say what the percentiles leave out', async () => {
    // Frozen 6 s from 6 s after start and every 12 s: whenever setup ends, a whole freeze falls in the 20-s load.
    const { run, results, markdown, html, platformLogs } = await apiRun(
      'frozen',
      'freeze:ms=6000,after_s=6,every_s=12',
    );
    assert.match(platformLogs, /freeze fault: the event loop runs again/);
    assert.equal(run.code, 99, `exit ${run.code}\n${run.stderr.slice(-2000)}`);
    const failed = failedMetrics(run);
    assert.ok(failed.length > 0);
    assert.deepEqual(
      failed.filter((metric) => !metric.startsWith('dropped_iterations{scenario:')),
      [],
      'only the dropped-iterations gates failed',
    );
    assert.match(
      run.stderr,
      /thresholds on metrics '[^']*dropped_iterations\{scenario:\w+\}/,
      'k6 names the crossed gate',
    );

    const dropped = results.dropped!;
    assert.deepEqual(
      dropped.scenarios.map((row) => row.scenario),
      GROUPS,
    );
    const health = dropped.scenarios.find((row) => row.scenario === 'health')!;
    assert.ok(health.allowed !== null && health.iterations > health.allowed, JSON.stringify(health));
    assert.equal(
      dropped.iterations,
      dropped.scenarios.reduce((sum, row) => sum + row.iterations, 0),
    );
    assert.equal(dropped.iterations, run.summary!.metrics.dropped_iterations!.count, "k6's own total");
    const writes = dropped.scenarios.find((row) => row.scenario === 'writes')!;
    assert.equal(writes.requests, writes.iterations * 3, 'a writes iteration is three requests');
    console.log(
      `frozen run: ${dropped.iterations} dropped iterations, ${dropped.requests} requests not sent on time: ${dropped.scenarios.map((row) => `${row.scenario} ${row.iterations}/${row.allowed}`).join(', ')}`,
    );

    const caveat = `percentiles exclude ${dropped.requests} requests not sent on time (${dropped.iterations} dropped iterations`;
    assert.ok(run.stdout.includes(caveat), run.stdout.slice(-3000));
    assert.ok(markdown.includes(caveat));
    assert.ok(html.includes(caveat));
    assert.match(html, /<table id="dropped">.*<tr class="fail"><td>health<\/td>/s);
  });

  test('a healthy platform: every scheduled request is sent', async () => {
    const { run, results, markdown } = await apiRun('healthy', undefined);
    assert.equal(run.code, 0, whyK6Failed(run));
    const gates = run.thresholds.filter((t) => t.metric.startsWith('dropped_iterations{'));
    assert.deepEqual(
      gates.map((t) => t.metric).sort(),
      GROUPS.map((group) => `dropped_iterations{scenario:${group}}`),
    );
    assert.equal(results.dropped!.iterations, 0, JSON.stringify(results.dropped));
    assert.ok(results.dropped!.scenarios.every((row) => row.iterations === 0 && row.allowed !== null));
    assert.equal(run.summary!.metrics.dropped_iterations!.count, 0, "k6's own total");
    assert.ok(run.stdout.includes('0 requests not sent on time (0 dropped iterations)'));
    assert.ok(markdown.includes('0 requests not sent on time'));
  });
});
