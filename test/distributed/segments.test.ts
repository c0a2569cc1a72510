// Beyond one machine: one entry split into two k6 processes by execution segments makes the same
// load as one process, and merging their raw outputs gives the same numbers and one verdict,
// which a fault in the platform turns into a failure.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, test } from 'node:test';
import { createGunzip } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { type MergedVerdict, mergeAndEvaluate } from '../../runner/cli/merge.ts';
import { buildIfStale } from '../../runner/k6/build-if-stale.ts';
import { startDemoPlatform } from '../../runner/run/demo-process.ts';
import { MACHINE_GATES_OUT_OF_REACH, outOfReachExcept } from '../helpers/gates-out-of-reach.ts';
import { type K6Run, runK6 } from '../helpers/k6.ts';

const SCRIPT = 'dist/api.js';
const ENV = { PERFORMANCE_TEST_DURATION: '6', API_RATE: '4' };
// The split and the merge are the subject, not latency: the healthy runs, and the merges of them,
// have their latency gates out of reach (the merge reads the thresholds k6 builds under the same
// settings); the faulty split keeps the export budget it is to fail.
const HEALTHY_GATES = MACHINE_GATES_OUT_OF_REACH;
const FAULTY_GATES = outOfReachExcept('THRESHOLD_EXPORT_P95_MS');
const SEQUENCE = ['--execution-segment-sequence', '0,1/2,1'];
// course_get answers after a known server-side delay in the runs whose p95 are compared: what both
// measure is then the platform's behaviour, not the scheduler noise of a busy shared machine
// (without it, p95s of ~5 ms swung 3x between runs here).
const DELAY_MS = 100;
const KNOWN_DELAY = `latency:route=course_get,ms=${DELAY_MS}`;
const work = mkdtempSync(join(tmpdir(), 'segments-'));
after(() => rmSync(work, { recursive: true, force: true }));
before(() => buildIfStale());

async function splitRun(
  faults: string | undefined,
  name: string,
  gates: Record<string, string>,
): Promise<{ halves: K6Run[]; files: string[] }> {
  const platform = await startDemoPlatform({ faults });
  try {
    const env = { BASE_URL: platform.url, ...ENV, ...gates };
    const files = [join(work, `${name}-a.json.gz`), join(work, `${name}-b.json.gz`)];
    const halves = await Promise.all([
      runK6(SCRIPT, {
        env,
        args: ['--execution-segment', '0:1/2', ...SEQUENCE, '--out', `json=${files[0]}`],
        timeoutMs: 90_000,
      }),
      runK6(SCRIPT, {
        env,
        args: ['--execution-segment', '1/2:1', ...SEQUENCE, '--out', `json=${files[1]}`],
        timeoutMs: 90_000,
      }),
    ]);
    return { halves, files };
  } finally {
    await platform.stop();
  }
}

const metric = (run: K6Run, name: string) => run.summary!.metrics[name] as Record<string, number>;

/** HTTP requests the scenarios made (setup runs once per process, so it is left out). */
async function scenarioRequests(files: string[]): Promise<number> {
  let count = 0;
  for (const file of files) {
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.includes('"metric":"http_reqs"') || !line.includes('"type":"Point"')) continue;
      const group = JSON.parse(line).data.tags?.group ?? '';
      if (group !== '::setup' && group !== '::teardown') count++;
    }
  }
  return count;
}

/** Every course_get duration sample in the raw outputs. */
async function courseGetDurations(files: string[]): Promise<number[]> {
  const values: number[] = [];
  for (const file of files) {
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.includes('"metric":"http_req_duration"') || !line.includes('"type":"Point"')) continue;
      const { data } = JSON.parse(line) as { data: { value: number; tags?: Record<string, string> } };
      if (data.tags?.endpoint === 'course_get') values.push(data.value);
    }
  }
  return values;
}

/** k6's percentile: linear interpolation between the closest ranks, written out here independently of the evaluator. */
function interpolatedPercentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (rank - low);
}

