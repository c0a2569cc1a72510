// npm run compare on two recorded runs: a 20 % p95 regression exits 1 and names the metric;
// identical runs exit 0; bad input exits 2 naming the file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const BASELINE = 'test/fixtures/report/load-results.json';
const dir = mkdtempSync(join(tmpdir(), 'compare-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const compare = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/compare.ts', ...args], { encoding: 'utf8', timeout: 20_000 });

function variant(name: string, edit: (results: any) => void): string {
  const results = JSON.parse(readFileSync(BASELINE, 'utf8'));
  edit(results);
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(results));
  return file;
}

test('identical runs: exit 0', () => {
  const run = compare(BASELINE, BASELINE);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /http_req_duration\{endpoint:course_get\} p\(95\)/);
  assert.match(run.stdout, /no regression beyond the tolerance/);
});

test('a 20 % p95 regression on one endpoint exits 1 and names it', () => {
  const slower = variant('slower', (r) => (r.metrics['http_req_duration{endpoint:course_get}']['p(95)'] *= 1.2));
  const run = compare(BASELINE, slower);
  assert.equal(run.status, 1);
  assert.match(run.stdout, /http_req_duration\{endpoint:course_get\} p\(95\).*\+20\.0%\s+REGRESSION/);
  assert.match(run.stderr, /1 regression\(s\): http_req_duration\{endpoint:course_get\} p\(95\)/);
  // Within a wider tolerance it passes.
  assert.equal(compare(BASELINE, slower, '--tolerance', '25').status, 0);
});

test('an improvement is not a regression; an error-rate jump is', () => {
  assert.equal(compare(BASELINE, variant('faster', (r) => (r.metrics['http_req_duration{scope:api}']['p(95)'] *= 0.5))).status, 0);
  const errors = compare(BASELINE, variant('errors', (r) => (r.metrics['http_req_failed{endpoint:courses_list}'].rate = 0.2)));
  assert.equal(errors.status, 1);
  assert.match(errors.stderr, /http_req_failed\{endpoint:courses_list\} rate/);
});

test('bad input exits 2 with a message naming it', () => {
  const missing = compare(BASELINE, join(dir, 'absent.json'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /absent\.json: no such file/);
  const wrong = compare(BASELINE, variant('old-schema', (r) => (r.schema_version = 0)));
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /not a course-perf results\.json of schema version 1/);
  assert.equal(compare(BASELINE).status, 2);
  assert.match(compare(BASELINE, BASELINE, '--tolerance', 'ten').stderr, /--tolerance "ten"/);
});

test("the server's sampled CPU and memory need a real rise, not sampling noise", () => {
  const base: any = JSON.parse(readFileSync(BASELINE, 'utf8'));
  const cpu = base.metrics.server_cpu_percent['p(95)'];
  // A few percentage points on a small CPU figure is +20 % or more but noise: not a regression.
  assert.equal(compare(BASELINE, variant('cpu-jitter', (r) => (r.metrics.server_cpu_percent['p(95)'] = cpu + 2))).status, 0);
  const hot = compare(BASELINE, variant('cpu-hot', (r) => (r.metrics.server_cpu_percent['p(95)'] = cpu * 2 + 20)));
  assert.equal(hot.status, 1);
  assert.match(hot.stderr, /server_cpu_percent p\(95\)/);
  const heavy = compare(BASELINE, variant('memory-heavy', (r) => (r.metrics.server_memory_mb.max *= 1.5)));
  assert.equal(heavy.status, 1);
  assert.match(heavy.stderr, /server_memory_mb max/);
});

test('--metric keeps the named metrics; an unknown name is bad input; a vanished metric is listed, not a regression', () => {
  const slower = variant('slower-only', (r) => (r.metrics['http_req_duration{endpoint:course_get}']['p(95)'] *= 1.2));
  const other = compare(BASELINE, slower, '--metric', 'http_req_failed');
  assert.equal(other.status, 0, 'the regressed metric is not among those asked for');
  assert.doesNotMatch(other.stdout, /http_req_duration/);
  assert.equal(compare(BASELINE, slower, '--metric', 'http_req_duration').status, 1);
  const unknown = compare(BASELINE, slower, '--metric', 'http_req_durration');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /--metric http_req_durration: no compared metric/);
  const gone = compare(BASELINE, variant('gone', (r) => delete r.metrics['http_req_duration{endpoint:login}']));
  assert.equal(gone.status, 0);
  assert.match(gone.stdout, /http_req_duration\{endpoint:login\} p\(95\).*n\/a.*\(not in current run\)/);
});
