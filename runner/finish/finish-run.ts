// The one step every way of running goes through after k6 (the runner, docker-compose, the
// interactive page, npm run report, compare and merge): it adds the facts known only after k6 to
// the run's Results once — the outcome, resource scaling and its slope gates, an interactive
// run's timeline, a comparison, the run's place in the history — writes results.json, and renders summary.md, junit.xml and
// report.html from it. Every file is written whole (atomic-write.ts); none is patched.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { junitReport } from '../../lib/report/junit.ts';
import {
  type ComparisonResult,
  type InteractiveResult,
  type LoadShape,
  RESULTS_SCHEMA_VERSION,
  type Results,
  type ResultsThreshold,
  type RunMeta,
} from '../../lib/report/results.ts';
import { capacityOf } from '../capacity/capacity-run.ts';
import { recordRun } from '../history/record-run.ts';
import { capacityGateOf, evaluateCapacityGate, withCapacity } from '../report/capacity-report.ts';
import { renderHtmlReport } from '../report/html-report.ts';
import { type ScalingRecord, scalingOf, withScaling } from '../report/scaling-report.ts';
import { resultsJson, writeFileAtomic } from './atomic-write.ts';
import { type K6Exit, outcomeOf, outcomeOfSummary, withoutLoad } from './k6-outcome.ts';
import { readResults } from './results-file.ts';
import { summaryMarkdown } from './summary-markdown.ts';

export interface RunFacts {
  /** How k6 ended, as the runner saw it; 'unseen' where k6 ran elsewhere (compose: its own container), when the outcome follows the verdict. */
  k6?: K6Exit | 'unseen';
  /** What the run was (entry, target, versions, start): results.json's run when k6 wrote no summary. */
  meta?: RunMeta;
  load?: LoadShape;
  interactive?: InteractiveResult;
  /** Compute resource scaling (entries whose load changes) or a capacity run's figures, and evaluate the gates set in this environment. */
  scalingEnv?: NodeJS.ProcessEnv;
  comparison?: ComparisonResult;
  /** A Results made elsewhere (npm run merge), written as the run's results.json. */
  results?: Results;
  /** k6 --out json files report.html charts instead of the run folder's metrics.json.gz (a merge's processes). */
  k6Files?: string[];
}

export interface FinishedRun {
  results: Results;
  /** The scaling computed by this step, for the console; null when none was. */
  scaling: ScalingRecord | null;
  /** Slope gates that failed, as "metric expression". */
  failedGates: string[];
  reportFile: string;
}

/** What results.json says when k6 stopped before it wrote a summary: the run, how it ended, and nothing measured. */
function standIn(meta: RunMeta): Results {
  return {
    schema_version: RESULTS_SCHEMA_VERSION,
    run: { ...meta, duration_ms: null },
    verdict: 'failed',
    thresholds: [],
    endpoints: [],
    dropped: null,
    metrics: {},
    resources: null,
  };
}

function withOutcome(results: Results, k6: K6Exit | 'unseen', summaryWritten: boolean): Results {
  const { outcome, reason } = k6 === 'unseen' ? outcomeOfSummary(summaryWritten ? results : null) : outcomeOf(k6);
  const run = {
    ...results.run,
    ...(k6 === 'unseen' ? {} : { k6_exit_code: k6.code }),
    outcome,
    ...(reason ? { outcome_reason: reason } : {}),
  };
  return { ...results, run };
}

/** The run's Results: results.json as k6 (or a merge) wrote it, or, when k6 wrote none, one standing in for it. */
function baseResults(runDir: string, facts: RunFacts): { results: Results; summaryWritten: boolean } {
  if (facts.results) return { results: facts.results, summaryWritten: true };
  const file = join(runDir, 'results.json');
  if (existsSync(file) || !facts.meta || !facts.k6) return { results: readResults(file), summaryWritten: true };
  return { results: standIn(facts.meta), summaryWritten: false };
}

/** Adds `facts` to the run in runDir and writes results.json, summary.md, junit.xml and report.html from it. */
export async function finishRun(runDir: string, facts: RunFacts = {}): Promise<FinishedRun> {
  let { results, summaryWritten } = baseResults(runDir, facts);
  if (facts.k6) results = withoutLoad(withOutcome(results, facts.k6, summaryWritten));
  if (facts.load) results = { ...results, run: { ...results.run, load: facts.load } };
  if (facts.interactive) results = { ...results, interactive: facts.interactive };
  let scaling: ScalingRecord | null = null;
  if (facts.scalingEnv && summaryWritten && !results.scaling) {
    scaling = await scalingOf(runDir, results.run.scenario, facts.scalingEnv);
    if (scaling) results = withScaling(results, scaling);
  }
  let capacityGate: ResultsThreshold | null = null;
  if (facts.scalingEnv && summaryWritten && results.run.scenario === 'capacity' && !results.capacity) {
    const capacity = await capacityOf(runDir, facts.scalingEnv);
    const users = capacityGateOf(facts.scalingEnv);
    capacityGate = users === null ? null : evaluateCapacityGate(capacity, users);
    results = withCapacity(results, capacity, capacityGate);
  }
  if (facts.comparison) results = { ...results, comparison: facts.comparison };
  // A run that has just run (runner, compose, merge), not a re-render (report, compare): into the history when it is on.
  if (facts.k6 !== undefined || facts.results !== undefined) {
    const history = await recordRun(runDir, results);
    if (history) results = { ...results, history };
  }
  writeFileAtomic(join(runDir, 'results.json'), resultsJson(results));
  writeFileAtomic(join(runDir, 'summary.md'), summaryMarkdown(results));
  writeFileAtomic(join(runDir, 'junit.xml'), junitReport(results));
  const reportFile = await renderHtmlReport(runDir, results, facts.k6Files);
  const failedGates = [...(scaling?.gates ?? []), ...(capacityGate ? [capacityGate] : [])]
    .filter((g) => !g.ok)
    .map((g) => `${g.metric} ${g.expression}`);
  return { results, scaling, failedGates, reportFile };
}