describe('execution segments', () => {
  let single: K6Run;
  let split: Awaited<ReturnType<typeof splitRun>>;
  before(async () => {
    const platform = await startDemoPlatform({ faults: KNOWN_DELAY });
    try {
      single = await runK6(SCRIPT, {
        env: { BASE_URL: platform.url, ...ENV, ...HEALTHY_GATES },
        args: ['--out', `json=${join(work, 'single.json.gz')}`],
        timeoutMs: 90_000,
      });
    } finally {
      await platform.stop();
    }
    split = await splitRun(KNOWN_DELAY, 'healthy', HEALTHY_GATES);
  });

  test('two halves make the same load as one process', async (t) => {
    assert.equal(single.code, 0, single.stderr.slice(-1500));
    for (const half of split.halves) assert.equal(half.code, 0, half.stderr.slice(-1500));
    const iterations = split.halves.reduce((sum, h) => sum + metric(h, 'iterations').count!, 0);
    const requests = await scenarioRequests(split.files);
    const singleRequests = await scenarioRequests([join(work, 'single.json.gz')]);
    const expected = metric(single, 'iterations').count!;
    t.diagnostic(
      `iterations: halves ${iterations} vs single ${expected}; scenario requests: halves ${requests} vs single ${singleRequests}`,
    );
    assert.ok(
      Math.abs(iterations - expected) <= Math.max(3, expected * 0.05),
      `halves ${iterations} vs single ${expected} iterations`,
    );
    assert.ok(
      Math.abs(requests - singleRequests) <= Math.max(6, singleRequests * 0.05),
      `halves ${requests} vs single ${singleRequests} requests`,
    );
    // Each half really did half the work: the split is by segment, not duplicated.
    for (const half of split.halves)
      assert.ok(Math.abs(metric(half, 'iterations').count! - expected / 2) <= Math.max(3, expected * 0.1));
  });

  test('the merged verdict matches a single run: counts and p95 within tolerance, all thresholds hold', async (t) => {
    const KEY = 'http_req_duration{endpoint:course_get}';
    const p95 = (v: MergedVerdict) => v.rows.find((r) => r.key === KEY && r.expression.startsWith('p(95)<'))!;
    const env = { ...process.env, ...HEALTHY_GATES };
    const merged = await mergeAndEvaluate(SCRIPT, split.files, env);
    const reference = await mergeAndEvaluate(SCRIPT, [join(work, 'single.json.gz')], env);
    assert.equal(
      merged.ok,
      true,
      merged.rows
        .filter((r) => !r.ok)
        .map((r) => `${r.key} ${r.expression} ${r.observed}`)
        .join('; '),
    );
    const [mergedP95, singleP95] = [p95(merged), p95(reference)];
    assert.equal(
      mergedP95.expression,
      `p(95)<${HEALTHY_GATES.THRESHOLD_API_P95_MS}`,
      "the merge judges by the thresholds k6 built under the runs' settings",
    );
    t.diagnostic(
      `course_get p95 merged ${mergedP95.observed?.toFixed(1)} ms (${mergedP95.samples} samples), single ${singleP95.observed?.toFixed(1)} ms (${singleP95.samples})`,
    );
    assert.ok(
      Math.abs(mergedP95.samples - singleP95.samples) <= Math.max(3, singleP95.samples * 0.05),
      `samples ${mergedP95.samples} vs ${singleP95.samples}`,
    );
    assert.ok(
      mergedP95.observed! >= DELAY_MS && singleP95.observed! >= DELAY_MS,
      `both see the ${DELAY_MS} ms delay: ${mergedP95.observed} / ${singleP95.observed}`,
    );
    assert.ok(
      Math.abs(mergedP95.observed! - singleP95.observed!) <= singleP95.observed! * 0.3,
      `p95 ${mergedP95.observed} vs ${singleP95.observed}`,
    );
    // The evaluator reproduces k6's own p95 for each process it reads, so the merge adds no error of its own...
    const perProcess: number[] = [];
    for (const [run, file] of [
      [single, join(work, 'single.json.gz')],
      [split.halves[0]!, split.files[0]!],
      [split.halves[1]!, split.files[1]!],
    ] as const) {
      const ours = p95(await mergeAndEvaluate(SCRIPT, [file], env)).observed!;
      const k6p95 = metric(run, KEY)['p(95)']!;
      assert.ok(Math.abs(ours - k6p95) <= k6p95 * 0.01, `${file}: merge ${ours} vs k6 ${k6p95}`);
      if (file !== join(work, 'single.json.gz')) perProcess.push(ours);
    }
    // ...and the merged p95 is the percentile of the pooled raw samples (not, say, an average of the halves'
    // p95s, which a pooled percentile is not: with few samples it may even lie outside both).
    const pooled = interpolatedPercentile(await courseGetDurations(split.files), 95);
    assert.ok(
      Math.abs(mergedP95.observed! - pooled) <= 1e-6,
      `merged ${mergedP95.observed} vs pooled samples ${pooled} (halves ${perProcess.join(', ')})`,
    );
  });

  test('a fault in the platform fails the merged verdict', async () => {
    // +1500 ms on exports, beyond their 1 s budget however fast the machine is.
    const faulty = await splitRun('latency:route=course_export,ms=1500', 'faulty', FAULTY_GATES);
    const merged = await mergeAndEvaluate(SCRIPT, faulty.files, { ...process.env, ...FAULTY_GATES });
    assert.deepEqual(
      merged.rows.filter((r) => !r.ok).map((r) => r.key),
      ['http_req_duration{endpoint:course_export}'],
    );
    assert.equal(merged.ok, false);
    // The command line: exit 99 like k6 with the merged results written, 0 on the healthy split, 2 on bad input.
    const merge = (gates: Record<string, string>, ...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'runner/cli/merge.ts', '--script', SCRIPT, ...args], {
        encoding: 'utf8',
        env: { ...process.env, ...gates },
      });
    const failed = merge(FAULTY_GATES, ...faulty.files, '--out', join(work, 'merged'));
    assert.equal(failed.status, 99, failed.stderr);
    assert.match(failed.stdout, /✗ http_req_duration\{endpoint:course_export\} p\(95\)<1000/);
    assert.equal(JSON.parse(readFileSync(join(work, 'merged', 'merged-results.json'), 'utf8')).ok, false);
    // ...and the merged run's own results.json (schema-valid) and reports, rendered as a single run's are.
    const results = JSON.parse(readFileSync(join(work, 'merged', 'results.json'), 'utf8'));
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    const valid: boolean = ajv.validate(JSON.parse(readFileSync('schemas/results.schema.json', 'utf8')), results);
    assert.ok(valid, ajv.errorsText());
    assert.equal(results.verdict, 'failed');
    assert.deepEqual(results.run.merged_from, faulty.files);
    assert.deepEqual(
      results.thresholds.filter((t: { ok: boolean }) => !t.ok).map((t: { metric: string }) => t.metric),
      ['http_req_duration{endpoint:course_export}'],
    );
    assert.match(
      readFileSync(join(work, 'merged', 'junit.xml'), 'utf8'),
      /<testsuite name="course-perf\.api" tests="\d+" failures="1"/,
    );
    assert.match(readFileSync(join(work, 'merged', 'summary.md'), 'utf8'), /❌ 1 of \d+ thresholds failed/);
    assert.match(
      readFileSync(join(work, 'merged', 'report.html'), 'utf8'),
      /"rps":\[\d/,
      "the processes' series charted",
    );
    assert.equal(merge(HEALTHY_GATES, ...split.files).status, 0);
    const missing = merge(HEALTHY_GATES, join(work, 'nope.json.gz'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.json\.gz: no such file/);
  });
});
