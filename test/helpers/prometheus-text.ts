// Prometheus's text exposition format, read strictly: a line that is not a sample fails the test.
import assert from 'node:assert/strict';

export interface ExposedSample {
  name: string;
  /** Labels as a set: the format gives their order no meaning. */
  labels: Record<string, string>;
  value: number;
}

export function parseExposition(text: string): ExposedSample[] {
  const samples: ExposedSample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (-?[0-9.e+-]+|NaN|[+-]Inf)(?: -?\d+)?$/.exec(line);
    assert.ok(match, `not a Prometheus sample line: ${line}`);
    const labels = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map(([, k, v]) => [
        k!,
        v!.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c)),
      ]),
    );
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}
