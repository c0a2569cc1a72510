// Reads the `--out json` files of several k6 processes (execution segments of one run) and keeps,
// for each threshold key, the samples that belong to it, so the thresholds can be re-evaluated on
// the whole run.
import { existsSync } from 'node:fs';
import { type MetricKind, readK6Json } from '../k6/json-output.ts';
import type { ThresholdKey } from './threshold-eval.ts';

export interface MergedMetric {
  kind: MetricKind;
  values: number[];
  /** When each value was taken (seconds since the epoch; NaN when the line had no time). */
  times: number[];
}

export interface Merged {
  /** Samples per threshold key (e.g. "http_req_duration{endpoint:course_get}"). */
  byKey: Map<string, MergedMetric>;
  firstS: number;
  lastS: number;
  files: number;
}

/**
 * `onlyKeys`: skip, unparsed, the points of metrics no key names (much faster); firstS/lastS then
 * span the named metrics only, so callers that need the run's whole span leave it off.
 */
export async function mergeSamples(
  files: string[],
  keys: Map<string, ThresholdKey>,
  options: { onlyKeys?: boolean } = {},
): Promise<Merged> {
  const kinds = new Map<string, MergedMetric['kind']>();
  const byKey = new Map<string, MergedMetric>();
  let firstS = Infinity;
  let lastS = -Infinity;
  const byMetric = new Map<string, [string, ThresholdKey][]>();
  for (const [key, parsed] of keys)
    byMetric.set(parsed.metric, [...(byMetric.get(parsed.metric) ?? []), [key, parsed]]);
  for (const file of files) {
    if (!existsSync(file)) throw new Error(`${file}: no such file`);
    await readK6Json(file, {
      strict: true,
      ...(options.onlyKeys ? { wants: (metric: string) => byMetric.has(metric) } : {}),
      onMetric: (metric, kind) => kinds.set(metric, kind),
      onPoint: ({ metric, ms, value, tags }) => {
        const t = ms / 1000;
        if (Number.isFinite(t)) {
          firstS = Math.min(firstS, t);
          lastS = Math.max(lastS, t);
        }
        for (const [key, parsed] of byMetric.get(metric) ?? []) {
          if (!Object.entries(parsed.tags).every(([k, v]) => tags[k] === v)) continue;
          const merged = byKey.get(key) ?? { kind: kinds.get(metric) ?? 'trend', values: [], times: [] };
          byKey.set(key, merged);
          merged.values.push(value);
          merged.times.push(t);
        }
      },
    });
  }
  for (const [key, parsed] of keys)
    if (!byKey.has(key)) byKey.set(key, { kind: kinds.get(parsed.metric) ?? 'trend', values: [], times: [] });
  return { byKey, firstS, lastS, files: files.length };
}
