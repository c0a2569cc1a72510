// summary.md of a finished run, rendered whole from Results: how the run ended (when it did not
// complete), a failed slope gate, k6's part (lib/report/markdown.ts, the same renderer
// handleSummary uses), then resource scaling, a comparison and the history's changes when the run has them.
import { markdownReport } from '../../lib/report/markdown.ts';
import type { Results } from '../../lib/report/results.ts';
import { historySection } from '../history/history-section.ts';
import { capacityMarkdown } from '../report/capacity-report.ts';
import { comparisonSection } from '../report/comparison-markdown.ts';
import { failedGateBanner, scalingSection } from '../report/scaling-report.ts';

function outcomeBanner(run: Results['run']): string {
  if (!run.outcome || run.outcome === 'completed') return '';
  if (run.outcome === 'no load ran') return `> **No load ran**: ${run.outcome_reason ?? 'nothing was measured'}\n\n`;
  return `> **Run ${run.outcome}**${run.outcome_reason ? `: ${run.outcome_reason}` : ''}\n\n`;
}

export function summaryMarkdown(results: Results): string {
  const sections = [
    `${failedGateBanner(results)}${outcomeBanner(results.run)}${markdownReport(results)}`,
    scalingSection(results),
    capacityMarkdown(results),
    results.comparison ? comparisonSection(results.comparison) : '',
    historySection(results.history),
  ].filter((section) => section !== '');
  return sections.map((section, i) => (i < sections.length - 1 ? section.trimEnd() : section)).join('\n\n');
}
