// recordRun and historySection without k6: copies of a real run folder (test/fixtures/report/load-run)
// whose course_get p95 is set run by run (healthy ~2 ms, then +20 ms), each recorded as a finished run
// would be. The facts validate against schemas/results.schema.json as results.json `history`, and the
// section for summary.md and report.html says what changed since when, and what the gate fails on.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { HistoryFacts } from '../../lib/report/results.ts';
import { historySection } from '../../runner/history/history-section.ts';
import { recordRun } from '../../runner/history/record-run.ts';
import type { RunResults } from '../../runner/history/series.ts';

const work = mkdtempSync(join(tmpdir(), 'history-record-'));
after(() => rmSync(work, { recursive: true, force: true }));
const FIXTURE = 'test/fixtures/report/load-run';
const P95 = [2.1, 1.8, 2.4, 2.0, 1.9, 2.2, 22.3, 21.8];

async function recordAll(): Promise<{ facts: HistoryFacts[]; results: RunResults }> {
  const reports = join(work, 'reports');
  mkdirSync(reports);
  const base = JSON.parse(readFileSync(join(FIXTURE, 'results.json'), 'utf8')) as RunResults;
  const facts: HistoryFacts[] = [];
  let results = base;
  for (const [i, p95] of P95.entries()) {
    const runDir = join(reports, `20261206-0${i}0000Z-load-run${i}`);
    cpSync(FIXTURE, runDir, { recursive: true });
    const started = new Date(Date.UTC(2026, 11, 6, i)).toISOString();
    results = {
      ...base,
      run: { ...base.run, started_at: started },
      endpoints: base.endpoints.map((row) => (row.endpoint === 'course_get' ? { ...row, requests: 80, p95 } : row)),
    };
    const env = {
      PERFORMANCE_HISTORY: 'on',
      PERFORMANCE_HISTORY_COMMIT: `commit-${i}`,
      PERFORMANCE_HISTORY_BRANCH: 'main',
    };
    facts.push((await recordRun(runDir, results, env))!);
  }
  return { facts, results };
}

test('recordRun facts: the change at the first +20 ms run, in results.json `history` (schema) and the report section', async () => {
  const { facts, results } = await recordAll();
  assert.ok(
    facts.every((f) => f.added && !f.error),
    JSON.stringify(facts.find((f) => !f.added || f.error)),
  );
  assert.deepEqual(
    facts.map((f) => f.runs),
    [1, 2, 3, 4, 5, 6, 7, 8],
  );
  const healthy = facts[5]!;
  assert.deepEqual(healthy.changes, []);
  assert.deepEqual(healthy.regressions, []);
  const last = facts.at(-1)!;
  assert.deepEqual(last.since, {
    run: '20261206-030000Z-load-run3',
    commit: 'commit-3',
    time: '2026-12-06T03:00:00.000Z',
  });
  const change = last.changes.find((c) => c.series === 'endpoint.course_get.p95_ms');
  assert.ok(change, JSON.stringify(last.changes));
  assert.equal(change.commit, 'commit-6');
  assert.equal(change.worse, true);
  assert.ok(change.change! > 9 && change.interval![0] > 5, `${change.change} ${change.interval}`);
  assert.deepEqual(last.regressions, ['endpoint.course_get.p95_ms']);

  const ajv = new Ajv2020({ strict: true });
  addFormats.default(ajv);
  const schema = JSON.parse(readFileSync('schemas/results.schema.json', 'utf8'));
  const full = JSON.parse(readFileSync(join(FIXTURE, 'results.json'), 'utf8'));
  assert.ok(ajv.validate(schema, { ...full, history: last }), ajv.errorsText());
  assert.ok(ajv.validate(schema, { ...full, history: { ...last, error: 'x', added: false } }), ajv.errorsText());

  const markdown = historySection(last);
  assert.match(markdown, /^### History: changes since commit-3 \(2026-12-06 03:00\)$/m);
  assert.match(
    markdown,
    /^- `endpoint\.course_get\.p95_ms` \+\d+ % \[\+\d+ %, \+\d+ %\] \(2\.07 → 22\.1 ms\) worse from run 20261206-060000Z-load-run6, commit commit-6/m,
  );
  assert.match(markdown, /\*\*npm run history -- check fails \(exit 99\) on: endpoint\.course_get\.p95_ms/);
  assert.match(historySection(facts[5]!), /No series changed over the last 5 runs \(6 runs of load · local in sqlite:/);
  const html = historySection(last, 'html');
  assert.match(html, /^<section id="history"><h2>History: changes since commit-3 \(2026-12-06 03:00\)<\/h2>/);
  assert.match(html, /<li><code>endpoint\.course_get\.p95_ms<\/code> \+\d+ %/);
  assert.equal(historySection(null), '');
  assert.match(
    historySection(last, 'text'),
    /^History: changes since commit-3 .*\n {2}Change points .*\n {4}endpoint\.course_get\.p95_ms \+\d+ %/,
  );
  assert.match(
    historySection({ ...last, error: 'cannot reach the history store postgres://x@h/db: ECONNREFUSED' }),
    /Not recorded: cannot reach .*ECONNREFUSED\. The run's own reports are complete\./,
  );
  assert.equal(results.run.scenario, 'load');
});
