// A real Prometheus server for tests (the Debian package `prometheus`): on loopback, in its own
// process group, with a fresh storage folder and a 1 s scrape interval over the given targets;
// optionally with its remote-write receiver on (/api/v1/write), for k6's remote-write output.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './net.ts';

export const PROMETHEUS = '/usr/bin/prometheus';

/** One series of an instant query's answer: its labels and its value. */
interface Sample {
  labels: Record<string, string>;
  value: number;
}

export interface PrometheusOptions {
  /** Accept pushes at /api/v1/write (--web.enable-remote-write-receiver). */
  remoteWriteReceiver?: boolean;
}

export interface PrometheusServer {
  url: string;
  /** Every series an instant query returns (a vector), with its labels. */
  query(query: string): Promise<Sample[]>;
  /** The single value of an instant query, or undefined while it returns no series. */
  value(query: string): Promise<number | undefined>;
  /** Waits until the query returns a value that `ok` accepts (at most timeoutMs). */
  waitFor(query: string, ok: (value: number) => boolean, timeoutMs?: number): Promise<number>;
  stop(): Promise<void>;
  logs(): string;
}

/** prometheus.yml: a 1 s scrape of each job's hosts at /metrics. */
function writeConfig(dir: string, targets: Record<string, string[]>): string {
  const scrapeConfigs = Object.entries(targets)
    .map(
      ([job, hosts]) =>
        `  - job_name: ${job}\n    static_configs:\n      - targets: [${hosts.map((h) => `'${h}'`).join(', ')}]`,
    )
    .join('\n');
  const file = join(dir, 'prometheus.yml');
  writeFileSync(
    file,
    `global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\nscrape_configs:${scrapeConfigs ? `\n${scrapeConfigs}` : ' []'}\n`,
  );
  return file;
}

/** The server's process in its own group; `stop` ends the group (SIGKILL after 5 s) and removes `dir`. */
function spawnPrometheus(dir: string, port: number, targets: Record<string, string[]>, options: PrometheusOptions) {
  const child = spawn(
    PROMETHEUS,
    [
      `--config.file=${writeConfig(dir, targets)}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
      ...(options.remoteWriteReceiver ? ['--web.enable-remote-write-receiver'] : []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // gone
    }
  };
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      kill('SIGTERM');
      const timer = setTimeout(() => kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { child, stop, logs: () => output };
}

/** Every series an instant query at `url` returns (a vector), with its labels. */
async function instantQuery(url: string, promql: string): Promise<Sample[]> {
  const res = await fetch(`${url}/api/v1/query?${new URLSearchParams({ query: promql })}`, {
    signal: AbortSignal.timeout(5000),
  });
  const body = (await res.json()) as {
    status?: string;
    error?: string;
    data?: { resultType: string; result: { metric: Record<string, string>; value: [number, string] }[] };
  };
  if (body.status !== 'success') throw new Error(`prometheus: ${promql}: ${body.error ?? `HTTP ${res.status}`}`);
  if (body.data?.resultType !== 'vector')
    throw new Error(`prometheus: ${promql} returned a ${body.data?.resultType}, not a vector`);
  return body.data.result.map((r) => ({ labels: r.metric, value: Number(r.value[1]) }));
}

/** Polls /-/ready for 20 s; fails with the server's log when it exits or never gets ready. */
async function waitReady(url: string, child: ChildProcess, logs: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  const ready = () =>
    fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    );
  while (!(await ready())) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`prometheus did not get ready:\n${logs()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** targets: job name -> host:port list, scraped at /metrics every second (may be empty). */
export async function startPrometheus(
  targets: Record<string, string[]>,
  options: PrometheusOptions = {},
): Promise<PrometheusServer> {
  const dir = mkdtempSync(join(tmpdir(), 'course-perf-prometheus-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { child, stop, logs } = spawnPrometheus(dir, port, targets, options);
  const query = (promql: string) => instantQuery(url, promql);
  const value = async (promql: string) => (await query(promql))[0]?.value;
  const waitFor = async (promql: string, ok: (value: number) => boolean, timeoutMs = 20_000) => {
    const deadline = Date.now() + timeoutMs;
    let last: number | undefined;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`prometheus exited:\n${logs()}`);
      last = await value(promql).catch(() => undefined);
      if (last !== undefined && ok(last)) return last;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`prometheus: ${promql} was ${last} after ${timeoutMs} ms\n${logs()}`);
  };
  try {
    await waitReady(url, child, logs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, query, value, waitFor, stop, logs };
}
