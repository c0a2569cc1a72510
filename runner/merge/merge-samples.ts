// Reads the `--out json` files of several k6 processes (execution segments of one run) and keeps,
// for each threshold key, the samples that belong to it, so the thresholds can be re-evaluated on
// the whole run.
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { ThresholdKey } from './threshold-eval.ts';

export interface MergedMetric {
  kind: 'trend' | 'rate' | 'counter' | 'gauge';
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
    const input = createReadStream(file);
    const lines = createInterface({
      input: file.endsWith('.gz') ? input.pipe(createGunzip()) : input,
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (line === '') continue;
      // k6 writes {"metric":"name","type":...}: a Point of a metric nobody asked for is skipped unparsed.
      if (options.onlyKeys) {
        const named = /^\{"metric":"([^"]+)","type":"Point"/.exec(line);
        if (named && !byMetric.has(named[1]!)) continue;
      }
      let entry: {
        type?: string;
        metric?: string;
        data?: { type?: string; time?: string; value?: number; tags?: Record<string, string> | null };
      };
      try {
        entry = JSON.parse(line);
      } catch {
        throw new Error(`${file}: a line is not JSON: is this k6's --out json output?`);
      }
      if (entry.type === 'Metric' && entry.metric && entry.data?.type)
        kinds.set(entry.metric, entry.data.type as MergedMetric['kind']);
      if (entry.type !== 'Point' || !entry.metric || !entry.data || typeof entry.data.value !== 'number') continue;
      const t = Date.parse(entry.data.time ?? '') / 1000;
      if (Number.isFinite(t)) {
        firstS = Math.min(firstS, t);
        lastS = Math.max(lastS, t);
      }
      for (const [key, parsed] of byMetric.get(entry.metric) ?? []) {
        const tags = entry.data.tags ?? {};
        if (!Object.entries(parsed.tags).every(([k, v]) => tags[k] === v)) continue;
        let merged = byKey.get(key);
        if (!merged) byKey.set(key, (merged = { kind: kinds.get(entry.metric) ?? 'trend', values: [], times: [] }));
        merged.values.push(entry.data.value);
        merged.times.push(t);
      }
    }
  }
  for (const [key, parsed] of keys)
    if (!byKey.has(key)) byKey.set(key, { kind: kinds.get(parsed.metric) ?? 'trend', values: [], times: [] });
  return { byKey, firstS, lastS, files: files.length };
}
