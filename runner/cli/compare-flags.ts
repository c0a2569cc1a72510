// The comparison flags shared by npm run compare and npm run perf -- --baseline, checked the same way.
import { CompareInputError, type CompareOptions } from '../compare/compare.ts';

export const COMPARE_FLAGS_HELP = `  --tolerance PERCENT     relative change a regression must exceed with its whole interval (default 10)
  --min-ms MS             ... and absolute latency change, in ms (default 2)
  --min-rate POINTS       ... and absolute error-rate change, in percentage points (default 0.5)
  --seed N                bootstrap seed: the same runs and seed give the same verdicts (default 1)
  --resamples N           bootstrap resamples (default 2000)
  --allow-mismatch        compare runs of different entries or load settings anyway (warned about)
  --inconclusive MODE     a metric whose interval can neither show nor rule out a regression: warn (default:
                          exit 0, listed and said on the closing line) or fail (exit 99, as a regression)`;

/** The same flags as node:util parseArgs options, for both commands' parsers. */
export const COMPARE_PARSE_OPTIONS = {
  tolerance: { type: 'string', default: '10' },
  'min-ms': { type: 'string', default: '2' },
  'min-rate': { type: 'string', default: '0.5' },
  seed: { type: 'string', default: '1' },
  resamples: { type: 'string', default: '2000' },
  'allow-mismatch': { type: 'boolean', default: false },
  inconclusive: { type: 'string', default: 'warn' },
} as const;

function number(flag: string, value: string, min: number, max: number, integer = false): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new CompareInputError(
      `--${flag} ${JSON.stringify(value)}: expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`,
    );
  }
  return n;
}

export function parseCompareFlags(values: {
  tolerance?: string;
  'min-ms'?: string;
  'min-rate'?: string;
  seed?: string;
  resamples?: string;
  'allow-mismatch'?: boolean;
  inconclusive?: string;
}): Omit<CompareOptions, 'only'> {
  const inconclusive = values.inconclusive ?? 'warn';
  if (inconclusive !== 'warn' && inconclusive !== 'fail')
    throw new CompareInputError(`--inconclusive ${JSON.stringify(inconclusive)}: expected warn or fail`);
  return {
    tolerance: number('tolerance', values.tolerance ?? '10', 0, 1000) / 100,
    minMs: number('min-ms', values['min-ms'] ?? '2', 0, 1e6),
    minRate: number('min-rate', values['min-rate'] ?? '0.5', 0, 100) / 100,
    seed: number('seed', values.seed ?? '1', 0, 2 ** 31 - 1, true),
    resamples: number('resamples', values.resamples ?? '2000', 100, 100_000, true),
    allowMismatch: values['allow-mismatch'] ?? false,
    inconclusive,
  };
}
