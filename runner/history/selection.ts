// The p-value of the split E-Divisive chose. Student's t judges one split fixed in advance, but E-Divisive
// picks the most different of the K = n - 2m + 1 splits of an interval of n points (m each side), so its
// p is optimistic: with no change at all, the chosen split's t-test p falls below 0.001 not once in 1000
// intervals but (iid normal noise, m = 2, `npx tsx bench/selection-factor.ts`, 100,000 intervals per
// length) 4.4-5.7 times as often at n = 8, 13-14 at n = 20, 22-23 at n = 50, 22-26 at n = 60: about K
// while n is small (the splits are nearly independent), 3.4 sqrt(K) beyond (3.4: the mean of the measured
// factor / sqrt(K) for n >= 20). The t-test's p times that factor is the chance, with no change, that
// E-Divisive's pick looks this different. Bonferroni (p times K) would be valid too but overcorrects long
// intervals two-fold; a permutation test (Matteson & James' own) cannot reach p 0.001 on a short history:
// 6 runs then 2 have 28 ways to split their values, so the smallest p it can give is 1/28.

/** How many times more often than p the chosen one of `candidates` splits reaches p with no change. */
export function selectionFactor(candidates: number): number {
  if (candidates <= 1) return 1;
  return Math.min(candidates, 3.4 * Math.sqrt(candidates));
}

/** The t-test's p of the chosen split, corrected for the choice among `candidates` splits. */
export function chosenSplitP(tTestP: number, candidates: number): number {
  return Math.min(1, tTestP * selectionFactor(candidates));
}
