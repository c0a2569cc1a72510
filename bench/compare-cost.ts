// What `npm run compare` costs on runs of realistic size: wall time and peak memory of one
// comparison (reading every metrics.json.gz, the bootstrap, the verdicts) against 1, 5 and 10
// baseline runs of 60 s at ~200 requests/s (12,000 requests each; --quick: 20 s, 1 and 5).
// Synthetic seeded runs (test/helpers/synthetic-run.ts), so the figures do not depend on a platform.
// Usage: tsx bench/compare-cost.ts [--quick] [--json FILE]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareRuns, loadRun } from '../runner/compare/compare.ts';
import { writeSyntheticRun } from '../test/helpers/synthetic-run.ts';

const { values: flags } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, json: { type: 'string' } },
  strict: true,
});
const seconds = flags.quick ? 20 : 60;
const perSecond = 200;
const baselineCounts = flags.quick ? [1, 5] : [1, 5, 10];
const dir = mkdtempSync(join(tmpdir(), 'compare-cost-'));
const rows: { baselines: number; requests_per_run: number; wall_s: number; peak_rss_mb: number; judged: number }[] = [];
try {
  const runs = Array.from({ length: Math.max(...baselineCounts) + 1 }, (_, i) =>
    writeSyntheticRun(join(dir, `run-${i}`), { seed: i + 1, seconds, perSecond }),
  );
  for (const k of baselineCounts) {
    // Fresh loads each time: compareRuns caches the samples of a loaded run.
    const baselines = runs.slice(0, k).map(loadRun);
    const current = loadRun(runs.at(-1)!);
    global.gc?.();
    let peak = process.memoryUsage().rss;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const started = performance.now();
    const report = await compareRuns(baselines, current, { tolerance: 0.1, minMs: 2, minRate: 0.005 });
    const wall = (performance.now() - started) / 1000;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    rows.push({
      baselines: k,
      requests_per_run: seconds * perSecond,
      wall_s: Number(wall.toFixed(2)),
      peak_rss_mb: Math.round(peak / 2 ** 20),
      judged: report.confidence.judged,
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log('baselines  requests/run  wall (s)  peak RSS (MB)  metrics judged');
for (const r of rows)
  console.log(
    `${String(r.baselines).padStart(9)}  ${String(r.requests_per_run).padStart(12)}  ${r.wall_s.toFixed(2).padStart(8)}  ${String(r.peak_rss_mb).padStart(13)}  ${String(r.judged).padStart(14)}`,
  );
if (flags.json) writeFileSync(flags.json, `${JSON.stringify({ seconds, perSecond, rows }, null, 2)}\n`);
