// Does the baseline comparison tell a regression from noise, on real runs? The same healthy load
// runs 5 times against the demo platform (real k6, the runner, loopback); every ordered pair of
// them is compared: no regression may be reported. Then the same load with a real injected change,
// +20 ms on course_get, and separately 3 % failed requests on courses_list: every pairing with a
// single healthy baseline, and the comparison against all 5, must flag that endpoint and no other.
// The fault runs go through `perf --baseline` (5 baselines), so the comparison in results.json and
// summary.md and `npm run compare`'s exit 99 are checked too. Short runs (20 VUs, 12 s hold,
// 0.05-0.15 s think time).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { compareRuns, loadRun, type ComparisonReport, type LoadedRun } from '../../scripts/lib/compare.ts';
import { runScript } from '../helpers/spawn.ts';

const HEALTHY_RUNS = 5;
const LOAD = ['--suite', 'load', '--concurrent-users', '20', '--duration', '12', '--no-sidecar'];
const ENV = { PERFORMANCE_THINK_TIME: '0.05-0.15', PERFORMANCE_RAMP_UP: '2', PERFORMANCE_RAMP_DOWN: '1' };
const OPTIONS = { tolerance: 0.1, minMs: 2, minRate: 0.005 }; // the CLI's defaults
const work = mkdtempSync(join(tmpdir(), 'baseline-noise-'));
after(() => rmSync(work, { recursive: true, force: true }));

async function perf(name: string, extra: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string; run: LoadedRun }> {
  const reports = join(work, name);
  const result = await runScript('scripts/perf.ts', [...LOAD, '--reports-dir', reports, ...extra], ENV, 240_000).done;
  const folders = readdirSync(reports);
  assert.equal(folders.length, 1, `${name}: one run folder\n${result.stdout}\n${result.stderr}`);
  return { ...result, run: loadRun(join(reports, folders[0]!)) };
}

const regressed = (report: ComparisonReport) => report.rows.filter((r) => r.verdict === 'regressed');
const endpointsFlagged = (report: ComparisonReport) => [...new Set(regressed(report).filter((r) => r.endpoint).map((r) => `${r.metric}`))];
const line = (report: ComparisonReport, metric: string) => {
  const r = report.rows.find((x) => x.metric === metric)!;
  return `${r.verdict} ${r.change === null ? 'n/a' : r.change.toFixed(3)} [${r.interval?.map((x) => x.toFixed(3)).join(', ')}] abs [${r.interval_abs?.map((x) => x.toFixed(4)).join(', ')}] n=${r.samples?.baseline}/${r.samples?.current}`;
};

