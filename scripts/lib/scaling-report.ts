// Adds resource scaling (scripts/lib/resource-scaling.ts) to a finished run's reports: the
// `scaling` field of results.json, a section of summary.md and a table on the console. Only for
// entries whose load changes (ramp-up, spike, breakpoint); report.html draws it from results.json.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readK6Series, readServerSeries } from './html-report.ts';
import { resourceScaling, scalingLevelOf, scalingMarkdown, scalingText, type LoadSecond, type Scaling } from './resource-scaling.ts';

/** The run's per-second load series, from k6's --out json file. */
export async function loadSeconds(runDir: string): Promise<LoadSecond[]> {
  const buckets = await readK6Series(join(runDir, 'metrics.json.gz'));
  return [...buckets.entries()].map(([t, b]) => ({ t, vus: b.vus, requests: b.requests, durations: b.durations }));
}

/** Computes the scaling of the run in runDir and writes it into its reports; returns it (null when the entry's load does not change or the run has none). */
export async function recordScaling(runDir: string): Promise<Scaling | null> {
  const resultsFile = join(runDir, 'results.json');
  if (!existsSync(resultsFile)) return null;
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const level = scalingLevelOf(results.run?.scenario ?? '');
  if (!level) return null;
  const server = readServerSeries(join(runDir, 'server-resources.json')).samples;
  const scaling = resourceScaling(await loadSeconds(runDir), server, level);
  if (!scaling) return null;
  results.scaling = scaling;
  writeFileSync(`${resultsFile}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
  renameSync(`${resultsFile}.tmp`, resultsFile); // never a half-written results.json
  const markdown = join(runDir, 'summary.md');
  if (existsSync(markdown)) writeFileSync(markdown, `${readFileSync(markdown, 'utf8').trimEnd()}\n\n${scalingMarkdown(scaling)}`);
  console.log(`\n${scalingText(scaling)}\n`);
  return scaling;
}
