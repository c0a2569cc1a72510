// Adds resource scaling (runner/scaling/resource-scaling.ts) to a finished run's reports: the
// `scaling` field of results.json, a section of summary.md and a table on the console. Only for
// entries whose load changes (ramp-up, spike, breakpoint); report.html draws it from results.json.
// Optional gates on the slopes (THRESHOLD_MEMORY_MB_PER_100_USERS, THRESHOLD_CPU_PERCENT_PER_100_RPS)
// are evaluated here, after k6, and join results.json's thresholds.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeXml } from '../../lib/report/escape.ts';
import {
  type LoadSecond,
  resourceScaling,
  type Scaling,
  scalingLevelOf,
  scalingMarkdown,
  scalingText,
} from '../scaling/resource-scaling.ts';
import { readK6Series, readServerSeries } from './html-report.ts';

/** The run's per-second load series, from k6's --out json file. */
export async function loadSeconds(runDir: string): Promise<LoadSecond[]> {
  const buckets = await readK6Series(join(runDir, 'metrics.json.gz'));
  return [...buckets.entries()].map(([t, b]) => ({ t, vus: b.vus, requests: b.requests, durations: b.durations }));
}

const GATES = [
  {
    variable: 'THRESHOLD_MEMORY_MB_PER_100_USERS',
    slope: 'memory',
    unit: 'MB per 100 users',
    metric: 'server_memory_mb_per_100_users',
  },
  {
    variable: 'THRESHOLD_CPU_PERCENT_PER_100_RPS',
    slope: 'cpu',
    unit: 'CPU % per 100 req/s',
    metric: 'server_cpu_percent_per_100_rps',
  },
] as const;

export interface ScalingGate {
  variable: string;
  slope: 'memory' | 'cpu';
  unit: string;
  metric: string;
  limit: number;
}

/** The slope gates set in `env`; throws naming the variable when a value is not a number. */
export function scalingGates(env: NodeJS.ProcessEnv): ScalingGate[] {
  return GATES.flatMap((gate) => {
    const value = env[gate.variable];
    if (value === undefined || value === '') return [];
    if (!/^-?\d+(\.\d+)?$/.test(value.trim()))
      throw new Error(`invalid ${gate.variable}=${JSON.stringify(value)}: expected a number (${gate.unit})`);
    return [{ ...gate, limit: Number(value) }];
  });
}

export interface GateResult {
  metric: string;
  expression: string;
  ok: boolean;
  observed: number | null;
  /** Why a gate could not be evaluated (it then fails: a gate asked for is never passed unmeasured). */
  reason?: string;
}

export function evaluateScalingGates(scaling: Scaling, gates: ScalingGate[]): GateResult[] {
  return gates
    .filter((gate) => scaling[gate.slope].unit === gate.unit) // MB per 100 users means nothing for a request-rate run
    .map((gate) => {
      const slope = scaling[gate.slope];
      const expression = `slope<${gate.limit}`;
      if (slope.value === null)
        return {
          metric: gate.metric,
          expression,
          ok: false,
          observed: null,
          reason: `${gate.variable} set but the slope could not be fitted: ${slope.reason}`,
        };
      return { metric: gate.metric, expression, ok: slope.value < gate.limit, observed: slope.value };
    });
}

/** The gates as test cases of junit.xml (which k6's handleSummary wrote with its own thresholds). */
function addToJunit(file: string, gates: GateResult[]): void {
  if (gates.length === 0 || !existsSync(file)) return;
  const xml = readFileSync(file, 'utf8');
  const suite = /<testsuite name="([^"]*)" tests="(\d+)" failures="(\d+)"/.exec(xml);
  if (!suite) return;
  const failures = gates.filter((g) => !g.ok).length;
  const cases = gates.map((g) => {
    const name = escapeXml(`${g.metric} ${g.expression}`);
    const observed = escapeXml(g.observed === null ? `not measured: ${g.reason}` : `observed ${g.observed.toFixed(2)}`);
    const open = `    <testcase classname="${suite[1]}" name="${name}" time="0">`;
    return g.ok
      ? `${open}<system-out>${observed}</system-out></testcase>`
      : `${open}\n      <failure message="${name} failed: ${observed}" type="threshold">${observed}</failure>\n    </testcase>`;
  });
  const count = (text: string, attribute: 'tests' | 'failures', add: number) =>
    text.replace(
      new RegExp(`(<testsuites?\\b[^>]*\\b${attribute}=")(\\d+)`, 'g'),
      (_, head: string, n: string) => `${head}${Number(n) + add}`,
    );
  const updated = count(count(xml, 'tests', gates.length), 'failures', failures).replace(
    '  </testsuite>',
    `${cases.join('\n')}\n  </testsuite>`,
  );
  writeFileSync(`${file}.tmp`, updated);
  renameSync(`${file}.tmp`, file);
}

export interface ScalingRecord {
  scaling: Scaling;
  gates: GateResult[];
}

/** Computes the scaling of the run in runDir, evaluates the slope gates in `env`, and writes both into its reports; null when the entry's load does not change or the run has none. */
export async function recordScaling(
  runDir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ScalingRecord | null> {
  const resultsFile = join(runDir, 'results.json');
  if (!existsSync(resultsFile)) return null;
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const level = scalingLevelOf(results.run?.scenario ?? '');
  if (!level) return null;
  // The load's samples: setup's (a dataset seeded) would read as CPU at the first step of load.
  const server = readServerSeries(join(runDir, 'server-resources.json')).samples.filter(
    (s) => s.phase === undefined || s.phase === 'load',
  );
  const scaling = resourceScaling(await loadSeconds(runDir), server, level);
  if (!scaling) return null;
  const gates = evaluateScalingGates(scaling, scalingGates(env));
  results.scaling = scaling;
  if (gates.length > 0) {
    const rows = gates.map(({ metric, expression, ok, observed }) => ({ metric, expression, ok, observed }));
    results.thresholds = [...rows.filter((r) => !r.ok), ...results.thresholds, ...rows.filter((r) => r.ok)];
    if (gates.some((g) => !g.ok)) {
      results.verdict = 'failed';
      if (results.run.outcome === 'completed') results.run.outcome = 'thresholds failed';
    }
  }
  writeFileSync(`${resultsFile}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
  renameSync(`${resultsFile}.tmp`, resultsFile); // never a half-written results.json
  const gateLines = gates.map(
    (g) =>
      `${g.ok ? '✓' : '✗'} ${g.metric} ${g.expression}: ${g.observed === null ? g.reason : `observed ${g.observed.toFixed(2)}`}`,
  );
  const markdown = join(runDir, 'summary.md');
  if (existsSync(markdown)) {
    const gateMarkdown = gateLines.map((line) => `- ${line.replace(/^✓/, '✅').replace(/^✗/, '❌')}`).join('\n');
    const failed = gates.filter((g) => !g.ok).map((g) => `\`${g.metric} ${g.expression}\``);
    // k6 wrote the heading before these gates were evaluated: a failed one is said first.
    const banner = failed.length > 0 ? `> **Resource-scaling gate failed**: ${failed.join(', ')} (below)\n\n` : '';
    writeFileSync(
      markdown,
      `${banner}${readFileSync(markdown, 'utf8').trimEnd()}\n\n${scalingMarkdown(scaling)}${gateMarkdown ? `\n${gateMarkdown}\n` : ''}`,
    );
  }
  addToJunit(join(runDir, 'junit.xml'), gates);
  console.log(`\n${scalingText(scaling)}${gateLines.map((line) => `\n  ${line}`).join('')}\n`);
  return { scaling, gates };
}