describe('baseline comparison on real runs', { timeout: 900_000 }, () => {
  const healthy: LoadedRun[] = [];
  before(async () => {
    for (let i = 0; i < HEALTHY_RUNS; i++) {
      const result = await perf(`healthy-${i}`);
      // A busy machine may cross a latency threshold (exit 99): the run is still a healthy sample of it; an aborted one is not.
      assert.ok([0, 99].includes(result.code!), `healthy run ${i} ran\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-2000)}`);
      assert.ok(['completed', 'thresholds failed'].includes((result.run.results.run as { outcome?: string }).outcome!), `healthy run ${i} ran to its end`);
      healthy.push(result.run);
    }
  });

  test(`${HEALTHY_RUNS} healthy runs, every ordered pair: zero regressions`, async () => {
    const seen: string[] = [];
    // Per endpoint, the smallest p95 rise each pair could resolve: tolerance and floor beyond the interval's half-width (README's figures).
    const smallest = new Map<string, number[]>();
    let judged = 0;
    let endpointVerdicts = 0;
    for (const baseline of healthy) {
      for (const current of healthy) {
        if (baseline === current) continue;
        const report = await compareRuns([baseline], current, OPTIONS);
        const endpointRows = report.rows.filter((r) => r.endpoint && r.stat === 'p(95)' && r.verdict !== 'not enough samples');
        judged += report.confidence.judged;
        console.log(`healthy ${healthy.indexOf(baseline)} -> ${healthy.indexOf(current)}: run-wide shift ${((report.run_wide_shift?.change ?? NaN) * 100).toFixed(0)} %, ${report.confidence.judged} metrics judged (${endpointRows.length} endpoint p95s), regressed: ${regressed(report).map((r) => r.metric).join(', ') || 'none'}`);
        // Not vacuous: error rates (and latency where the run had enough samples) were judged, not all left as "not enough samples".
        assert.ok(report.confidence.judged >= 5, `pair ${healthy.indexOf(baseline)} -> ${healthy.indexOf(current)}: only ${report.confidence.judged} metrics judged`);
        endpointVerdicts += endpointRows.length;
        for (const r of endpointRows.filter((x) => x.interval && x.interval_abs && x.baseline !== null)) {
          const halfLog = (Math.log(1 + r.interval![1]) - Math.log(1 + r.interval![0])) / 2;
          const halfAbs = (r.interval_abs![1] - r.interval_abs![0]) / 2;
          const ms = Math.max(r.baseline! * (Math.exp(Math.log(1 + OPTIONS.tolerance) + halfLog) - 1), OPTIONS.minMs + halfAbs);
          smallest.set(r.endpoint!, [...(smallest.get(r.endpoint!) ?? []), ms]);
        }
        seen.push(...regressed(report).map((r) => `${healthy.indexOf(baseline)}->${healthy.indexOf(current)} ${r.metric} ${r.change?.toFixed(2)} [${r.interval?.map((x) => x.toFixed(2))}]`));
      }
    }
    for (const [endpoint, ms] of smallest) {
      ms.sort((a, b) => a - b);
      console.log(`smallest p95 rise resolvable on ${endpoint}: median +${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms, worst +${ms.at(-1)!.toFixed(1)} ms over ${ms.length} pairs`);
    }
    console.log(`healthy pairs: ${HEALTHY_RUNS * (HEALTHY_RUNS - 1)}, metric verdicts: ${judged} (endpoint p95s: ${endpointVerdicts}), false alarms: ${seen.length}`);
    // A machine so busy that no run had 100 requests of 4 endpoints leaves latency unjudged: then this test proves nothing about it.
    assert.ok(endpointVerdicts >= HEALTHY_RUNS * (HEALTHY_RUNS - 1), `only ${endpointVerdicts} endpoint p95 verdicts in ${HEALTHY_RUNS * (HEALTHY_RUNS - 1)} pairs`);
    assert.deepEqual(seen, [], 'no regression between healthy runs');
    // Several baselines: each run against the other four.
    for (const current of healthy) {
      const report = await compareRuns(healthy.filter((b) => b !== current), current, OPTIONS);
      assert.deepEqual(regressed(report).map((r) => r.metric), [], `run ${healthy.indexOf(current)} against the other ${HEALTHY_RUNS - 1}`);
    }
  });

  for (const fault of [
    { name: '+20 ms on course_get', spec: 'latency:route=course_get,ms=20', metric: 'http_req_duration{endpoint:course_get}' },
    { name: '3 % errors on courses_list', spec: 'errors:route=courses_list,rate=0.03', metric: 'http_req_failed{endpoint:courses_list}' },
  ]) {
    test(`${fault.name}: flagged, and only that endpoint, in every pairing`, async () => {
      const baselineArgs = healthy.flatMap((b) => ['--baseline', b.label]);
      const result = await perf(fault.name.replace(/\W+/g, '-'), ['--faults', fault.spec, ...baselineArgs]);
      // perf --baseline wrote the comparison against all 5 baselines into the run's results.json and summary.md.
      const written = JSON.parse(readFileSync(join(result.run.label, 'results.json'), 'utf8')).comparison as ComparisonReport;
      assert.equal(written.baselines.length, HEALTHY_RUNS);
      console.log(`${fault.name} vs all ${HEALTHY_RUNS} healthy runs: ${line(written, fault.metric)}`);
      assert.deepEqual(endpointsFlagged(written), [fault.metric], `against all ${HEALTHY_RUNS} baselines: ${line(written, fault.metric)}`);
      assert.equal(result.code, 99, 'perf --baseline exits 99 on the flagged regression');
      assert.match(readFileSync(join(result.run.label, 'summary.md'), 'utf8'), /### Against the baseline: ❌/);
      const cli = await runScript('scripts/compare.ts', [...healthy.map((b) => b.label), result.run.label, '--print-only']).done;
      assert.equal(cli.code, 99, `npm run compare exits 99\n${cli.stdout}`);
      assert.match(cli.stdout, new RegExp(`${fault.metric.replace(/[{}]/g, '\\$&')}\\s+REGRESSED`));
      const missed: string[] = [];
      for (const baseline of healthy) {
        const report = await compareRuns([baseline], result.run, OPTIONS);
        console.log(`${fault.name} vs healthy ${healthy.indexOf(baseline)}: ${line(report, fault.metric)}; run-wide shift ${((report.run_wide_shift?.change ?? NaN) * 100).toFixed(0)} %; all regressed: ${regressed(report).map((r) => r.metric).join(', ')}`);
        // No other endpoint is ever flagged.
        assert.deepEqual(endpointsFlagged(report).filter((m) => m !== fault.metric), [], `vs healthy ${healthy.indexOf(baseline)}`);
        if (!endpointsFlagged(report).includes(fault.metric)) missed.push(`vs healthy ${healthy.indexOf(baseline)}: ${line(report, fault.metric)}`);
      }
      assert.deepEqual(missed, [], 'flagged against every single healthy baseline');
    });
  }
});
