// Resource scaling (runner/scaling/resource-scaling.ts) of a finished run, for entries whose load
// changes (ramp-up, spike, breakpoint): computed from the run folder's series, added to Results
// (`scaling`, and the optional slope gates THRESHOLD_MEMORY_MB_PER_100_USERS and
// THRESHOLD_CPU_PERCENT_PER_100_RPS among its thresholds), and rendered for summary.md and the
// console. The finishing step (runner/finish/finish-run.ts) calls it; report.html draws it from Results.
import { join } from 'node:path';
import type { Results, ResultsThreshold } from '../../lib/report/results.ts';
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

const GATE_METRICS: ReadonlySet<string> = new Set(GATES.map((gate) => gate.metric));

interface ScalingGate {
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

/** A gate's row of results.json's thresholds; `reason` says why a gate could not be evaluated (it then fails: a gate asked for is never passed unmeasured). */
type GateResult = ResultsThreshold;

function evaluateScalingGates(scaling: Scaling, gates: ScalingGate[]): GateResult[] {
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

export interface ScalingRecord {
  scaling: Scaling;
  gates: GateResult[];
}

/** The scaling of the run in runDir and its slope gates under `env`; null when the entry's load does not change or the run had none. */
export async function scalingOf(
  runDir: string,
  scenario: string,
  env: NodeJS.ProcessEnv,
): Promise<ScalingRecord | null> {
  const level = scalingLevelOf(scenario);
  if (!level) return null;
  // The load's samples: setup's (a dataset seeded) would read as CPU at the first step of load.
  const server = readServerSeries(join(runDir, 'server-resources.json')).samples.filter(
    (s) => s.phase === undefined || s.phase === 'load',
  );
  const scaling = resourceScaling(await loadSeconds(runDir), server, level);
  return scaling && { scaling, gates: evaluateScalingGates(scaling, scalingGates(env)) };
}

/** Results with the scaling and its gates: failed gates first among the thresholds, passed ones last; a failed gate fails the run. */
export function withScaling(results: Results, { scaling, gates }: ScalingRecord): Results {
  const k6Thresholds = results.thresholds.filter((t) => !GATE_METRICS.has(t.metric)); // once, however often finished
  const thresholds = [...gates.filter((g) => !g.ok), ...k6Thresholds, ...gates.filter((g) => g.ok)];
  const gateFailed = gates.some((g) => !g.ok);
  const { outcome } = results.run;
  return {
    ...results,
    run: { ...results.run, ...(outcome === 'completed' && gateFailed ? { outcome: 'thresholds failed' } : {}) },
    verdict: thresholds.every((t) => t.ok) ? 'passed' : 'failed',
    thresholds,
    scaling,
  };
}

/** The slope gates among results.json's thresholds. */
const gatesOf = (results: Results): GateResult[] => results.thresholds.filter((t) => GATE_METRICS.has(t.metric));

function gateLine(gate: GateResult): string {
  return `${gate.ok ? '✓' : '✗'} ${gate.metric} ${gate.expression}: ${gate.observed === null ? gate.reason : `observed ${gate.observed.toFixed(2)}`}`;
}

/** summary.md's resource-scaling section (table, slopes, gates); '' without scaling. */
export function scalingSection(results: Results): string {
  if (!results.scaling) return '';
  const gates = gatesOf(results).map((g) => `- ${gateLine(g).replace(/^✓/, '✅').replace(/^✗/, '❌')}`);
  return `${scalingMarkdown(results.scaling)}${gates.length ? `\n${gates.join('\n')}\n` : ''}`;
}

/** A line above summary.md's heading when a slope gate failed; '' otherwise. */
export function failedGateBanner(results: Results): string {
  const failed = gatesOf(results)
    .filter((g) => !g.ok)
    .map((g) => `\`${g.metric} ${g.expression}\``);
  return failed.length > 0 ? `> **Resource-scaling gate failed**: ${failed.join(', ')} (below)\n\n` : '';
}

/** The scaling table, slopes and gates for the console. */
export function scalingConsoleText({ scaling, gates }: ScalingRecord): string {
  return `${scalingText(scaling)}${gates.map((gate) => `\n  ${gateLine(gate)}`).join('')}`;
}
