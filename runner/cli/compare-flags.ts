// The comparison flags shared by npm run compare and npm run perf -- --baseline, checked the same way.
import { CompareInputError, type CompareOptions } from '../compare/compare.ts';
import { checkedNumber, type FlagValues, text, toggle } from './flags.ts';

const number = (name: string, value: string, min: number, max: number, integer = false) =>
  checkedNumber(name, value, { min, max, integer }, CompareInputError);

/** A number flag with a default: `scale` turns what one types (percent, points) into a fraction. */
const numberFlag = (value: string, fallback: string, help: string, min: number, max: number, scale = 1) =>
  text({ value, default: fallback, help, read: (v, name) => number(name, v ?? fallback, min, max) / scale });
const wholeFlag = (value: string, fallback: string, help: string, min: number, max: number) =>
  text({ value, default: fallback, help, read: (v, name) => number(name, v ?? fallback, min, max, true) });

export const COMPARE_FLAGS = {
  tolerance: numberFlag(
    'PERCENT',
    '10',
    'relative change a regression must exceed with its whole interval (default 10)',
    0,
    1000,
    100,
  ),
  'min-ms': numberFlag('MS', '2', '... and absolute latency change, in ms (default 2)', 0, 1e6),
  'min-rate': numberFlag(
    'POINTS',
    '0.5',
    '... and absolute error-rate change, in percentage points (default 0.5)',
    0,
    100,
    100,
  ),
  seed: wholeFlag(
    'N',
    '1',
    'bootstrap seed: the same runs and seed give the same verdicts (default 1)',
    0,
    2 ** 31 - 1,
  ),
  resamples: wholeFlag('N', '2000', 'bootstrap resamples (default 2000)', 100, 100_000),
  'allow-mismatch': toggle({ help: 'compare runs of different entries or load settings anyway (warned about)' }),
  inconclusive: text({
    value: 'MODE',
    default: 'warn',
    help: 'a metric whose interval can neither show nor rule out a regression: warn (default:\nexit 0, listed and said on the closing line) or fail (exit 99, as a regression)',
    read: (value = 'warn', name) => {
      if (value !== 'warn' && value !== 'fail')
        throw new CompareInputError(`--${name} ${JSON.stringify(value)}: expected warn or fail`);
      return value;
    },
  }),
};

/** The comparison's options from the flags' values (read by either command's table). */
export function compareOptionsOf(values: FlagValues<typeof COMPARE_FLAGS>): Omit<CompareOptions, 'only'> {
  return {
    tolerance: values.tolerance,
    minMs: values['min-ms'],
    minRate: values['min-rate'],
    seed: values.seed,
    resamples: values.resamples,
    allowMismatch: values['allow-mismatch'],
    inconclusive: values.inconclusive,
  };
}
