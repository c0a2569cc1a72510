// The k6 handleSummary every entry exports: the concise text on stdout and, when REPORTS_DIR is
// set (the runner creates that folder), summary.json, results.json, junit.xml and summary.md in it.
import { junitReport } from './junit.ts';
import { markdownReport } from './markdown.ts';
import { buildResults } from './results.ts';
import type { SummaryData } from './summary-data.ts';
import { textSummary } from './text.ts';

const orNull = (value: string | undefined) => (value ? value : null);

export interface SummaryMeta {
  scenario: string;
  profile?: string;
  /** Requests one iteration of each open-model scenario sends, so dropped iterations can be told as requests. */
  requestsPerIteration?: Record<string, number>;
}

export function makeHandleSummary(meta: SummaryMeta) {
  return function handleSummary(data: SummaryData): Record<string, string> {
    const out: Record<string, string> = {
      stdout: textSummary(data, {
        scenario: meta.scenario,
        color: data.state?.isStdOutTTY === true,
        requestsPerIteration: meta.requestsPerIteration,
      }),
    };
    const dir = __ENV.REPORTS_DIR;
    if (dir) {
      const results = buildResults(
        data,
        {
          scenario: meta.scenario,
          profile: orNull(__ENV.RUN_PROFILE) ?? meta.profile ?? null,
          target: orNull(__ENV.RUN_TARGET) ?? orNull(__ENV.BASE_URL),
          k6_version: orNull(__ENV.RUN_K6_VERSION),
          git_commit: orNull(__ENV.RUN_GIT_COMMIT),
          started_at: orNull(__ENV.RUN_STARTED_AT),
          finished_at: new Date().toISOString(),
        },
        meta.requestsPerIteration,
      );
      // k6 puts setup()'s return value in the summary: it holds the users' bearer tokens, which no report may contain.
      const { setup_data: _secrets, ...shareable } = data as SummaryData & { setup_data?: unknown };
      out[`${dir}/summary.json`] = JSON.stringify(shareable, null, 1);
      out[`${dir}/results.json`] = `${JSON.stringify(results, null, 2)}\n`;
      out[`${dir}/junit.xml`] = junitReport(results);
      out[`${dir}/summary.md`] = markdownReport(results);
    }
    return out;
  };
}
