// Does the baseline comparison tell a regression from noise, on real runs, at the shapes users
// run? Two series, each: the same healthy load 5 times against the demo platform (real k6, the
// runner, loopback), every ordered pair compared: no regression may be reported. Then the same
// load with a real injected change on course_get (and, in the busy series, 3 % failed requests on
// courses_list): every pairing with a single healthy baseline, and the comparison against all 5,
// must flag that endpoint and no other. The fault runs go through `perf --baseline` (5 baselines),
// so the comparison in results.json and summary.md and `npm run compare`'s exit 99 are checked too.
// - users' shape: `npm run load`'s defaults but short (20 users, 15 s hold, think time 1-3 s, the
//   sidecar on): ~10-130 requests per endpoint, where most verdicts are honestly inconclusive and
//   +25 ms on a ~2 ms endpoint must still be caught;
// - busy shape: 0.05-0.15 s think time, 12 s hold (~150-1,200 requests per endpoint): +20 ms.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type ComparisonReport, compareRuns, type LoadedRun, loadRun } from '../../runner/compare/compare.ts';
import { MACHINE_GATES_OUT_OF_REACH } from '../helpers/gates-out-of-reach.ts';
import { runScript } from '../helpers/spawn.ts';

const HEALTHY_RUNS = 5;
const OPTIONS = { tolerance: 0.1, minMs: 2, minRate: 0.005 }; // the CLI's defaults
const work = mkdtempSync(join(tmpdir(), 'baseline-noise-'));
after(() => rmSync(work, { recursive: true, force: true }));

interface Series {
  name: string;
  args: string[];
  env: Record<string, string>;
  faults: { name: string; spec: string; metric: string }[];
  /** Endpoint p95 rows with an interval that a healthy series must at least produce (not all left without one). */
  minEndpointIntervals: number;
}

// Latency is not what these runs are judged on by k6: its gates (and the server's) are out of reach, so a busy machine never fails a healthy sample.
const SERIES: Series[] = [
  {
    name: "users' shape (20 users, 15 s, think 1-3 s)",
    args: ['--suite', 'load', '--concurrent-users', '20', '--duration', '15'],
    env: { ...MACHINE_GATES_OUT_OF_REACH },
    faults: [
      {
        name: '+25 ms on course_get',
        spec: 'latency:route=course_get,ms=25',
        metric: 'http_req_duration{endpoint:course_get}',
      },
    ],
    minEndpointIntervals: 3 * HEALTHY_RUNS * (HEALTHY_RUNS - 1),
  },
  {
    name: 'busy shape (20 users, 12 s, think 0.05-0.15 s)',
    args: ['--suite', 'load', '--concurrent-users', '20', '--duration', '12', '--no-sidecar'],
    env: {
      ...MACHINE_GATES_OUT_OF_REACH,
      PERFORMANCE_THINK_TIME: '0.05-0.15',
      PERFORMANCE_RAMP_UP: '2',
      PERFORMANCE_RAMP_DOWN: '1',
    },
    faults: [
      {
        name: '+20 ms on course_get',
        spec: 'latency:route=course_get,ms=20',
        metric: 'http_req_duration{endpoint:course_get}',
      },
      {
        name: '3 % errors on courses_list',
        spec: 'errors:route=courses_list,rate=0.03',
        metric: 'http_req_failed{endpoint:courses_list}',
      },
    ],
    minEndpointIntervals: 4 * HEALTHY_RUNS * (HEALTHY_RUNS - 1),
  },
];

async function perf(
  series: Series,
  name: string,
  extra: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string; run: LoadedRun }> {
  const reports = join(work, name);
  const result = await runScript(
    'runner/cli/perf.ts',
    [...series.args, '--reports-dir', reports, ...extra],
    series.env,
    240_000,
  ).done;
  const folders = readdirSync(reports);
  assert.equal(folders.length, 1, `${name}: one run folder\n${result.stdout}\n${result.stderr}`);
  return { ...result, run: loadRun(join(reports, folders[0]!)) };
}

const regressed = (report: ComparisonReport) => report.rows.filter((r) => r.verdict === 'regressed');
const endpointsFlagged = (report: ComparisonReport) => [
  ...new Set(
    regressed(report)
      .filter((r) => r.endpoint)
      .map((r) => `${r.metric}`),
  ),
];
const line = (report: ComparisonReport, metric: string) => {
  const r = report.rows.find((x) => x.metric === metric)!;
  return `${r.verdict} ${r.change === null ? 'n/a' : r.change.toFixed(3)} [${r.interval?.map((x) => x.toFixed(3)).join(', ')}] abs [${r.interval_abs?.map((x) => x.toFixed(4)).join(', ')}] n=${r.samples?.baseline}/${r.samples?.current}`;
};
const slug = (text: string) => text.replace(/\W+/g, '-');

