// A node:test reporter (beside spec) that ends the run with the test files that took longest: CI
// must stay well inside its time budget, and this says where the minutes go. Plain JavaScript:
// node:test loads reporters before `--import tsx` can teach it TypeScript.
import { relative } from 'node:path';

const SHOWN = 15;

/** @param {AsyncIterable<{ type: string, data: { nesting?: number, file?: string, details?: { duration_ms?: number } } }>} source */
export default async function* slowestFiles(source) {
  /** @type {Map<string, number>} */
  const msByFile = new Map();
  for await (const { type, data } of source) {
    if ((type !== 'test:pass' && type !== 'test:fail') || data.nesting !== 0 || !data.file) continue;
    const file = relative(process.cwd(), data.file);
    msByFile.set(file, (msByFile.get(file) ?? 0) + (data.details?.duration_ms ?? 0));
  }
  const slowest = [...msByFile].sort((a, b) => b[1] - a[1]).slice(0, SHOWN);
  const total = [...msByFile.values()].reduce((sum, ms) => sum + ms, 0);
  yield `\nslowest test files (of ${msByFile.size}, ${(total / 60_000).toFixed(1)} min in all):\n`;
  for (const [file, ms] of slowest) yield `${(ms / 1000).toFixed(0).padStart(6)} s  ${file}\n`;
}
