// npm run sidecar -- --pid N | --match TEXT | --cgroup DIR | --prometheus URL | --promql URL [--port P] [--host H]
//   [--interval-ms MS] [--warmup-s S] [--cpus N] [--promql-selector S] [--promql-cpu Q] [--promql-memory Q]
//   [--promql-cpus Q] [--promql-window W] [--reports-dir DIR]
// Samples the platform's CPU and memory and serves the samples to k6, each marked setup, load or
// teardown as k6 says when its load starts and ends (POST /phase). Prints
// "sidecar listening on http://127.0.0.1:<port>" once ready; on SIGTERM/SIGINT it writes the whole
// series to <reports-dir>/server-resources.json and exits 0. A source that cannot read the whole
// target truly is refused: at start-up with exit 2, later by serving the refusal to k6.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CgroupSource, resolveCgroupDir } from './cgroup.ts';
import { parseSourceFlags, SOURCE_FLAGS, type SourceOptions } from './options.ts';
import { ProcessTreeSource } from './proc-tree.ts';
import { PrometheusSource } from './prometheus.ts';
import { PromqlSource } from './promql.ts';
import { cpuPercents, round, type Source, SourceRefused } from './sample.ts';
import { Series } from './series.ts';
import { createSidecarServer } from './server.ts';

function usage(message: string): never {
  process.stderr.write(
    `sidecar: ${message}\nUsage: npm run sidecar -- --pid N | --match TEXT | --cgroup DIR | --prometheus URL | --promql URL [--port 0] [--interval-ms 1000] [--warmup-s 10] [--reports-dir DIR] (README: "Server CPU and memory")\n`,
  );
  process.exit(2);
}

function wholeNumber(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    usage(`--${flag} ${JSON.stringify(value)}: expected a whole number from ${min} to ${max}`);
  return Number(value);
}

const OPTIONS = {
  ...SOURCE_FLAGS,
  port: { type: 'string' },
  host: { type: 'string', default: '127.0.0.1' },
  'interval-ms': { type: 'string' },
  'warmup-s': { type: 'string' },
  'reports-dir': { type: 'string' },
} as const;

function parseFlags() {
  try {
    const { values } = parseArgs({ strict: true, options: OPTIONS });
    const target = parseSourceFlags(values);
    if (!target) usage('choose what to sample: --pid, --match, --cgroup, --prometheus or --promql');
    return { values, target };
  } catch (error) {
    return usage((error as Error).message);
  }
}

function createSource(target: SourceOptions): Source {
  if (target.pid !== undefined) return new ProcessTreeSource({ pid: target.pid });
  if (target.match !== undefined) return new ProcessTreeSource({ match: target.match });
  if (target.cgroup !== undefined) return new CgroupSource(resolveCgroupDir(target.cgroup));
  if (target.prometheus !== undefined) return new PrometheusSource(target.prometheus, target.cpus);
  return new PromqlSource({
    url: target.promql!,
    selector: target.promqlSelector,
    cpuQuery: target.promqlCpu,
    memoryQuery: target.promqlMemory,
    cpusQuery: target.promqlCpus,
    window: target.promqlWindow,
    cpus: target.cpus,
  });
}

const { values, target } = parseFlags();
const intervalMs = wholeNumber('interval-ms', values['interval-ms'], 1000, 50, 3_600_000);
const port = wholeNumber('port', values.port, 9100, 0, 65_535);
const warmupS = wholeNumber('warmup-s', values['warmup-s'], 10, 0, 86_400);
let source: Source;
try {
  source = createSource(target);
} catch (error) {
  usage((error as Error).message);
}

const series = new Series(source.name, warmupS);
let lastReadAt: number | undefined;
let reading = false;

async function sampleOnce(): Promise<void> {
  // A reading slower than the interval (a huge /proc, a slow endpoint) is not overlapped by the next:
  // two readings at once would share one delta baseline. A refused source is not read again.
  if (reading || series.refused) return;
  reading = true;
  try {
    const reading = await source.read();
    const now = Date.now();
    const cpus = await source.cpus();
    let percents: ReturnType<typeof cpuPercents> | undefined;
    if (reading.cpuCores !== undefined) percents = cpuPercents(reading.cpuCores, 1, cpus);
    else if (reading.cpuSeconds !== undefined && lastReadAt !== undefined)
      percents = cpuPercents(reading.cpuSeconds, (now - lastReadAt) / 1000, cpus);
    const from = lastReadAt ?? now - intervalMs;
    lastReadAt = now;
    if (!percents) return; // the first reading only sets the baseline
    series.add({
      t: now,
      from,
      ...percents,
      memory_mb: round(reading.memoryMb),
      rss_mb: round(reading.rssMb),
      processes: reading.processes,
      source: source.name,
    });
  } catch (error) {
    if (error instanceof SourceRefused) {
      series.refused = error.message;
      process.stderr.write(`sidecar: refusing to read further: ${error.message}\n`);
      return;
    }
    series.errors++;
    lastReadAt = undefined; // the next good reading starts a new baseline
    if (series.errors <= 3)
      process.stderr.write(`sidecar: reading ${source.name} failed: ${(error as Error).message}\n`);
  } finally {
    reading = false;
  }
}

// Check the source answers, and can be trusted, before saying we are ready: a wrong PID or a
// /metrics served by several workers is an error now, not an empty or wrong series.
try {
  await source.read();
  await source.cpus();
  lastReadAt = Date.now();
} catch (error) {
  process.stderr.write(`sidecar: ${error instanceof SourceRefused ? 'refused: ' : ''}${(error as Error).message}\n`);
  process.exit(2);
}

const server = createSidecarServer(series);
server.listen(port, values.host, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(
    `sidecar listening on http://${values.host}:${actual} (sampling ${source.name} every ${intervalMs} ms)\n`,
  );
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
