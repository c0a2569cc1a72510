// The confirmation run: after the sweep, the runner holds the users the model says the platform
// holds, thinking Z between requests (the same read mix), arriving over CAPACITY_CONFIRM_RAMP_S as
// a population does (all at once, a platform past its peak can tip into a congested state it
// does not leave), held for CAPACITY_CONFIRM_S, and compares
// what it observes with what the model predicted for them. The model is judged by its own run.
// Its files are in the run folder's confirmation/: plan.json (the users and the prediction, written
// before k6 starts) and k6's JSON output.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CapacityConfirmation } from '../../lib/report/capacity-result.ts';
import { writeFileAtomic } from '../finish/atomic-write.ts';
import { MACHINE_CPU_FILE, readMachineCpu } from '../run/machine-cpu.ts';
import type { Analysis } from './capacity-analysis.ts';
import { GENERATOR_BUSY_PERCENT } from './capacity-analysis.ts';
import type { CapacitySettings } from './capacity-run.ts';
import { sweepSteps } from './sweep-steps.ts';
import { predictForUsers } from './users-at-think-time.ts';

/** Observed throughput within this share of the prediction confirms it. */
const THROUGHPUT_TOLERANCE = 0.15;
/** A predicted p95 this close to the target (share of it) cannot be said to fall on either side. */
const P95_TOO_CLOSE = 0.1;

export interface ConfirmationPlan {
  users: number;
  think_time_s: number;
  /** Users arrive over ramp_s, then are held `seconds`; the hold's first settle_s is left out. */
  ramp_s: number;
  seconds: number;
  settle_s: number;
  predicted: { requests_per_s: number; p95_ms: number };
}

export const confirmationDir = (runDir: string) => join(runDir, 'confirmation');

/** What the confirmation run will hold and what the model predicts for it; null when there is no answer to confirm. */
export function planConfirmation(analysis: Analysis, settings: CapacitySettings): ConfirmationPlan | null {
  if (!analysis.ok || analysis.answer.users < 1 || settings.confirmS === 0) return null;
  const users = analysis.answer.users;
  const predicted = predictForUsers(analysis.params, users, {
    thinkS: settings.thinkS,
    ratios: analysis.ratios,
    nMeasured: analysis.nMeasured,
    ...(analysis.nBelowFall === undefined ? {} : { nBelowFall: analysis.nBelowFall }),
  });
  return {
    users,
    think_time_s: settings.thinkS,
    ramp_s: settings.confirmRampS,
    seconds: settings.confirmS,
    // Users start at once and spread over their think times: the first think times are left out.
    settle_s: Math.min(settings.confirmS / 2, Math.max(settings.settleS, settings.config.thinkTimeS.max)),
    predicted: { requests_per_s: predicted.x, p95_ms: predicted.p95Ms },
  };
}

export function writePlan(runDir: string, plan: ConfirmationPlan): void {
  mkdirSync(confirmationDir(runDir), { recursive: true });
  writeFileAtomic(join(confirmationDir(runDir), 'plan.json'), `${JSON.stringify(plan, null, 2)}\n`);
}

/** The k6 environment of the confirmation run. */
export function confirmationEnv(plan: ConfirmationPlan): Record<string, string> {
  return {
    CAPACITY_CONFIRM_USERS: String(plan.users),
    CAPACITY_CONFIRM_S: String(plan.seconds),
    CAPACITY_CONFIRM_RAMP_S: String(plan.ramp_s),
    CAPACITY_SETTLE_S: String(plan.settle_s),
  };
}

function judge(plan: ConfirmationPlan, observed: CapacityConfirmation['observed'], p95TargetMs: number) {
  if (!observed)
    return {
      verdict: 'inconclusive' as const,
      reason: 'the confirmation run measured no requests',
      error: null,
      side: null,
    };
  const error = observed.requests_per_s / plan.predicted.requests_per_s - 1;
  const close = Math.abs(plan.predicted.p95_ms - p95TargetMs) <= P95_TOO_CLOSE * p95TargetMs;
  const side = close ? null : plan.predicted.p95_ms <= p95TargetMs === observed.p95_ms <= p95TargetMs;
  const throughputOk = Math.abs(error) <= THROUGHPUT_TOLERANCE;
  const said = `throughput ${(error * 100).toFixed(1)} % from the prediction (±${THROUGHPUT_TOLERANCE * 100} % confirms)`;
  const p95 = close
    ? `p95 predicted within ${P95_TOO_CLOSE * 100} % of the target: which side it falls cannot be said`
    : `p95 ${side ? 'on' : 'not on'} the side of the ${p95TargetMs} ms target the model said`;
  const verdict = throughputOk && side !== false ? ('confirmed' as const) : ('not confirmed' as const);
  return { verdict, reason: `${said}; ${p95}`, error, side };
}

/** The confirmation of the run in runDir against its plan; null when the runner made none. */
export async function readConfirmation(
  runDir: string,
  settings: CapacitySettings,
): Promise<CapacityConfirmation | null> {
  const planFile = join(confirmationDir(runDir), 'plan.json');
  if (!existsSync(planFile)) return null;
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as ConfirmationPlan;
  // As k6 tags it (scenarios/capacity.ts confirmShape): one step of the ramp and the hold, the ramp
  // and the hold's first settle_s its settling cut; its steady window found as a sweep step's.
  const shape = { levels: [plan.users], stepS: plan.ramp_s + plan.seconds, settleS: plan.ramp_s + plan.settle_s };
  const dir = confirmationDir(runDir);
  const machine = readMachineCpu(join(dir, MACHINE_CPU_FILE));
  const [step] = await sweepSteps(join(dir, 'metrics.json.gz'), shape, [], machine);
  const observed = step
    ? { requests_per_s: step.requestsPerS, mean_ms: step.meanMs, p95_ms: step.p95Ms, error_rate: step.errorRate }
    : null;
  const judged = judge(plan, observed, settings.config.targets.apiP95Ms);
  const busy = step?.generatorCpuPercentMean ?? 0;
  // Not confirmed with k6's machine out of CPU: the generator may be what fell short, not the model.
  const generatorShort = judged.verdict === 'not confirmed' && busy >= GENERATOR_BUSY_PERCENT;
  const verdict = generatorShort ? ('inconclusive' as const) : judged.verdict;
  const reason = generatorShort
    ? `${judged.reason}; the machine running k6 was at ${busy.toFixed(0)} % CPU: the load generator may be what fell short, so this neither confirms nor refutes the model`
    : judged.reason;
  return {
    users: plan.users,
    think_time_s: plan.think_time_s,
    seconds: plan.seconds,
    predicted: plan.predicted,
    observed,
    throughput_error: judged.error,
    p95_side_as_predicted: judged.side,
    verdict,
    reason,
  };
}
