// Run-to-run noise: how far a new run's figure may sit from the mean of k baseline runs.

/** 97.5 % quantiles of Student's t for 1..10 degrees of freedom (printed tables), to scale a spread from few baselines. */
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];
const Z975 = 1.959963984540054;
const tOverZ = (df: number) => (df <= T975.length ? T975[df - 1]! : 2.2) / Z975;

/**
 * How far a new run's figure may sit from the baselines' mean by run-to-run noise alone, per unit
 * of the baselines' standard deviation and of z: the new run has its own run effect (1) and the
 * mean of k baselines has 1/k of one; t instead of z because sigma comes from only k runs.
 */
export function runNoiseScale(k: number): number {
  return tOverZ(k - 1) * Math.sqrt(1 + 1 / k);
}
