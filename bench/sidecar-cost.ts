// What the sidecar costs and how exact it is. Cost: the sidecar samples the demo platform at 1 Hz
// and at 10 Hz for 60 s (5 s with --quick) while a poller reads /samples once a second as k6's
// resources scenario does; its CPU share and memory come from /proc for its whole process tree
// (node, tsx's loader), read with the sidecar's own ProcessTreeSource. Accuracy: the same reader
// against a process of known CPU use and a process holding a known amount of memory.
// Usage: tsx bench/sidecar-cost.ts [--quick] [--json FILE]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startDemoPlatform } from '../runner/run/demo-process.ts';
import { ProcessTreeSource } from '../sidecar/proc-tree.ts';
import { startSidecar } from '../sidecar/process.ts';
import { cpuTarget, readAndTruth } from '../test/helpers/cpu-target.ts';
import { round } from './lib/measure.ts';

const { values: flags } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, json: { type: 'string' } },
  strict: true,
});
const durationS = flags.quick ? 5 : 60;
const accuracyS = flags.quick ? 2 : 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU (percent of one core) and peak memory of the sidecar's process tree while it samples `pid`. */
async function costAt(intervalMs: number, pid: number) {
  const sidecar = await startSidecar({ pid, intervalMs });
  try {
    await sleep(2000); // past tsx's start-up compile, which is a one-off and not the sampling cost
    const self = new ProcessTreeSource({ pid: sidecar.pid });
    await self.read();
    const started = Date.now();
    let cpuS = 0;
    let peakPssMb = 0;
    let peakRssMb = 0;
    let served = 0;
    let since = 0;
    while (Date.now() - started < durationS * 1000) {
      await sleep(1000);
      const page = (await (await fetch(`${sidecar.url}/samples?since=${since}`)).json()) as {
        samples: { seq: number }[];
      };
      served += page.samples.length;
      since = page.samples.at(-1)?.seq ?? since;
      const reading = await self.read();
      cpuS += reading.cpuSeconds ?? 0;
      peakPssMb = Math.max(peakPssMb, reading.memoryMb);
      peakRssMb = Math.max(peakRssMb, reading.rssMb ?? 0);
    }
    const wallS = (Date.now() - started) / 1000;
    return {
      interval_ms: intervalMs,
      seconds: round(wallS, 1),
      samples_served: served,
      cpu_percent_of_one_core: round((cpuS / wallS) * 100, 2),
      peak_pss_mb: round(peakPssMb, 1),
      peak_rss_mb: round(peakRssMb, 1),
    };
  } finally {
    await sidecar.stop();
  }
}

/** The reader's CPU figure against what a burner accounted for itself (getrusage), in points of one core. */
async function cpuAccuracy() {
  const burner = cpuTarget({ share: 0.5 });
  try {
    await sleep(300);
    const { read, truth } = await readAndTruth(new ProcessTreeSource({ pid: burner.pid! }), burner, accuracyS);
    return {
      nominal_percent: 50,
      true_percent: round(truth, 1),
      read_percent: round(read, 1),
      error_points: round(read - truth, 2),
    };
  } finally {
    burner.kill('SIGKILL');
  }
}

/** The reader's memory figure for a process that holds 200 MB of touched pages, above the same process holding none. */
async function memoryAccuracy() {
  const holdMb = 200;
  const holder = cpuTarget({ share: 0, holdMb });
  const idle = cpuTarget({ share: 0 });
  try {
    await sleep(1500);
    const [held, baseline] = await Promise.all([
      new ProcessTreeSource({ pid: holder.pid! }).read(),
      new ProcessTreeSource({ pid: idle.pid! }).read(),
    ]);
    const measured = held.memoryMb - baseline.memoryMb;
    return {
      held_mb: holdMb,
      read_above_idle_target_mb: round(measured, 1),
      error_percent: round(((measured - holdMb) / holdMb) * 100, 2),
    };
  } finally {
    holder.kill('SIGKILL');
    idle.kill('SIGKILL');
  }
}

const platform = await startDemoPlatform();
// A timeout of whoever started this (spawnSync's SIGTERM reaches this process only) must not leave
// the platform running: it would load the machine for every later measurement.
process.once('SIGTERM', () => {
  process.kill(platform.pid, 'SIGKILL');
  process.exit(143);
});
/** The sidecar's cost at 1 Hz and 10 Hz, and how closely it reads a known load. */
async function measure(pid: number) {
  return {
    target: '< 1 % of one core at 1 Hz',
    cost: [await costAt(1000, pid), await costAt(100, pid)],
    accuracy: { cpu: await cpuAccuracy(), memory: await memoryAccuracy() },
  };
}
let figures: Awaited<ReturnType<typeof measure>>;
try {
  figures = await measure(platform.pid);
} finally {
  await platform.stop();
}
console.log(JSON.stringify(figures, null, 2));
if (flags.json) writeFileSync(flags.json, `${JSON.stringify(figures, null, 2)}\n`);
