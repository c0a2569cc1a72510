import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plateauWindow, type Sample } from '../../bench/lib/steady-cpu.ts';

/** Readings every 0.5 s from per-second (requests, CPU-seconds) rates, phase by phase. */
function run(phases: { seconds: number; rps: number; cpu: number }[]): Sample[] {
  const samples: Sample[] = [{ t: 0, cpuS: 0, requests: 0 }];
  for (const phase of phases)
    for (let k = 0; k < phase.seconds * 2; k++) {
      const last = samples.at(-1)!;
      samples.push({ t: last.t + 0.5, cpuS: last.cpuS + phase.cpu / 2, requests: last.requests + phase.rps / 2 });
    }
  return samples;
}

test('the plateau leaves out start-up, a setup burst and the summary, and trims its ends', () => {
  const samples = run([
    { seconds: 2, rps: 0, cpu: 1 }, // start-up: CPU, no requests
    { seconds: 1, rps: 900, cpu: 1 }, // setup's seeding: a short burst
    { seconds: 3, rps: 5, cpu: 0.2 }, // waiting on generation
    { seconds: 30, rps: 1000, cpu: 0.5 }, // the load: 2,000 requests per CPU-second
    { seconds: 2, rps: 0, cpu: 1 }, // teardown and the summary
  ]);
  const window = plateauWindow(samples, 3, 10)!;
  assert.ok(window, 'a plateau');
  assert.equal(window.windowS, 24, 'the 30-s plateau less 3 s at each end');
  assert.equal(window.requestsPerCpuS, 2000);
  // The whole run, by contrast, is charged the start-up, the wait and the summary.
  const whole = samples.at(-1)!;
  assert.ok(whole.requests / whole.cpuS < 1700, `${whole.requests / whole.cpuS}`);
});

test('no plateau long enough, or no requests: no figure rather than a wrong one', () => {
  assert.equal(plateauWindow(run([{ seconds: 5, rps: 0, cpu: 1 }]), 1, 2), undefined);
  assert.equal(plateauWindow(run([{ seconds: 6, rps: 100, cpu: 1 }]), 3, 2), undefined);
  assert.equal(plateauWindow([], 1, 1), undefined);
});
