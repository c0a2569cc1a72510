// JUnit XML: one test case per threshold, failing ones carry the observed value, so any CI system
// shows which performance target was missed. A run that ended in an error (k6's own reason in
// run.outcome_reason) is one more test case, in error. Pure: k6's handleSummary and the runner's
// finishing step render it from the same Results.
import { escapeXml } from './escape.ts';
import { type Results, type ResultsThreshold, unitOf } from './results.ts';
import { formatValue } from './summary-data.ts';

function thresholdCase(suite: string, t: ResultsThreshold): string {
  const name = escapeXml(`${t.metric} ${t.expression}`);
  const observed =
    t.observed === null && t.reason ? `not measured: ${t.reason}` : `observed ${formatValue(t.observed, unitOf(t))}`;
  const open = `    <testcase classname="${suite}" name="${name}" time="0">`;
  if (t.ok) return `${open}<system-out>${escapeXml(observed)}</system-out></testcase>`;
  return `${open}\n      <failure message="${escapeXml(`${t.metric} ${t.expression} failed: ${observed}`)}" type="threshold">${escapeXml(observed)}</failure>\n    </testcase>`;
}

function errorCase(suite: string, results: Results): string {
  const reason = escapeXml(results.run.outcome_reason ?? 'the run ended in an error');
  return `    <testcase classname="${suite}" name="k6 run" time="0">\n      <error message="${reason}" type="k6">${reason}</error>\n    </testcase>`;
}

export function junitReport(results: Results): string {
  const rows = results.thresholds;
  const failures = rows.filter((r) => !r.ok).length;
  // A run that measured nothing is no pass: one case in error says so.
  const errors = results.run.outcome === 'error' || results.run.outcome === 'no load ran' ? 1 : 0;
  const tests = rows.length + errors;
  const seconds = ((results.run.duration_ms ?? 0) / 1000).toFixed(3);
  const suite = escapeXml(`course-perf.${results.run.scenario}`);
  const cases = [...(errors ? [errorCase(suite, results)] : []), ...rows.map((r) => thresholdCase(suite, r))];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="course-perf" tests="${tests}" failures="${failures}" errors="${errors}" time="${seconds}">`,
    `  <testsuite name="${suite}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="${seconds}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
