// What the runner does for the capacity entry beyond running k6 once: a sweep that stopped itself
// past the peak (exec.test.abort with SWEEP_DONE, k6 exit 108) ended as designed, so it counts as
// k6 exiting 0; then, while the platform and sidecar still run, the confirmation run (confirm.ts).
import { join } from 'node:path';
import { SWEEP_DONE } from '../../lib/load/capacity-steps.ts';
import { runK6 } from '../run/k6-process.ts';
import { MACHINE_CPU_FILE, watchMachineCpu } from '../run/machine-cpu.ts';
import { analyzeRun, capacitySettings } from './capacity-run.ts';
import { confirmationDir, confirmationEnv, planConfirmation, writePlan } from './confirm.ts';

/** k6's exit code for the sweep in k6.log: its own stop past the peak is a normal end (0). */
export function sweepExitCode(code: number | null, log: string): number | null {
  return code === 108 && log.includes(SWEEP_DONE) ? 0 : code;
}

/** k6's log without the line of the sweep's own stop, so the outcome reads "completed". */
export function withoutSweepStop(log: string): string {
  return log
    .split('\n')
    .filter((line) => !line.includes(SWEEP_DONE))
    .join('\n');
}

/** Plans and runs the confirmation k6 run into runDir/confirmation/; says on stderr why when it cannot. */
export async function runConfirmation(
  runDir: string,
  k6: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<void> {
  const settings = capacitySettings(env);
  const { analysis } = await analyzeRun(runDir, settings);
  const plan = planConfirmation(analysis, settings);
  if (!plan) {
    process.stderr.write(
      `course-perf capacity: no confirmation run: ${!analysis.ok ? analysis.reason : settings.confirmS === 0 ? 'CAPACITY_CONFIRM_S=0' : 'the model holds no user within the targets'}\n`,
    );
    return;
  }
  writePlan(runDir, plan);
  const dir = confirmationDir(runDir);
  process.stdout.write(
    `\n=== capacity: confirmation run, ${plan.users} users thinking ${plan.think_time_s} s, arriving over ${plan.ramp_s} s, held ${plan.seconds} s ===\n`,
  );
  const machine = watchMachineCpu(join(dir, MACHINE_CPU_FILE));
  await runK6(
    k6,
    ['run', '--out', `json=${join(dir, 'metrics.json.gz')}`, join('dist', 'capacity.js')],
    { ...env, ...confirmationEnv(plan), REPORTS_DIR: dir },
    join(dir, 'k6.log'),
    signal,
  ).finally(() => machine.stop());
}
