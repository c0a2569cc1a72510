// The comparison flags shared by npm run compare and npm run perf -- --baseline, checked the same way.
import { CompareInputError, type CompareOptions } from '../compare/compare.ts';
import { defineFlags, type RawValues, text, toggle } from './flags.ts';

function number(flag: string, value: string, min: number, max: number, integer = false): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new CompareInputError(
      `--${flag} ${JSON.stringify(value)}: expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`,
    );
  }
  return n;
}

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

const compareFlags = defineFlags(COMPARE_FLAGS);

/** The same flags as node:util parseArgs options, for npm run compare's parser. */
export const COMPARE_PARSE_OPTIONS = compareFlags.options;
export const COMPARE_FLAGS_HELP = compareFlags.help(23);

/** The comparison's options from the flags' values (read by either command's table). */
export function compareOptionsOf(values: ReturnType<typeof compareFlags.read>): Omit<CompareOptions, 'only'> {
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

export function parseCompareFlags(values: RawValues): Omit<CompareOptions, 'only'> {
  return compareOptionsOf(compareFlags.read(values));
}
