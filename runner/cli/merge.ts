// npm run merge -- --script dist/<entry>.js <run1/metrics.json.gz> <run2/metrics.json.gz> ... [--out DIR]
// One verdict from many k6 processes: k6 evaluates thresholds per instance and never combines
// them, so this merges the instances' --out json files and re-evaluates the script's own
// thresholds (read with `k6 inspect`, under the same environment) on the merged samples. With
// --out it writes merged-results.json, and the merged run's results.json with its summary.md,
// junit.xml and report.html (the finishing step, as for one run). Exit 0 all hold, 99 one failed
// (like k6), 2 bad input.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resultsJson, writeFileAtomic } from '../finish/atomic-write.ts';
import { finishRun } from '../finish/finish-run.ts';
import { inspectScript } from '../k6/inspect.ts';
import { k6Version, resolveK6 } from '../k6/k6-binary.ts';
import { mergeSamples } from '../merge/merge-samples.ts';
import { mergedResults } from '../merge/merged-results.ts';
import { aggregate, holds, parseExpression, parseThresholdKey, type ThresholdKey } from '../merge/threshold-eval.ts';

export interface MergedVerdict {
  ok: boolean;
  rows: { key: string; expression: string; observed: number | null; ok: boolean; samples: number }[];
  files: number;
}

/** The script's thresholds as k6 builds them under `env` (the runs' own settings, e.g. THRESHOLD_API_P95_MS). */
function thresholdsOf(script: string, env: NodeJS.ProcessEnv) {
  const inspected = inspectScript(resolveK6(), script, env, process.cwd());
  if (!inspected.ok) throw new Error(`k6 inspect ${script}: ${inspected.error}`);
  return inspected.inspection.thresholds ?? inspected.inspection.options?.thresholds ?? {};
}

/** The merged verdict, and when the merged samples begin and end (Unix seconds). */
export async function mergeAndEvaluate(
  script: string,
  files: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<MergedVerdict & { firstS: number; lastS: number }> {
  const thresholds = thresholdsOf(script, env);
  const keys = new Map<string, ThresholdKey>(Object.keys(thresholds).map((key) => [key, parseThresholdKey(key)]));
  const merged = await mergeSamples(files, keys);
  const durationS = Math.max(0, merged.lastS - merged.firstS);
  const rows: MergedVerdict['rows'] = [];
  for (const [key, list] of Object.entries(thresholds)) {
    const metric = merged.byKey.get(key)!;
    for (const entry of list) {
      const text = typeof entry === 'string' ? entry : entry.threshold;
      const expression = parseExpression(text);
      const observed = aggregate(metric.kind, metric.values, expression.stat, durationS);
      rows.push({ key, expression: text, observed, ok: holds(observed, expression), samples: metric.values.length });
    }
  }
  return {
    ok: rows.every((r) => r.ok),
    rows: rows.sort((a, b) => Number(a.ok) - Number(b.ok) || a.key.localeCompare(b.key)),
    files: files.length,
    firstS: merged.firstS,
    lastS: merged.lastS,
  };
}

function readCommandLine() {
  return parseArgs({
    allowPositionals: true,
    strict: true,
    options: { script: { type: 'string' }, out: { type: 'string' } },
  });
}

async function main(): Promise<number> {
  let parsed: ReturnType<typeof readCommandLine>;
  try {
    parsed = readCommandLine();
  } catch (error) {
    console.error(`merge: ${(error as Error).message}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (!values.script || positionals.length === 0) {
    console.error('usage: npm run merge -- --script dist/<entry>.js <metrics.json[.gz]>... [--out DIR]');
    return 2;
  }
  let verdict: MergedVerdict;
  let span: { firstS: number; lastS: number };
  try {
    const { firstS, lastS, ...rest } = await mergeAndEvaluate(values.script, positionals);
    verdict = rest;
    span = { firstS, lastS };
  } catch (error) {
    console.error(`merge: ${(error as Error).message}`);
    return 2;
  }
  for (const row of verdict.rows) {
    console.log(
      `${row.ok ? '✓' : '✗'} ${row.key} ${row.expression}  observed ${row.observed === null ? 'n/a' : Number(row.observed.toFixed(4))} (${row.samples} samples)`,
    );
  }
  console.log(
    `\n${verdict.files} runs merged: ${verdict.ok ? 'all thresholds hold' : `${verdict.rows.filter((r) => !r.ok).length} threshold(s) failed`}`,
  );
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    writeFileAtomic(
      join(values.out, 'merged-results.json'),
      resultsJson({ script: values.script, inputs: positionals, ...verdict }),
    );
    const results = mergedResults(values.script, positionals, verdict.rows, {
      ...span,
      k6Version: k6Version(resolveK6()) ?? null,
    });
    const { reportFile } = await finishRun(values.out, { results, k6Files: positionals });
    console.log(`merged run written to ${values.out} (results.json, summary.md, junit.xml, ${reportFile})`);
  }
  return verdict.ok ? 0 : 99;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
