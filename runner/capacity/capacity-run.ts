// A capacity run's files to results.json `capacity`: the sweep's steps (sweep-steps.ts), the
// analysis (capacity-analysis.ts), why the sweep stopped, and the confirmation run (confirm.ts)
// that the runner made in the run folder's confirmation/ after the sweep.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Config, parseConfig } from '../../lib/config/config.ts';
import { capacityEntry } from '../../lib/config/entries.ts';
import { SWEEP_DONE } from '../../lib/load/capacity-steps.ts';
import type { CapacityResult, CapacityStepResult } from '../../lib/report/capacity-result.ts';
import { readServerSeries, type ServerSample } from '../report/html-report.ts';
import { MACHINE_CPU_FILE, readMachineCpu } from '../run/machine-cpu.ts';
import { type Analysis, analyzeSweep } from './capacity-analysis.ts';
import { readConfirmation } from './confirm.ts';
import { type SweepStep, sweepSteps } from './sweep-steps.ts';

export interface CapacitySettings {
  config: Config;
  /** The request mix swept (CAPACITY_MIX). */
  mix: 'readwrite' | 'read';
  levels: number[];
  stepS: number;
  settleS: number;
  confirmS: number;
  confirmRampS: number;
  /** The think time the answer is for: PERFORMANCE_THINK_TIME's mean. */
  thinkS: number;
}

/** The capacity run's settings as k6 read them from the same environment. */
export function capacitySettings(env: NodeJS.ProcessEnv): CapacitySettings {
  const config = parseConfig(env);
  const { levels, mix, stepS, settleS, confirmS, confirmRampS } = capacityEntry.settings(env);
  return {
    config,
    mix,
    levels,
    stepS,
    settleS,
    confirmS,
    confirmRampS,
    thinkS: (config.thinkTimeS.min + config.thinkTimeS.max) / 2,
  };
}

/** The load's server samples (setup's seeding would read as CPU at the first step). */
function loadSamples(runDir: string): ServerSample[] {
  return readServerSeries(join(runDir, 'server-resources.json')).samples.filter(
    (s) => s.phase === undefined || s.phase === 'load',
  );
}

/** Why the sweep stopped before its last level, from k6's log; null when it ran them all. */
export function sweepStopReason(log: string): string | null {
  const line = log.split('\n').find((l) => l.includes(SWEEP_DONE));
  if (!line) return null;
  const reason = line.slice(line.indexOf(SWEEP_DONE) + SWEEP_DONE.length).trim();
  return reason.replace(/ at close \(.*$/, '').replace(/"$/, '');
}

/** The sweep's steps and their analysis. */
export async function analyzeRun(
  runDir: string,
  settings: CapacitySettings,
): Promise<{ steps: SweepStep[]; analysis: Analysis }> {
  const machine = readMachineCpu(join(runDir, MACHINE_CPU_FILE));
  const steps = await sweepSteps(join(runDir, 'metrics.json.gz'), settings, loadSamples(runDir), machine);
  const analysis = analyzeSweep({
    steps: steps.map((s) => ({
      n: s.users,
      x: s.requestsPerS,
      durationsMs: s.durationsMs,
      meanMs: s.meanMs,
      p95Ms: s.p95Ms,
      steady: s.steady,
      generatorCpu: s.generatorCpuPercentMean,
    })),
    thinkS: settings.thinkS,
    p95TargetMs: settings.config.targets.apiP95Ms,
  });
  return { steps, analysis };
}

function stepResult(s: SweepStep): CapacityStepResult {
  return {
    users: s.users,
    seconds: s.seconds,
    cut_s: s.cutS,
    steady: s.steady,
    unsteady: s.unsteady,
    requests: s.requests,
    requests_per_s: s.requestsPerS,
    mean_ms: s.meanMs,
    p95_ms: s.p95Ms,
    error_rate: s.errorRate,
    cpu_percent_mean: s.cpuPercentMean,
    memory_mb_peak: s.memoryMbPeak,
    generator_cpu_percent_mean: s.generatorCpuPercentMean,
  };
}

/** results.json `capacity` of the run in runDir. */
export async function capacityOf(runDir: string, env: NodeJS.ProcessEnv): Promise<CapacityResult> {
  const settings = capacitySettings(env);
  const { steps, analysis } = await analyzeRun(runDir, settings);
  const log = existsSync(join(runDir, 'k6.log')) ? readFileSync(join(runDir, 'k6.log'), 'utf8') : '';
  return {
    mix: settings.mix,
    levels: settings.levels,
    step_s: settings.stepS,
    settle_s: settings.settleS,
    stopped_early: sweepStopReason(log),
    steps: steps.map(stepResult),
    fit: analysis.ok ? analysis.fit : null,
    refused: analysis.ok ? null : analysis.reason,
    answer: analysis.ok ? analysis.answer : null,
    confirmation: analysis.ok ? await readConfirmation(runDir, settings) : null,
  };
}
