// Runs the real k6 binary on a bundled entry and collects what a test needs to judge the run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../runner/k6/build-if-stale.ts';
import { resolveK6 } from '../../runner/k6/k6-binary.ts';
import { signalGroup } from '../../runner/run/process-group.ts';

interface ThresholdResult {
  metric: string;
  expression: string;
  ok: boolean;
}

export interface K6Run {
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
  /** k6's --summary-export JSON. */
  summary: { metrics: Record<string, Record<string, unknown> & { thresholds?: Record<string, boolean> }> } | undefined;
  thresholds: ThresholdResult[];
}

export interface K6RunOptions {
  env?: Record<string, string | undefined>;
  args?: string[];
  /** Kill k6 after this long (a test must never hang). */
  timeoutMs?: number;
}

export async function runK6(script: string, options: K6RunOptions = {}): Promise<K6Run> {
  const work = mkdtempSync(join(tmpdir(), 'course-perf-k6-'));
  const summaryFile = join(work, 'summary.json');
  const started = Date.now();
  const child = spawn(
    resolveK6(),
    ['run', '--no-color', '--quiet', '--summary-export', summaryFile, ...(options.args ?? []), script],
    {
      cwd: ROOT,
      env: { ...process.env, K6_NO_USAGE_REPORT: 'true', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, killed as one on timeout
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), options.timeoutMs ?? 120_000);
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  clearTimeout(timer);
  let summary: K6Run['summary'];
  try {
    summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  } catch {
    summary = undefined;
  }
  rmSync(work, { recursive: true, force: true });
  const thresholds: ThresholdResult[] = [];
  for (const [metric, values] of Object.entries(summary?.metrics ?? {})) {
    // In k6's summary export a threshold's value is true when it FAILED.
    for (const [expression, failed] of Object.entries(values.thresholds ?? {}))
      thresholds.push({ metric, expression, ok: !failed });
  }
  return { code, stdout, stderr, elapsedMs: Date.now() - started, summary, thresholds };
}

/**
 * The metrics whose thresholds failed, sorted (a metric with two failed expressions is listed twice): of a
 * k6 run here, or of a results.json.
 */
export function failedMetrics(judged: { thresholds: { metric: string; ok: boolean }[] }): string[] {
  return judged.thresholds
    .filter((t) => !t.ok)
    .map((t) => t.metric)
    .sort();
}

/** For an assertion's message: k6's exit code, the failed thresholds and the end of k6's log. */
export function whyK6Failed(run: K6Run, logChars = 2000): string {
  return `k6 exited ${run.code}, failed: ${failedMetrics(run).join(', ')}\n${run.stderr.slice(-logChars)}`;
}
