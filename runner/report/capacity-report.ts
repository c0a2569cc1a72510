// A capacity run's answer in words, for the console and summary.md, and its gate
// THRESHOLD_CAPACITY_USERS: the lower bound of the users held must reach it, else the run fails
// (exit 99). A refused fit, or an answer its own confirmation run did not confirm, fails a gate that
// was asked for: it is never passed on a model the platform contradicted.
import type { CapacityResult, Interval } from '../../lib/report/capacity-result.ts';
import type { Results, ResultsThreshold } from '../../lib/report/results.ts';

const CAPACITY_GATE_METRIC = 'capacity_users';
const VARIABLE = 'THRESHOLD_CAPACITY_USERS';

/** THRESHOLD_CAPACITY_USERS in `env`, or null; throws naming the variable when it is not a whole number. */
export function capacityGateOf(env: NodeJS.ProcessEnv): number | null {
  const value = env[VARIABLE]?.trim();
  if (value === undefined || value === '') return null;
  if (!/^\d+$/.test(value))
    throw new Error(`invalid ${VARIABLE}=${JSON.stringify(value)}: expected a whole number of users`);
  return Number(value);
}

export function evaluateCapacityGate(capacity: CapacityResult, users: number): ResultsThreshold {
  const expression = `users_lower>=${users}`;
  const { answer } = capacity;
  if (!answer)
    return {
      metric: CAPACITY_GATE_METRIC,
      expression,
      ok: false,
      observed: null,
      reason: `${VARIABLE} set but there is no answer: ${capacity.refused ?? 'no fit'}`,
    };
  const lower = answer.interval[0];
  const { confirmation } = capacity;
  if (confirmation && confirmation.verdict !== 'confirmed')
    return {
      metric: CAPACITY_GATE_METRIC,
      expression,
      ok: false,
      observed: lower,
      reason: `the answer's own confirmation run did not confirm it (${confirmation.verdict}: ${confirmation.reason})`,
    };
  return { metric: CAPACITY_GATE_METRIC, expression, ok: lower >= users, observed: lower };
}

/** Results with the capacity figures and their gate; a failed gate fails the run. */
export function withCapacity(results: Results, capacity: CapacityResult, gate: ResultsThreshold | null): Results {
  const thresholds = [...results.thresholds.filter((t) => t.metric !== CAPACITY_GATE_METRIC), ...(gate ? [gate] : [])];
  const failed = gate !== null && !gate.ok;
  return {
    ...results,
    run: { ...results.run, ...(results.run.outcome === 'completed' && failed ? { outcome: 'thresholds failed' } : {}) },
    verdict: !thresholds.every((t) => t.ok) ? 'failed' : capacityInconclusive(capacity) ? 'inconclusive' : 'passed',
    thresholds,
    capacity,
  };
}

const num = (v: number | null, digits = 1) => (v === null ? 'n/a' : v.toFixed(digits));
const range = (i: Interval | null, digits = 1) =>
  i ? `${num(i[0], digits)}–${i[1] === null ? '∞' : num(i[1], digits)}` : 'n/a';
const sci = (v: number) => (v === 0 ? '0' : v.toExponential(2));

/** The lines that say the answer, the fit and the confirmation. */
export function answerLines(c: CapacityResult): string[] {
  if (!c.fit || !c.answer) return [`no answer: the fit was refused: ${c.refused ?? 'no steps'}`];
  const { fit, answer } = c;
  const atLeast = answer.limited_by === 'highest level measured' ? 'at least ' : '';
  const lines = [
    `users held at ${answer.think_time_s} s think time with p95 under ${answer.p95_target_ms} ms: ${atLeast}${answer.users} (95 % interval ${range(answer.interval, 0)}), limited by the ${answer.limited_by}`,
    `  there: ${num(answer.in_flight)} requests in flight, ${num(answer.requests_per_s)} req/s, mean ${num(answer.mean_ms, 0)} ms, p95 ${num(answer.p95_ms, 0)} ms (p95 from ${answer.p95_from_mean})`,
    `what limits it: ${fit.words}`,
    `fit (USL, R² ${num(fit.r2, 3)}): σ ${sci(fit.sigma)} [${range(fit.intervals.sigma, 4)}], κ ${sci(fit.kappa)} [${fit.intervals.kappa.map((v) => (v === null ? '∞' : sci(v))).join('–')}], λ ${num(fit.lambda, 2)} req/s per user, N* ${num(fit.n_star)} [${range(fit.intervals.n_star)}], X_max ${num(fit.x_max)} req/s [${range(fit.intervals.x_max)}] (${fit.replicates} bootstrap replicates)`,
  ];
  if (atLeast) lines.push('  the sweep did not reach a limit: raise CAPACITY_MAX_USERS to find it');
  const conf = c.confirmation;
  if (!conf) lines.push('confirmation: none was run (CAPACITY_CONFIRM_S=0, or the sweep ran outside npm run perf)');
  else
    lines.push(
      `confirmation (${conf.users} users, ${conf.think_time_s} s think time, ${conf.seconds} s): ${conf.verdict}: predicted ${num(conf.predicted.requests_per_s)} req/s p95 ${num(conf.predicted.p95_ms, 0)} ms, observed ${conf.observed ? `${num(conf.observed.requests_per_s)} req/s p95 ${num(conf.observed.p95_ms, 0)} ms` : 'nothing'}; ${conf.reason}`,
    );
  return lines;
}

