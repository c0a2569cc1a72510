// Reads what k6 left in a run folder to say which thresholds failed, for the runner's closing table.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface SummaryMetric {
  thresholds?: Record<string, { ok: boolean } | boolean>;
}

/** "metric expression" of every failed threshold in runDir/summary.json (k6's handleSummary data); [] when none or no file. */
export function failedThresholds(runDir: string): string[] {
  const file = join(runDir, 'summary.json');
  if (!existsSync(file)) return [];
  let data: { metrics?: Record<string, SummaryMetric> };
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
  const failed: string[] = [];
  for (const [metric, values] of Object.entries(data.metrics ?? {})) {
    for (const [expression, result] of Object.entries(values.thresholds ?? {})) {
      // handleSummary data says { ok }; a --summary-export file says true when the threshold failed.
      const ok = typeof result === 'boolean' ? !result : result.ok;
      if (!ok) failed.push(`${metric} ${expression}`);
    }
  }
  return failed;
}

export type Verdict = 'pass' | 'inconclusive' | 'thresholds failed' | 'regression' | 'error' | 'interrupted';

/** k6 exit codes: 0 pass (inconclusive when the runner could not answer the run's question), 99 thresholds crossed; anything else is an error of the run itself. */
export function verdictOf(
  k6ExitCode: number | null,
  interrupted: boolean,
  runnerError?: string,
  inconclusive?: string,
): Verdict {
  if (interrupted) return 'interrupted';
  if (k6ExitCode === 0 && !runnerError) return inconclusive ? 'inconclusive' : 'pass';
  if (k6ExitCode === 99) return 'thresholds failed';
  return 'error';
}
