// npx tsx bench/history-detection.ts [--count N] [--seed N] [--p-value P] [--window N] [--test otava]: how well the
// history's change points find known shifts, beside Apache Otava 0.8.0 on the same series. Synthetic
// histories (bench/lib/synthetic-history.ts): noise drawn from real healthy runs of the demo, 40-60 runs
// each, +5/+10/+20 % shifts in half of them. Prints precision, recall, F1 and false change points per
// 100 shift-free series for both; figures are printed, never asserted (test/history/ asserts a small one).
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_DETECT, detectChangePoints } from '../runner/history/change-points.ts';
import { otavaChangePoints } from './lib/otava-series.ts';
import { ensurePipTool, OTAVA } from './lib/pip-venv.ts';
import {
  BENCH_PLAN,
  loadNoiseSources,
  type Score,
  type SyntheticSeries,
  score,
  syntheticHistories,
} from './lib/synthetic-history.ts';

const { values: flags } = parseArgs({
  options: {
    count: { type: 'string', default: String(BENCH_PLAN.count) },
    seed: { type: 'string', default: String(BENCH_PLAN.seed) },
    'p-value': { type: 'string', default: '0.005' },
    window: { type: 'string', default: '50' },
    slack: { type: 'string', default: '2' },
    'min-runs': { type: 'string', default: String(DEFAULT_DETECT.minSegment) },
    test: { type: 'string', default: DEFAULT_DETECT.test },
  },
  strict: true,
});
const options = { window: Number(flags.window), pValue: Number(flags['p-value']), minMagnitude: 0 };
const minSegment = Number(flags['min-runs']);
if (flags.test !== 'chosen-split' && flags.test !== 'otava')
  throw new Error(`--test ${flags.test}: chosen-split or otava`);
const test = flags.test;
const plan = { ...BENCH_PLAN, count: Number(flags.count), seed: Number(flags.seed) };
const sources = loadNoiseSources();
const series = syntheticHistories(sources, plan);

function row(name: string, s: Score, seconds: number): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const byShift = Object.entries(s.recallByShift)
    .map(([k, v]) => `${k} ${pct(v)}`)
    .join(', ');
  return `${name.padEnd(8)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${s.f1.toFixed(3)}  TP ${s.truePositives} FP ${s.falsePositives} FN ${s.falseNegatives}  false per 100 shift-free ${s.falsePer100Clean.toFixed(1)}  recall by shift: ${byShift}  (${seconds.toFixed(1)} s)`;
}

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const result = work();
  return [result, (performance.now() - started) / 1000];
}

const slack = Number(flags.slack);
console.log(
  `${series.length} series of ${plan.minLength}-${plan.maxLength} runs (seed ${plan.seed}), noise from ${sources.length} series of the demo's healthy runs; shifts ${plan.shifts.map((s) => `+${s * 100} %`).join(', ')} in half; a change point counts within ${slack} runs of its shift; window ${options.window}, p-value ${options.pValue}; ours with at least ${minSegment} runs each side of a change (Otava: 1) and the ${test} test; load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
const [ours, oursSeconds] = timed(() =>
  series.map((s: SyntheticSeries) =>
    detectChangePoints(s.values, { ...options, minSegment, test }).map((c) => c.index),
  ),
);
console.log(row('ours', score(series, ours, slack), oursSeconds));
const venv = ensurePipTool(OTAVA);
if ('skipped' in venv) console.log(`Otava: ${venv.skipped}`);
else {
  const [otava, otavaSeconds] = timed(() =>
    otavaChangePoints(
      venv.dir,
      series.map((s) => s.values),
      options,
    ),
  );
  console.log(row('Otava', score(series, otava, slack), otavaSeconds));
  const agree = series.filter((_, i) => JSON.stringify(ours[i]) === JSON.stringify(otava[i])).length;
  console.log(`same change points in ${agree} of ${series.length} series`);
}
