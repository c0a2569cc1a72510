// npm run sidecar -- --pid N | --match TEXT | --cgroup DIR | --prometheus URL [--port P] [--host H]
//   [--interval-ms MS] [--warmup-s S] [--cpus N] [--reports-dir DIR]
// Samples the platform's CPU and memory and serves the samples to k6. Prints
// "sidecar listening on http://127.0.0.1:<port>" once ready; on SIGTERM/SIGINT it writes the whole
// series to <reports-dir>/server-resources.json and exits 0.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CgroupSource, resolveCgroupDir } from './cgroup.ts';
import { ProcessTreeSource } from './proc-tree.ts';
import { PrometheusSource } from './prometheus.ts';
import { cpuPercents, round, type Source } from './sample.ts';
import { Series } from './series.ts';
import { createSidecarServer } from './server.ts';

function usage(message: string): never {
  process.stderr.write(`sidecar: ${message}\nUsage: npm run sidecar -- --pid N | --match TEXT | --cgroup DIR | --prometheus URL [--port 0] [--interval-ms 1000] [--warmup-s 10] [--reports-dir DIR]\n`);
  process.exit(2);
}

function wholeNumber(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) usage(`--${flag} ${JSON.stringify(value)}: expected a whole number from ${min} to ${max}`);
  return Number(value);
}

function cpuCount(value: string): number {
  if (!/^\d+(\.\d+)?$/.test(value) || !(Number(value) > 0)) usage(`--cpus ${JSON.stringify(value)}: expected a positive number of CPUs (e.g. 2 or 1.5)`);
  return Number(value);
}

const OPTIONS = {
  pid: { type: 'string' },
  match: { type: 'string' },
  cgroup: { type: 'string' },
  prometheus: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string', default: '127.0.0.1' },
  'interval-ms': { type: 'string' },
  'warmup-s': { type: 'string' },
  cpus: { type: 'string' },
  'reports-dir': { type: 'string' },
} as const;

function parseFlags() {
  try {
    return parseArgs({ strict: true, options: OPTIONS }).values;
  } catch (error) {
    return usage((error as Error).message);
  }
}
const values = parseFlags();

const chosen = (['pid', 'match', 'cgroup', 'prometheus'] as const).filter((flag) => values[flag] !== undefined);
if (chosen.length !== 1) usage(chosen.length === 0 ? 'choose what to sample: --pid, --match, --cgroup or --prometheus' : `choose one source, not ${chosen.map((f) => `--${f}`).join(' and ')}`);
if (values.prometheus !== undefined && !/^https?:\/\/\S+$/.test(values.prometheus)) usage(`--prometheus ${JSON.stringify(values.prometheus)}: expected an http(s) URL`);
if (values.match !== undefined && values.match.trim() === '') usage('--match needs a non-empty text');
if (values.cpus !== undefined && values.prometheus === undefined) usage('--cpus only applies to --prometheus (the other sources read the CPUs available to the target)');

const intervalMs = wholeNumber('interval-ms', values['interval-ms'], 1000, 50, 3_600_000);
const port = wholeNumber('port', values.port, 9100, 0, 65_535);
const warmupS = wholeNumber('warmup-s', values['warmup-s'], 10, 0, 86_400);
let source: Source;
if (values.pid !== undefined) source = new ProcessTreeSource({ pid: wholeNumber('pid', values.pid, 0, 1, 2 ** 22) });
else if (values.match !== undefined) source = new ProcessTreeSource({ match: values.match });
else if (values.cgroup !== undefined) {
  try {
    source = new CgroupSource(resolveCgroupDir(values.cgroup));
  } catch (error) {
    usage((error as Error).message);
  }
}
else source = new PrometheusSource(values.prometheus!, values.cpus === undefined ? undefined : cpuCount(values.cpus));

const series = new Series(source.name, warmupS);
let lastReadAt: number | undefined;
let reading = false;

async function sampleOnce(): Promise<void> {
  // A reading slower than the interval (a huge /proc, a slow endpoint) is not overlapped by the next:
  // two readings at once would share one delta baseline.
  if (reading) return;
  reading = true;
  try {
    const reading = await source.read();
    const now = Date.now();
    const cpus = await source.cpus();
    const percents = reading.cpuSeconds === undefined || lastReadAt === undefined ? undefined : cpuPercents(reading.cpuSeconds, (now - lastReadAt) / 1000, cpus);
    lastReadAt = now;
    if (!percents) return; // the first reading only sets the baseline
    series.add({ t: now, ...percents, memory_mb: round(reading.memoryMb), rss_mb: round(reading.rssMb), processes: reading.processes, source: source.name });
  } catch (error) {
    series.errors++;
    lastReadAt = undefined; // the next good reading starts a new baseline
    if (series.errors <= 3) process.stderr.write(`sidecar: reading ${source.name} failed: ${(error as Error).message}\n`);
  } finally {
    reading = false;
  }
}

// Check the source answers before saying we are ready: a wrong PID is an error now, not an empty series.
try {
  await source.read();
  lastReadAt = Date.now();
} catch (error) {
  process.stderr.write(`sidecar: ${(error as Error).message}\n`);
  process.exit(2);
}

const server = createSidecarServer(series);
server.listen(port, values.host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`sidecar listening on http://${values.host}:${actual} (sampling ${source.name} every ${intervalMs} ms)\n`);
});
const timer = setInterval(() => void sampleOnce(), intervalMs);

function writeSeries(): void {
  if (!values['reports-dir']) return;
  mkdirSync(values['reports-dir'], { recursive: true });
  const file = join(values['reports-dir'], 'server-resources.json');
  // Written whole, then renamed: a reader never sees half a file.
  writeFileSync(`${file}.tmp`, `${JSON.stringify({ summary: series.summary(), samples: series.samples }, null, 1)}\n`);
  renameSync(`${file}.tmp`, file);
}

function stop(): void {
  clearInterval(timer);
  try {
    writeSeries();
  } catch (error) {
    process.stderr.write(`sidecar: could not write the series: ${(error as Error).message}\n`);
  }
  server.close();
  server.closeAllConnections();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