/** What the healthy pairs added up to. */
interface Tally {
  /** Regressions reported between healthy runs: false alarms. */
  seen: string[];
  /** Per endpoint, the smallest p95 rise each pair could resolve (ms). */
  smallest: Map<string, number[]>;
  judged: number;
  endpointIntervals: number;
  inconclusive: number;
}

/** One ordered pair of healthy runs compared: logged, checked not vacuous, added to the tally. */
async function tallyPair(healthy: LoadedRun[], baseline: LoadedRun, current: LoadedRun, tally: Tally): Promise<void> {
  const report = await compareRuns([baseline], current, OPTIONS);
  const endpointRows = report.rows.filter((r) => r.endpoint && r.stat === 'p(95)' && r.interval);
  tally.judged += report.confidence.judged;
  tally.inconclusive += report.inconclusive;
  console.log(
    `healthy ${healthy.indexOf(baseline)} -> ${healthy.indexOf(current)}: run-wide shift ${((report.run_wide_shift?.change ?? NaN) * 100).toFixed(0)} %, ${report.confidence.judged} intervals (${endpointRows.length} endpoint p95s), ${report.inconclusive} of ${report.rows.length} inconclusive, regressed: ${
      regressed(report)
        .map((r) => r.metric)
        .join(', ') || 'none'
    }`,
  );
  // Not vacuous: error rates (and latency where the run had enough samples) got intervals.
  assert.ok(
    report.confidence.judged >= 5,
    `pair ${healthy.indexOf(baseline)} -> ${healthy.indexOf(current)}: only ${report.confidence.judged} intervals drawn`,
  );
  assert.equal(report.inconclusive, report.rows.filter((r) => r.verdict === 'inconclusive').length);
  tally.endpointIntervals += endpointRows.length;
  // The smallest rise: tolerance and floor beyond the interval's half-width (README's figures).
  for (const r of endpointRows.filter((x) => x.interval_abs && x.baseline !== null)) {
    const halfLog = (Math.log(1 + r.interval![1]) - Math.log(1 + r.interval![0])) / 2;
    const halfAbs = (r.interval_abs![1] - r.interval_abs![0]) / 2;
    const ms = Math.max(
      r.baseline! * (Math.exp(Math.log(1 + OPTIONS.tolerance) + halfLog) - 1),
      OPTIONS.minMs + halfAbs,
    );
    tally.smallest.set(r.endpoint!, [...(tally.smallest.get(r.endpoint!) ?? []), ms]);
  }
  tally.seen.push(
    ...regressed(report).map(
      (r) =>
        `${healthy.indexOf(baseline)}->${healthy.indexOf(current)} ${r.metric} ${r.change?.toFixed(2)} [${r.interval?.map((x) => x.toFixed(2))}]`,
    ),
  );
}

function logTally(tally: Tally): void {
  for (const [endpoint, ms] of tally.smallest) {
    ms.sort((a, b) => a - b);
    console.log(
      `smallest p95 rise resolvable on ${endpoint}: median +${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms, worst +${ms.at(-1)!.toFixed(1)} ms over ${ms.length} pairs`,
    );
  }
  console.log(
    `healthy pairs: ${HEALTHY_RUNS * (HEALTHY_RUNS - 1)}, intervals: ${tally.judged} (endpoint p95s: ${tally.endpointIntervals}), inconclusive rows: ${tally.inconclusive}, false alarms: ${tally.seen.length}`,
  );
}

/** Several baselines: each healthy run against the other four regresses nowhere. */
async function assertNoneAgainstTheOthers(healthy: LoadedRun[]): Promise<void> {
  for (const current of healthy) {
    const report = await compareRuns(
      healthy.filter((b) => b !== current),
      current,
      OPTIONS,
    );
    assert.deepEqual(
      regressed(report).map((r) => r.metric),
      [],
      `run ${healthy.indexOf(current)} against the other ${HEALTHY_RUNS - 1}`,
    );
  }
}

/**
 * The CLI on a healthy pair: exit 0; its closing line says "no regression" only when nothing was inconclusive,
 * and --inconclusive fail turns inconclusive metrics into exit 99.
 */
async function assertCliOnHealthyPair(healthy: LoadedRun[]): Promise<void> {
  const [first, second] = [healthy[0]!, healthy[1]!];
  const cli = await runScript('runner/cli/compare.ts', [first.label, second.label, '--print-only']).done;
  assert.equal(cli.code, 0, cli.stdout + cli.stderr);
  const pair = await compareRuns([first], second, OPTIONS);
  if (pair.inconclusive > 0) {
    assert.match(
      cli.stdout,
      new RegExp(`no regression shown, but ${pair.inconclusive} of ${pair.rows.length} metrics inconclusive`),
    );
    assert.doesNotMatch(cli.stdout, /no regression beyond/);
    const strict = await runScript('runner/cli/compare.ts', [
      first.label,
      second.label,
      '--print-only',
      '--inconclusive',
      'fail',
    ]).done;
    assert.equal(strict.code, 99, strict.stdout + strict.stderr);
  } else {
    assert.match(cli.stdout, /no regression beyond the noise, the tolerance and the floors: every metric judged/);
  }
}

