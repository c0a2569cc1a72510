// k6 threshold expressions evaluated outside k6, for verdicts over data k6 never saw together
// (the merged output of several execution-segment runs). Same syntax: `p(95)<200` on
// `metric{tag:value,...}`; aggregations avg, min, max, med, p(N), count, rate, value.

export interface ThresholdKey {
  metric: string;
  tags: Record<string, string>;
}

export interface Expression {
  stat: string;
  op: '<' | '<=' | '>' | '>=' | '==' | '===' | '!=';
  value: number;
}

export function parseThresholdKey(key: string): ThresholdKey {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:\{(.*)\})?$/.exec(key.trim());
  if (!match) throw new Error(`not a k6 metric or sub-metric: ${JSON.stringify(key)}`);
  const tags: Record<string, string> = {};
  for (const pair of match[2] ? match[2].split(',') : []) {
    const colon = pair.indexOf(':');
    if (colon < 1) throw new Error(`bad tag filter ${JSON.stringify(pair)} in ${key}`);
    tags[pair.slice(0, colon).trim()] = pair.slice(colon + 1).trim();
  }
  return { metric: match[1]!, tags };
}

export function parseExpression(text: string): Expression {
  const match =
    /^\s*(avg|min|max|med|count|rate|value|p\(\d+(?:\.\d+)?\))\s*(<=|>=|===|==|!=|<|>)\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*$/.exec(
      text,
    );
  if (!match) throw new Error(`cannot evaluate threshold ${JSON.stringify(text)}`);
  return { stat: match[1]!, op: match[2] as Expression['op'], value: Number(match[3]) };
}

/** The aggregate of a set of samples that an expression's stat names; null when there are none. */
export function aggregate(
  kind: 'trend' | 'rate' | 'counter' | 'gauge',
  values: number[],
  stat: string,
  durationS: number,
): number | null {
  if (kind === 'counter') {
    const sum = values.reduce((a, b) => a + b, 0);
    return stat === 'count' ? sum : stat === 'rate' ? (durationS > 0 ? sum / durationS : null) : null;
  }
  if (values.length === 0) return kind === 'rate' && stat === 'rate' ? 0 : null;
  if (kind === 'rate') return stat === 'rate' ? values.filter((v) => v !== 0).length / values.length : null;
  if (kind === 'gauge') return stat === 'value' ? values[values.length - 1]! : null;
  const sorted = [...values].sort((a, b) => a - b);
  const percentile = (p: number) => {
    // Linear interpolation between closest ranks, as k6 computes trend percentiles.
    const rank = (p / 100) * (sorted.length - 1);
    const low = Math.floor(rank);
    return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (rank - low);
  };
  if (stat === 'avg') return values.reduce((a, b) => a + b, 0) / values.length;
  if (stat === 'min') return sorted[0]!;
  if (stat === 'max') return sorted[sorted.length - 1]!;
  if (stat === 'med') return percentile(50);
  if (stat === 'count') return values.length;
  const p = /^p\((.+)\)$/.exec(stat);
  return p ? percentile(Number(p[1])) : null;
}

export function holds(observed: number | null, expression: Expression): boolean {
  // With no samples k6 lets a threshold pass; keep the same rule so both verdicts agree.
  if (observed === null) return true;
  switch (expression.op) {
    case '<':
      return observed < expression.value;
    case '<=':
      return observed <= expression.value;
    case '>':
      return observed > expression.value;
    case '>=':
      return observed >= expression.value;
    case '==':
    case '===':
      return observed === expression.value;
    case '!=':
      return observed !== expression.value;
  }
}
