// What a suite run will take, said before it starts: each entry's longest possible run and VUs as
// k6 itself computes them (`k6 inspect --execution-requirements`, with the run's own settings, so
// it is never a second copy of the shapes), and what sets each entry's length (lib/config/entries.ts).
import { lengthOf } from '../../lib/config/entries.ts';
import { durationSeconds } from '../../lib/load/duration.ts';
import { inspectEntry } from '../k6/inspect.ts';

/** 1830 -> "30m30s"; 45 -> "45s"; 3600 -> "1h0m0s". */
export function formatSeconds(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}h${m}m${s % 60}s` : m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export interface PlannedEntry {
  entry: string;
  /** k6's bound on the run: the scenarios' longest duration plus their graceful stops; setup comes on top. */
  maxSeconds: number | null;
  maxVUs: number | null;
  error?: string;
}

/** k6's own bound and VUs of dist/<entry>.js under `env` (the cached `k6 inspect`). */
export function planEntry(k6: string, entry: string, env: NodeJS.ProcessEnv): PlannedEntry {
  const inspected = inspectEntry(k6, entry, env);
  if (!inspected.ok) return { entry, maxSeconds: null, maxVUs: null, error: inspected.error };
  const { totalDuration, maxVUs } = inspected.inspection;
  return { entry, maxSeconds: totalDuration ? durationSeconds(totalDuration) : null, maxVUs: maxVUs ?? null };
}

/** The lines printed before a suite starts: each entry's bound and VUs, the total, and what sets each length. */
export function planText(plan: PlannedEntry[], capSeconds?: number): string {
  const width = Math.max(5, ...plan.map((p) => p.entry.length));
  const known = plan.filter((p) => p.maxSeconds !== null);
  const total = known.reduce((sum, p) => sum + p.maxSeconds!, 0);
  const lines = [
    `plan: ${plan.length} ${plan.length === 1 ? 'entry' : 'entries'}, up to ${formatSeconds(total)}${known.length < plan.length ? ' for those k6 could size' : ''} of load in all (k6's bound: each entry's scenarios plus their graceful stop; setup and reports come on top)`,
  ];
  for (const p of plan) {
    const length =
      p.maxSeconds === null
        ? `? (${p.error ?? 'unknown'})`
        : `up to ${formatSeconds(p.maxSeconds)}, ${p.maxVUs ?? '?'} VUs`;
    lines.push(`  ${p.entry.padEnd(width)}  ${length.padEnd(22)}  length: ${lengthOf(p.entry)}`);
  }
  lines.push(
    capSeconds === undefined
      ? '  --max-duration SECONDS fits every entry that can be shortened into about that long.'
      : `  --max-duration ${capSeconds}: every entry that can be shortened was fitted into about ${formatSeconds(capSeconds)} of load.`,
  );
  return lines.join('\n');
}