for (const series of SERIES) {
  describe(`baseline comparison on real runs: ${series.name}`, { timeout: 900_000 }, () => {
    const healthy: LoadedRun[] = [];
    before(async () => {
      for (let i = 0; i < HEALTHY_RUNS; i++) {
        const result = await perf(series, `${slug(series.name)}-healthy-${i}`);
        assert.equal(
          result.code,
          0,
          `healthy run ${i} passed its (non-latency) gates\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-2000)}`,
        );
        healthy.push(result.run);
      }
    });

    test(`${HEALTHY_RUNS} healthy runs, every ordered pair: zero regressions, and never "no regression" while a metric was inconclusive`, async () => {
      const tally: Tally = { seen: [], smallest: new Map(), judged: 0, endpointIntervals: 0, inconclusive: 0 };
      for (const baseline of healthy) {
        for (const current of healthy) if (baseline !== current) await tallyPair(healthy, baseline, current, tally);
      }
      logTally(tally);
      // A machine so busy that too few endpoints had a p95 on both sides leaves latency unjudged: then this test proves nothing about it.
      assert.ok(
        tally.endpointIntervals >= series.minEndpointIntervals,
        `only ${tally.endpointIntervals} endpoint p95 intervals in ${HEALTHY_RUNS * (HEALTHY_RUNS - 1)} pairs`,
      );
      assert.deepEqual(tally.seen, [], 'no regression between healthy runs');
      await assertNoneAgainstTheOthers(healthy);
      await assertCliOnHealthyPair(healthy);
    });

    for (const fault of series.faults) {
      test(`${fault.name}: flagged, and only that endpoint, in every pairing`, async () => {
        const baselineArgs = healthy.flatMap((b) => ['--baseline', b.label]);
        const result = await perf(series, slug(`${series.name} ${fault.name}`), [
          '--faults',
          fault.spec,
          ...baselineArgs,
        ]);
        // perf --baseline wrote the comparison against all 5 baselines into the run's results.json and summary.md.
        const written = JSON.parse(readFileSync(join(result.run.label, 'results.json'), 'utf8'))
          .comparison as ComparisonReport;
        assert.equal(written.baselines.length, HEALTHY_RUNS);
        console.log(`${fault.name} vs all ${HEALTHY_RUNS} healthy runs: ${line(written, fault.metric)}`);
        assert.deepEqual(
          endpointsFlagged(written),
          [fault.metric],
          `against all ${HEALTHY_RUNS} baselines: ${line(written, fault.metric)}`,
        );
        assert.equal(result.code, 99, 'perf --baseline exits 99 on the flagged regression');
        assert.match(readFileSync(join(result.run.label, 'summary.md'), 'utf8'), /### Against the baseline: ❌/);
        const cli = await runScript('runner/cli/compare.ts', [
          ...healthy.map((b) => b.label),
          result.run.label,
          '--print-only',
        ]).done;
        assert.equal(cli.code, 99, `npm run compare exits 99\n${cli.stdout}`);
        assert.match(cli.stdout, new RegExp(`${fault.metric.replace(/[{}]/g, '\\$&')}\\s+REGRESSED`));
        const missed: string[] = [];
        for (const baseline of healthy) {
          const report = await compareRuns([baseline], result.run, OPTIONS);
          console.log(
            `${fault.name} vs healthy ${healthy.indexOf(baseline)}: ${line(report, fault.metric)}; run-wide shift ${((report.run_wide_shift?.change ?? NaN) * 100).toFixed(0)} %; all regressed: ${regressed(
              report,
            )
              .map((r) => r.metric)
              .join(', ')}`,
          );
          // No other endpoint is ever flagged.
          assert.deepEqual(
            endpointsFlagged(report).filter((m) => m !== fault.metric),
            [],
            `vs healthy ${healthy.indexOf(baseline)}`,
          );
          if (!endpointsFlagged(report).includes(fault.metric))
            missed.push(`vs healthy ${healthy.indexOf(baseline)}: ${line(report, fault.metric)}`);
          // The single-baseline CLI names it too, with exit 99.
          if (healthy.indexOf(baseline) === 0) {
            const one = await runScript('runner/cli/compare.ts', [baseline.label, result.run.label, '--print-only'])
              .done;
            assert.equal(one.code, 99, one.stdout);
            assert.match(one.stderr, new RegExp(`regression\\(s\\): .*${fault.metric.replace(/[{}]/g, '\\$&')}`));
          }
        }
        assert.deepEqual(missed, [], 'flagged against every single healthy baseline');
      });
    }
  });
}
