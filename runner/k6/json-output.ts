// k6's JSON output (--out json=FILE; gzip when FILE ends in .gz): one object a line, a Metric line
// when a metric first appears ({"type":"Metric","data":{"type":"trend",...},"metric":"name"}) and a
// Point line per sample ({"metric":"name","type":"Point","data":{"time":...,"value":...,"tags":...}}).
// Streamed line by line, so a long run's file never sits in memory whole.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

export type MetricKind = 'trend' | 'rate' | 'counter' | 'gauge';

export interface K6Point {
  metric: string;
  /** Unix ms; NaN when the line has no time. */
  ms: number;
  value: number;
  tags: Record<string, string>;
}

export interface K6JsonReader {
  /** A metric's first appearance: its kind. */
  onMetric?: (metric: string, kind: MetricKind) => void;
  /** Every sample, in the file's order. */
  onPoint: (point: K6Point) => void;
  /** Which metrics' points to read: the others are skipped unparsed (much faster); default all. */
  wants?: (metric: string) => boolean;
  /**
   * A line that is not JSON: skipped (a run cut short may leave a half-written last line), or,
   * with `strict`, an error naming the file.
   */
  strict?: boolean;
}

interface Line {
  type?: string;
  metric?: string;
  data?: { type?: string; time?: string; value?: unknown; tags?: Record<string, string> | null };
}

const POINT_OF = /^\{"metric":"([^"]+)","type":"Point"/;

/** Reads `file` (a missing one is an error of the stream), calling the reader's handlers line by line. */
export async function readK6Json(file: string, reader: K6JsonReader): Promise<void> {
  const input = createReadStream(file);
  const lines = createInterface({
    input: file.endsWith('.gz') ? input.pipe(createGunzip()) : input,
    crlfDelay: Infinity,
  });
  for await (const text of lines) {
    if (text === '') continue;
    if (reader.wants) {
      const named = POINT_OF.exec(text);
      if (named && !reader.wants(named[1]!)) continue;
    }
    let line: Line;
    try {
      line = JSON.parse(text);
    } catch {
      if (reader.strict) throw new Error(`${file}: a line is not JSON: is this k6's --out json output?`);
      continue;
    }
    if (!line.metric || !line.data) continue;
    if (line.type === 'Metric' && line.data.type) reader.onMetric?.(line.metric, line.data.type as MetricKind);
    else if (
      line.type === 'Point' &&
      typeof line.data.value === 'number' &&
      (!reader.wants || reader.wants(line.metric))
    )
      reader.onPoint({
        metric: line.metric,
        ms: Date.parse(line.data.time ?? ''),
        value: line.data.value,
        tags: line.data.tags ?? {},
      });
  }
}
