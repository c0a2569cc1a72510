// Apache Otava's change points on plain series, through its own library function
// (otava.analysis.compute_change_points, what `otava analyze` runs per metric), in the pinned venv.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SCRIPT = `
import json, sys
from otava.analysis import compute_change_points
job = json.load(sys.stdin)
out = []
for values in job["series"]:
    points, _ = compute_change_points(values, window_len=job["window"], max_pvalue=job["p"], min_magnitude=job["magnitude"])
    out.append([int(p.index) for p in points])
json.dump(out, sys.stdout)
`;

export interface OtavaOptions {
  window: number;
  pValue: number;
  minMagnitude: number;
}

/** Change-point indices per series, as Otava 0.8.0 finds them. */
export function otavaChangePoints(venv: string, series: number[][], options: OtavaOptions): number[][] {
  const result = spawnSync(join(venv, 'bin', 'python'), ['-c', SCRIPT], {
    input: JSON.stringify({ series, window: options.window, p: options.pValue, magnitude: options.minMagnitude }),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  if (result.status !== 0) throw new Error(`Otava failed (exit ${result.status}): ${result.stderr.slice(-2000)}`);
  return JSON.parse(result.stdout) as number[][];
}
