// How a run ended, from what k6 left: its exit code, whether the runner stopped it, and its log
// (stderr, where k6 says why it aborted or failed).
import type { Results, RunOutcome } from '../../lib/report/results.ts';

/** k6's end as the runner saw it. */
export interface K6Exit {
  /** k6's exit code (0 pass, 99 thresholds failed, others errors); null when it was killed. */
  code: number | null;
  /** The runner stopped k6 (Ctrl-C, SIGTERM). */
  interrupted: boolean;
  /** k6's stderr. */
  log: string;
}

export interface Outcome {
  outcome: RunOutcome;
  reason: string | null;
}

/** The message of one k6 log line (logfmt `msg="..."`, or plain text), escapes decoded. */
function logMessage(line: string): string {
  const quoted = /msg="((?:[^"\\]|\\.)*)"/.exec(line);
  if (!quoted) return line.replace(/^.*msg=/, '').trim();
  const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r' };
  return quoted[1]!.replace(/\\(.)/g, (_, c: string) => escapes[c] ?? c).trim();
}

/**
 * k6's own reason for failing: the first error it logged (logfmt `level=error`, or `ERRO[...]` on a
 * terminal), its first line only; a script exception's stack trace follows on the next lines.
 */
export function k6ErrorReason(log: string): string | null {
  const line = log.split('\n').find((l) => /\blevel=error\b|^ERRO\[/.test(l));
  if (!line) return null;
  // On a terminal: `ERRO[0000] message  hint="..." source=...`, the fields after two spaces.
  const message = line.includes('msg=')
    ? logMessage(line)
    : line.replace(/^ERRO\[\d+\]\s*/, '').replace(/\s{2,}\w+=.*$/, '');
  return message.split('\n')[0]!.trim() || null;
}

/** What happened to the run, as k6's exit code and its log say. */
export function outcomeOf(k6: K6Exit): Outcome {
  if (k6.interrupted)
    return { outcome: 'interrupted', reason: 'stopped by SIGINT/SIGTERM; figures cover the part that ran' };
  // The whole log line that says why (which thresholds crossed, or the abort message), without k6's log prefix.
  const aborted = k6.log.split('\n').find((line) => /abortOnFail|test aborted|stopping test prematurely/i.test(line));
  if (aborted) return { outcome: 'aborted', reason: logMessage(aborted).split('\n')[0]! };
  if (k6.code === 103)
    return {
      outcome: 'stopped',
      reason: "stopped through k6's REST API (e.g. Stop on the npm run ui page); figures cover the part that ran",
    };
  if (k6.code === 0) return { outcome: 'completed', reason: null };
  if (k6.code === 99) return { outcome: 'thresholds failed', reason: null };
  const why = k6ErrorReason(k6.log);
  return { outcome: 'error', reason: `k6 exited ${k6.code}${why ? `: ${why}` : ''}` };
}

/**
 * Where the runner cannot see k6's exit (a docker-compose run: k6 has a container of its own),
 * the outcome follows what k6 wrote: its verdict, or no summary at all.
 */
export function outcomeOfSummary(results: Results | null): Outcome {
  if (!results)
    return { outcome: 'error', reason: "k6 wrote no summary (its own reason is in the k6 container's log)" };
  return results.verdict === 'failed'
    ? { outcome: 'thresholds failed', reason: null }
    : { outcome: 'completed', reason: null };
}

/** Outcomes a run with no iteration turns into "no load ran": the others (aborted, error, interrupted) say more. */
const NOTHING_MEASURED_FROM: ReadonlySet<RunOutcome> = new Set(['completed', 'stopped', 'thresholds failed']);

/**
 * A run that ended before any iteration (stopped or ended during setup): nothing was measured, so its
 * thresholds held on no samples. Its outcome is "no load ran" and its verdict failed, never passed.
 */
export function withoutLoad(results: Results): Results {
  const iterations = results.metrics.iterations?.count ?? 0;
  const outcome = results.run.outcome;
  if (iterations > 0 || !outcome || !NOTHING_MEASURED_FROM.has(outcome)) return results;
  const before = results.run.outcome_reason ? ` (${outcome}: ${results.run.outcome_reason})` : ` (${outcome})`;
  return {
    ...results,
    verdict: 'failed',
    run: {
      ...results.run,
      outcome: 'no load ran',
      outcome_reason: `the run ended before any iteration of load, e.g. stopped during setup: nothing was measured${before}`,
    },
  };
}
