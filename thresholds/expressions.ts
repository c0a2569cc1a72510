// A typed builder for k6 threshold expressions, so a typo in an aggregation or operator is a
// compile error here instead of a threshold k6 rejects (or silently never evaluates) at run time.

/** Aggregations k6 accepts per metric type. */
export type TrendStat = 'avg' | 'min' | 'max' | 'med' | `p(${number})`;
export type RateStat = 'rate';
export type CounterStat = 'count' | 'rate';
export type GaugeStat = 'value';
export type Stat = TrendStat | RateStat | CounterStat | GaugeStat;
export type Operator = '<' | '<=' | '>' | '>=' | '==' | '===' | '!=';

export interface Rule {
  stat: Stat;
  op: Operator;
  value: number;
  /** Stop the whole run as soon as this rule fails (after `delayAbortEval`). */
  abortOnFail?: boolean;
  /** k6 duration, e.g. '10s': how long to collect data before an abort may trigger. */
  delayAbortEval?: string;
}

/** One metric (optionally narrowed to a tagged sub-metric) and the rules it must meet. */
export interface Gate {
  metric: string;
  tags?: Record<string, string>;
  rules: Rule[];
}

/** What k6 accepts as one entry of a metric's threshold list. */
export type K6Threshold = string | { threshold: string; abortOnFail?: boolean; delayAbortEval?: string };
export type K6Thresholds = Record<string, K6Threshold[]>;

// Made on first use, not at module load: options are built in k6's VU 0 only (lib/config/entry.ts),
// and a RegExp evaluated at load would build RegExp's prototype in every VU's runtime.
let patterns: { metricName: RegExp; tagPart: RegExp; percentile: RegExp } | undefined;
const pattern = () =>
  (patterns ??= {
    metricName: /^[A-Za-z_][A-Za-z0-9_]*$/,
    tagPart: /^[A-Za-z0-9_.\-/]+$/,
    percentile: /^p\((\d+(\.\d+)?)\)$/,
  });

/** `http_req_duration{endpoint:health}`: the key k6 uses for a tag-filtered sub-metric. */
export function metricKey(metric: string, tags?: Record<string, string>): string {
  if (!pattern().metricName.test(metric)) throw new Error(`invalid metric name "${metric}": use letters, digits and _`);
  const entries = Object.entries(tags ?? {});
  if (entries.length === 0) return metric;
  for (const [key, value] of entries) {
    if (!pattern().tagPart.test(key) || !pattern().tagPart.test(value)) {
      throw new Error(
        `invalid tag ${key}:${value} on ${metric}: tags in thresholds may hold letters, digits and _ . - /`,
      );
    }
  }
  return `${metric}{${entries.map(([key, value]) => `${key}:${value}`).join(',')}}`;
}

/** `p(95)<200`: one rule as k6's expression text. */
export function expression(rule: Pick<Rule, 'stat' | 'op' | 'value'>): string {
  const percentile = pattern().percentile.exec(rule.stat);
  if (rule.stat.startsWith('p(') && (!percentile || Number(percentile[1]) > 100)) {
    throw new Error(`invalid percentile "${rule.stat}": use p(N) with 0 <= N <= 100`);
  }
  if (!Number.isFinite(rule.value))
    throw new Error(`threshold ${rule.stat}${rule.op}${rule.value}: the limit must be a finite number`);
  return `${rule.stat}${rule.op}${rule.value}`;
}

function toK6(rule: Rule): K6Threshold {
  const text = expression(rule);
  if (!rule.abortOnFail) return text;
  return {
    threshold: text,
    abortOnFail: true,
    ...(rule.delayAbortEval ? { delayAbortEval: rule.delayAbortEval } : {}),
  };
}

/** Turns gates into k6's `options.thresholds`; gates on the same key are merged in order. */
export function toK6Thresholds(gates: Gate[]): K6Thresholds {
  const out: K6Thresholds = {};
  for (const gate of gates) {
    const key = metricKey(gate.metric, gate.tags);
    out[key] = [...(out[key] ?? []), ...gate.rules.map(toK6)];
  }
  return out;
}
