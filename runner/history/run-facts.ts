// A run as the history keeps it: its facts (id, test, commit, branch, time, load shape, k6, target,
// machine) and its series values. Only whole runs go in: a folder without a readable results.json, or
// a run that was aborted, interrupted or stopped, is refused with the reason.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import type { RunResults } from './series.ts';
import type { RunFacts } from './store.ts';

/** A run folder the history will not take, and why. */
export class RunRefused extends Error {}

/** Outcomes whose figures cover the whole planned run (absent: written before outcomes were recorded). */
const WHOLE_RUN = new Set(['completed', 'thresholds failed']);

export function readRunResults(runDir: string): RunResults {
  const file = join(runDir, 'results.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new RunRefused(
      `${runDir}: no results.json (${(error as NodeJS.ErrnoException).code}): a run that never finished is not added`,
    );
  }
  let results: RunResults;
  try {
    results = JSON.parse(text);
  } catch (error) {
    throw new RunRefused(`${file} is not valid JSON (${(error as Error).message}): a half-written run is not added`);
  }
  if (!results?.run?.scenario || !Array.isArray(results.endpoints) || typeof results.metrics !== 'object')
    throw new RunRefused(
      `${file} is not a course-perf results.json (no run.scenario, endpoints or metrics): not added`,
    );
  return results;
}

/** Refuses a run whose figures do not cover the run it planned, and interactive runs (no fixed load). */
export function admit(results: RunResults, runDir: string): void {
  if (results.run.scenario === 'interactive')
    throw new RunRefused(`${runDir}: an interactive run's load is what the person did: it is no point of a history`);
  const outcome = results.run.outcome;
  if (outcome !== undefined && !WHOLE_RUN.has(outcome))
    throw new RunRefused(`${runDir}: outcome "${outcome}": its figures cover part of the run, so it is not added`);
}

function host(target: string | null): string {
  if (!target) return 'unknown target';
  try {
    const { hostname } = new URL(target);
    return ['127.0.0.1', 'localhost', '[::1]', '::1'].includes(hostname) ? 'local' : hostname;
  } catch {
    return target;
  }
}

/** Runs compare only with runs of the same entry, load shape and target host (a demo's port changes every run). */
export function testOf(results: RunResults): string {
  const { run } = results;
  const parts = [run.profile ? `${run.scenario} (${run.profile})` : run.scenario];
  if (run.load) {
    const l = run.load;
    parts.push(
      `${l.concurrent_users} users`,
      `${l.duration_s} s`,
      `ramp ${l.ramp_up_s}/${l.ramp_down_s} s`,
      `mix ${l.user_weights}`,
      `think ${l.think_time_s} s`,
    );
  }
  parts.push(host(run.target));
  return parts.join(' · ');
}

/** This machine: CPU model and count, memory, OS; a hash keeps runs of like machines together. */
export function machineFingerprint(): string {
  const cpu = cpus();
  const label = `${cpu.length} x ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, ${process.platform}-${process.arch}`;
  return `${label} (${createHash('sha256').update(label).digest('hex').slice(0, 8)})`;
}

function git(args: string[], cwd: string): string | null {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() || null : null;
}

/**
 * The branch: PERFORMANCE_HISTORY_BRANCH, else CI's (GitHub's head or ref name), else the checkout's when
 * the run's commit is its HEAD (an old run of another commit gets none rather than a wrong one).
 */
function branchOf(commit: string | null, env: NodeJS.ProcessEnv, cwd: string): string | null {
  const named = env.PERFORMANCE_HISTORY_BRANCH || env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME;
  if (named) return named;
  if (!commit || git(['rev-parse', 'HEAD'], cwd) !== commit) return null;
  const branch = git(['rev-parse', '--abbrev-ref', 'HEAD'], cwd);
  return branch === 'HEAD' ? null : branch;
}

export interface RunOrigin {
  env: NodeJS.ProcessEnv;
  /** Where git is asked for the branch (the suite's checkout). */
  cwd: string;
  /** The machine that ran it; null when importing a folder (it may come from elsewhere). */
  machine: string | null;
}

/**
 * The run's facts. The commit is the platform's when PERFORMANCE_HISTORY_COMMIT says so (a platform
 * tested from its own repository), else the suite's (results.json run.git_commit).
 */
export function runFactsOf(runDir: string, results: RunResults, origin: RunOrigin): RunFacts {
  const { run } = results;
  const commit = origin.env.PERFORMANCE_HISTORY_COMMIT || run.git_commit || null;
  return {
    id: basename(realpathSync(runDir)),
    test: testOf(results),
    entry: run.scenario,
    commit,
    branch: branchOf(commit, origin.env, origin.cwd),
    time: run.started_at ?? run.finished_at,
    load: run.load ? JSON.stringify(run.load) : null,
    k6Version: run.k6_version,
    target: run.target,
    machine: origin.machine,
  };
}
