// How a change point and a segment read, in the console, summary.md and report.html alike:
// `endpoint.course_get.p95_ms +812 % [+640 %, +985 %] (3.10 -> 25.4 ms) from run R, commit abc1234`.
import type { NamedChange } from './analyze.ts';

export function percent(x: number): string {
  const rounded = Math.abs(x) >= 0.1 ? (x * 100).toFixed(0) : (x * 100).toFixed(1);
  return `${x >= 0 ? '+' : '−'}${rounded.replace('-', '')} %`;
}

export function figure(x: number): string {
  const a = Math.abs(x);
  if (a === 0) return '0';
  if (a >= 100) return x.toFixed(0);
  if (a >= 10) return x.toFixed(1);
  if (a >= 0.01) return x.toFixed(2);
  return x.toPrecision(2);
}

export function shortCommit(commit: string | null): string {
  return commit ? commit.slice(0, 10) : 'no commit';
}

/** "2026-12-06 04:58" from an ISO time. */
export function shortTime(iso: string): string {
  return iso.replace('T', ' ').slice(0, 16);
}

/** The relative change and its 95 % interval; "from 0" when there was nothing before. */
function changeText(change: NamedChange): string {
  if (change.change === null) return 'from 0';
  const interval = change.interval ? ` [${percent(change.interval[0])}, ${percent(change.interval[1])}]` : '';
  return `${percent(change.change)}${interval}`;
}

function meansText(change: NamedChange): string {
  const unit = change.unit === 'ratio' ? '' : ` ${change.unit}`;
  return `${figure(change.before.mean)} → ${figure(change.after.mean)}${unit}`;
}

function verdictWord(change: NamedChange): string {
  return change.worse === true ? 'worse' : change.worse === false ? 'better' : 'changed';
}

/** One line per change point, without markup. */
export function changeLine(change: NamedChange): string {
  return `${change.series} ${changeText(change)} (${meansText(change)}, ${change.before.n} → ${change.after.n} runs, p ${change.pValue.toExponential(1)}) ${verdictWord(change)} from run ${change.run}, commit ${shortCommit(change.commit)}, ${shortTime(change.time)}`;
}
