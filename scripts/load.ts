// npm run load [-- --dashboard[=PORT]] [--reseed] [k6 flags...]: the main job against BASE_URL, or
// against the demo platform started for the run. --reseed makes the kept dataset anew.
// Exits with k6's exit code (0 pass, 99 thresholds failed).
import { runEntry } from './lib/run-entry.ts';

const passThrough: string[] = [];
let dashboardPort: number | undefined;
let reseed = false;
for (const arg of process.argv.slice(2)) {
  const dashboard = /^--dashboard(?:=(\d+))?$/.exec(arg);
  if (dashboard) dashboardPort = Number(dashboard[1] ?? 5665);
  else if (arg === '--reseed') reseed = true;
  else passThrough.push(arg);
}

const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => controller.abort());

const result = await runEntry({
  entry: 'load',
  k6Args: passThrough,
  ...(reseed ? { env: { PERFORMANCE_DATASET_RESEED: 'true' } } : {}),
  baseUrl: process.env.BASE_URL || undefined,
  demoFaults: process.env.DEMO_FAULTS,
  dashboardPort,
  signal: controller.signal,
});
console.log(`reports: ${result.runDir}`);
if (result.error) console.error(`course-perf: ${result.error}`);
// k6's own code, except: 130 when interrupted, and 1 when k6 passed but the runner failed (e.g. no reports written).
process.exit(result.interrupted ? 130 : result.k6ExitCode === 0 && result.error ? 1 : (result.k6ExitCode ?? 1));
