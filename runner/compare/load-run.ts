// The runs a comparison reads: results.json (checked to be one), whether two runs are comparable,
// and their raw samples (metrics.json.gz), read once per run.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { RESULTS_SCHEMA_VERSION, type Results } from '../../lib/report/results.ts';
import { mergeSamples } from '../merge/merge-samples.ts';
import type { ThresholdKey } from '../merge/threshold-eval.ts';
import { CompareInputError, type LoadedRun, type RunSamples } from './compare-model.ts';

export function loadRun(path: string): LoadedRun {
  if (!existsSync(path)) throw new CompareInputError(`${path}: no such file or folder`);
  const file = statSync(path).isDirectory() ? join(path, 'results.json') : path;
  if (!existsSync(file)) throw new CompareInputError(`${path}: a folder without results.json (is it a run folder?)`);
  let parsed: Results;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CompareInputError(`${file}: not JSON (${(error as Error).message})`);
  }
  if (
    parsed?.schema_version !== RESULTS_SCHEMA_VERSION ||
    typeof parsed.metrics !== 'object' ||
    parsed.metrics === null
  ) {
    throw new CompareInputError(
      `${file}: not a course-perf results.json of schema version ${RESULTS_SCHEMA_VERSION} (found ${JSON.stringify(parsed?.schema_version)})`,
    );
  }
  const samples = join(dirname(file), 'metrics.json.gz');
  return { label: path, results: parsed, samplesFile: existsSync(samples) ? samples : null };
}

export const labelOf = (path: string) => basename(path.replace(/\/results\.json$/, ''));

/** Entry and load shape must match, or the comparison compares two different tests. */
export function checkComparable(baselines: LoadedRun[], current: LoadedRun, allowMismatch: boolean): string[] {
  const problems: string[] = [];
  const warnings: string[] = [];
  const cur = current.results.run;
  for (const base of baselines) {
    const b = base.results.run;
    if (b.scenario !== cur.scenario)
      problems.push(
        `entry: baseline ${base.label} ran "${b.scenario}", current ${current.label} ran "${cur.scenario}"`,
      );
    const bl = b.load;
    const cl = cur.load;
    if (!bl || !cl) {
      warnings.push(
        `load settings not recorded in ${!bl ? base.label : current.label} (a run from an older runner or plain k6): cannot check users and duration match`,
      );
      continue;
    }
    for (const key of Object.keys({ ...bl, ...cl }) as (keyof typeof bl)[]) {
      if (String(bl[key]) !== String(cl[key]))
        problems.push(
          `${key}: baseline ${base.label} has ${JSON.stringify(bl[key])}, current has ${JSON.stringify(cl[key])}`,
        );
    }
  }
  if (problems.length > 0 && !allowMismatch) {
    throw new CompareInputError(
      `the runs are not comparable:\n  ${[...new Set(problems)].join('\n  ')}\n(--allow-mismatch compares them anyway)`,
    );
  }
  return [...new Set([...problems.map((p) => `mismatch (allowed): ${p}`), ...warnings])];
}

const sampleCache = new WeakMap<LoadedRun, { signature: string; samples: RunSamples }>();

/** The raw samples of `keys` in a run with a samples file; a run compared several times (every pair of a series) is read once. */
export async function readRunSamples(run: LoadedRun, keys: Map<string, ThresholdKey>): Promise<RunSamples> {
  const signature = [...keys.keys()].join('\n');
  const cached = sampleCache.get(run);
  if (cached?.signature === signature) return cached.samples;
  try {
    const samples = (await mergeSamples([run.samplesFile!], keys, { onlyKeys: true })).byKey;
    sampleCache.set(run, { signature, samples });
    return samples;
  } catch (error) {
    throw new CompareInputError(`${run.samplesFile}: ${(error as Error).message}`);
  }
}