export const STEP_HEADERS = [
  'users',
  'steady window',
  'req/s',
  'mean',
  'p95',
  'errors',
  'CPU mean',
  'memory peak',
  'k6 machine CPU',
];

const percentCell = (value: number | null | undefined) => (value == null ? 'n/a' : `${num(value)} %`);

/** The steady window measured (from the step's start) and whether the step got steady (older runs: not judged). */
const windowCell = (s: CapacityResult['steps'][number]) =>
  s.cut_s === undefined
    ? `${num(s.seconds)} s`
    : `${num(s.cut_s)}–${num(s.cut_s + s.seconds)} s${s.steady === false ? ' unsteady' : ''}`;

export function stepRows(c: CapacityResult): string[][] {
  return c.steps.map((s) => [
    String(s.users),
    windowCell(s),
    num(s.requests_per_s),
    `${num(s.mean_ms, 0)} ms`,
    `${num(s.p95_ms, 0)} ms`,
    `${num(s.error_rate * 100)} %`,
    percentCell(s.cpu_percent_mean),
    s.memory_mb_peak === null ? 'n/a' : `${num(s.memory_mb_peak)} MB`,
    percentCell(s.generator_cpu_percent_mean),
  ]);
}

/** Each step that never became steady, and why. */
export const unsteadyLines = (c: CapacityResult) =>
  c.steps.filter((s) => s.steady === false).map((s) => `the ${s.users}-user step never became steady: ${s.unsteady}`);

const sweepLine = (c: CapacityResult) =>
  `${c.mix === 'readwrite' ? "the regular user's read/write mix" : 'the read mix'}: ${c.steps.length} of ${c.levels.length} levels measured (${c.step_s} s each; the warm-up cut from the data, at least the first ${c.settle_s} s)${c.stopped_early ? `; stopped early: ${c.stopped_early}` : ''}`;

export function capacityText(c: CapacityResult): string {
  const rows = [STEP_HEADERS, ...stepRows(c)];
  const widths = STEP_HEADERS.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return [
    `capacity: ${sweepLine(c)}`,
    ...rows.map((r) => `  ${r.map((cell, i) => cell.padStart(widths[i]!)).join('  ')}`),
    ...unsteadyLines(c).map((l) => `  ${l}`),
    ...answerLines(c).map((l) => `  ${l}`),
  ].join('\n');
}

export function capacityMarkdown(results: Results): string {
  const c = results.capacity;
  if (!c) return '';
  const gate = results.thresholds.find((t) => t.metric === CAPACITY_GATE_METRIC);
  return [
    '### Capacity',
    '',
    `Closed-model concurrency sweep: ${sweepLine(c)}.`,
    '',
    `| ${STEP_HEADERS.join(' | ')} |`,
    `|${STEP_HEADERS.map(() => '---:').join('|')}|`,
    ...stepRows(c).map((r) => `| ${r.join(' | ')} |`),
    '',
    ...unsteadyLines(c).map((l) => `- ${l}`),
    ...answerLines(c).map((l) => `- ${l.trim()}`),
    ...(gate
      ? [
          `- ${gate.ok ? '✅' : '❌'} ${gate.metric} ${gate.expression}: ${gate.observed === null ? gate.reason : `lower bound ${gate.observed}`}`,
        ]
      : []),
    '',
  ].join('\n');
}

/** Why the capacity run could not answer, for the closing table; null when it did. */
export function capacityInconclusive(capacity: CapacityResult): string | null {
  if (!capacity.answer) return `no capacity answer: ${capacity.refused}`;
  const { confirmation } = capacity;
  if (confirmation && confirmation.verdict !== 'confirmed')
    return `the capacity answer (${capacity.answer.users} users) is ${confirmation.verdict} by its own run: ${confirmation.reason}`;
  return null;
}
