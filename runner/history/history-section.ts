// "Changes since ...": the history's section of a run's summary.md and report.html, from the facts
// recordRun returned (results.json `history`).
import { escapeXml as escapeHtml, markdownCode } from '../../lib/report/escape.ts';
import type { HistoryChange, HistoryFacts } from '../../lib/report/results.ts';
import { figure, percent, shortCommit, shortTime } from './format.ts';

function changeParts(change: HistoryChange): { series: string; text: string } {
  const unit = change.unit === 'ratio' ? '' : ` ${change.unit}`;
  const relative =
    change.change === null
      ? 'from 0'
      : `${percent(change.change)}${change.interval ? ` [${percent(change.interval[0])}, ${percent(change.interval[1])}]` : ''}`;
  const verdict = change.worse === true ? 'worse' : change.worse === false ? 'better' : 'changed';
  return {
    series: change.series,
    text: `${relative} (${figure(change.before)} → ${figure(change.after)}${unit}) ${verdict} from run ${change.run}, commit ${shortCommit(change.commit)}, ${shortTime(change.time)}`,
  };
}

/** The heading and the plain sentences of the section, before markup. */
function sectionText(facts: HistoryFacts): { title: string; lead: string; gate: string | null } {
  if (facts.error)
    return {
      title: 'History',
      lead: `Not recorded: ${facts.error}. The run's own reports are complete.`,
      gate: null,
    };
  const since = facts.since ? `${shortCommit(facts.since.commit)} (${shortTime(facts.since.time)})` : 'the first run';
  const refused = facts.refused ? ` This run was not added: ${facts.refused}.` : '';
  const count = `${facts.runs} run${facts.runs === 1 ? '' : 's'} of ${facts.test} in ${facts.store}`;
  const lead =
    facts.changes.length === 0
      ? `No series changed over the last ${facts.options.last} runs (${count}).${refused}`
      : `Change points over the last ${facts.options.last} runs (${count}; E-Divisive, p ≤ ${facts.options.p_value}):${refused}`;
  const gate =
    facts.regressions.length > 0
      ? `npm run history -- check fails (exit 99) on: ${facts.regressions.join(', ')} (worse beyond ${percent(facts.options.tolerance).replace('+', '')}).`
      : null;
  return { title: `History: changes since ${since}`, lead, gate };
}

/** The section as Markdown (summary.md), HTML (report.html) or plain text (the console); nothing when history was off. */
export function historySection(
  facts: HistoryFacts | null | undefined,
  format: 'markdown' | 'html' | 'text' = 'markdown',
): string {
  if (!facts) return '';
  const { title, lead, gate } = sectionText(facts);
  const changes = facts.changes.map(changeParts);
  if (format === 'text')
    return [
      title,
      `  ${lead}`,
      ...changes.map((c) => `    ${c.series} ${c.text}`),
      ...(gate ? [`  ${gate}`] : []),
    ].join('\n');
  if (format === 'markdown') {
    const items = changes.map((c) => `- ${markdownCode(c.series, { inTable: false })} ${c.text}`);
    return [
      `### ${title}`,
      '',
      lead,
      ...(items.length ? ['', ...items] : []),
      ...(gate ? ['', `**${gate}**`] : []),
      '',
    ].join('\n');
  }
  const items = changes.map((c) => `<li><code>${escapeHtml(c.series)}</code> ${escapeHtml(c.text)}</li>`).join('');
  return `<section id="history"><h2>${escapeHtml(title)}</h2><p>${escapeHtml(lead)}</p>${items ? `<ul>${items}</ul>` : ''}${gate ? `<p class="fail"><strong>${escapeHtml(gate)}</strong></p>` : ''}</section>`;
}
