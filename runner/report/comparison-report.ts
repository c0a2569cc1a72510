// Writes a comparison against baseline run(s) into the current run's folder through the finishing
// step: the `comparison` section of results.json, and summary.md (comparison-markdown.ts), junit.xml and
// report.html (comparison-html.ts) rendered anew from it, so compared twice it is there once.
import { dirname, join } from 'node:path';
import type { ComparisonReport, LoadedRun } from '../compare/compare.ts';
import { finishRun } from '../finish/finish-run.ts';

/** Writes the comparison into the current run's folder (results.json, and every report rendered anew); returns the folder. */
export async function writeComparison(current: LoadedRun, report: ComparisonReport): Promise<string> {
  const resultsFile = current.label.endsWith('.json') ? current.label : join(current.label, 'results.json');
  const dir = dirname(resultsFile);
  await finishRun(dir, { comparison: report });
  return dir;
}
