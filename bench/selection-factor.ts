// npx tsx bench/selection-factor.ts [--draws N] [--seed N]: how optimistic Student's t is about the split
// E-Divisive chose, the measurement behind runner/history/selection.ts. For each interval length n, `draws`
// shift-free series of iid normal noise; E-Divisive picks its split (2 points each side at least) and the
// t-test judges it. With no change, the t-test's p falls below alpha `factor` times more often than alpha;
// printed beside selectionFactor's min(K, 3.4 sqrt(K)), K = n - 3 candidate splits. Seeded: the same
// figures every time (100,000 draws: ~1 minute on a quiet machine).
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { eDivisive, splitTest } from '../runner/history/e-divisive.ts';
import { selectionFactor } from '../runner/history/selection.ts';

const { values: flags } = parseArgs({
  options: { draws: { type: 'string', default: '100000' }, seed: { type: 'string', default: '11' } },
  strict: true,
});
const draws = Number(flags.draws);
const rng = xoroshiro128plus(Number(flags.seed));
for (let i = 0; i < 16; i++) uniformFloat64(rng);
const normal = () => Math.sqrt(-2 * Math.log(1 - uniformFloat64(rng))) * Math.cos(2 * Math.PI * uniformFloat64(rng));

/** The t-test's p of the split E-Divisive picks first in a series (maxP -1: it stops after judging it). */
function chosenSplitTTestP(values: number[]): number {
  let p = 1;
  eDivisive(values, -1, 2, (xs, from, at, to) => {
    p = splitTest(xs, from, at, to).pValue;
    return p;
  });
  return p;
}

console.log(
  `${draws} shift-free normal series per length (seed ${flags.seed}); load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
for (const n of [6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60]) {
  const ps = Array.from({ length: draws }, () => chosenSplitTTestP(Array.from({ length: n }, normal))).sort(
    (a, b) => a - b,
  );
  const factor = (alpha: number) => (alpha / ps[Math.floor(alpha * draws)]!).toFixed(1);
  console.log(
    `n ${String(n).padStart(2)}  K ${String(n - 3).padStart(2)}  factor at alpha 0.01 ${factor(0.01).padStart(5)}, at 0.001 ${factor(0.001).padStart(5)}  selectionFactor ${selectionFactor(n - 3).toFixed(1)}`,
  );
}
