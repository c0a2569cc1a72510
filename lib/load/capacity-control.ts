// Inside k6: tags every request of the sweep with its step (`step`: the users, `window`: steady or
// settle) and stops the sweep once it has seen enough (lib/load/capacity-steps.ts stopReason).
// k6 VUs share no state, so the stop is judged by the users of the first step (one, when the
// sweep starts at 1 user as it should; they stay to the last step, as levels only rise; k6's VU
// numbers say nothing, as the sidecar poller may take VU 1): a watcher's own requests per second
// times the step's users estimate the step's throughput,
// and its own requests the step's p95 and errors. The figures and the fit use every request
// (runner/capacity/); only the decision to stop is one user's.
import exec from 'k6/execution';
import { observeRequests } from '../http/api.ts';
import { type StepView, SWEEP_DONE, type SweepShape, stepAt, stopReason } from './capacity-steps.ts';
import { percentile } from './phase-math.ts';

const elapsedS = () => (Date.now() - exec.scenario.startTime) / 1000;

// setup()'s requests (seeding) run outside any scenario, where k6 refuses exec.scenario.
let inScenario = false;

/** Call at the start of each sweep iteration: tags this VU's metrics with the step and window. */
export function enterStep(shape: SweepShape): void {
  inScenario = true;
  const at = stepAt(elapsedS(), shape);
  exec.vu.metrics.tags.step = at ? String(at.users) : 'after';
  exec.vu.metrics.tags.window = at?.steady ? 'steady' : 'settle';
}

/** The first step's users' watch over the sweep: at each step's end, stop the test when stopReason says so. */
export function watchSweep(shape: SweepShape, targets: { apiP95Ms: number; errorRate: number }): void {
  const seen: StepView[] = [];
  let watching: boolean | undefined;
  let current = { index: -1, durations: [] as number[], errors: 0 };
  const close = () => {
    if (current.index < 0) return;
    const users = shape.levels[current.index]!;
    const steadyS = shape.stepS - shape.settleS;
    const n = current.durations.length;
    seen.push({
      users,
      x: (users * n) / steadyS,
      p95Ms: n > 0 ? percentile(current.durations, 95) : null,
      errorRate: n > 0 ? current.errors / n : 0,
    });
    const reason = stopReason(seen, targets);
    if (reason && current.index < shape.levels.length - 1) exec.test.abort(`${SWEEP_DONE} ${reason}`);
  };
  observeRequests((_endpoint, durationMs, ok) => {
    if (!inScenario || watching === false) return;
    const at = stepAt(elapsedS(), shape);
    if (!at) return;
    watching ??= at.index === 0; // decided by this VU's first request in the sweep
    if (!watching) return;
    if (at.index !== current.index) {
      close();
      current = { index: at.index, durations: [], errors: 0 };
    }
    if (!at.steady) return;
    current.durations.push(durationMs);
    if (!ok) current.errors++;
  });
}
