// Apache Otava itself (pinned apache-otava 0.8.0 from PyPI, in a cached venv as the bench keeps Locust)
// on our history, through Otava's CSV layout: `npm run history -- export-otava` writes the CSV and
// otava.yaml, `otava analyze --output json` reads them, and its change points are compared with ours on
// the same series (synthetic histories with noise of the demo's real healthy runs, a known shift in
// half). Then the CSV comes back in with `import-otava`, value for value. The full benchmark (240
// series, precision / recall / F1 beside Otava's) is `npx tsx bench/history-detection.ts`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ensurePipTool, OTAVA } from '../../bench/lib/pip-venv.ts';
import {
  BENCH_PLAN,
  loadNoiseSources,
  type SyntheticSeries,
  syntheticHistories,
} from '../../bench/lib/synthetic-history.ts';
import { detectChangePoints } from '../../runner/history/change-points.ts';
import { openHistoryStore } from '../../runner/history/open-store.ts';
import { runScript } from '../helpers/spawn.ts';

const RUNS = 50;
const TEST = 'synthetic';
const work = mkdtempSync(join(tmpdir(), 'history-otava-'));
after(() => rmSync(work, { recursive: true, force: true }));
const cli = (args: string[]) => runScript('runner/cli/history.ts', args, {}, 60_000).done;

/** 40 series of 50 runs in one test (Otava's CSV holds one row per run): columns s00 ... s39. */
function syntheticTest(): SyntheticSeries[] {
  return syntheticHistories(loadNoiseSources(), {
    ...BENCH_PLAN,
    seed: 7,
    count: 40,
    minLength: RUNS,
    maxLength: RUNS,
  });
}

async function storeOf(file: string, series: SyntheticSeries[]): Promise<void> {
  const store = await openHistoryStore(file);
  for (let i = 0; i < RUNS; i++) {
    const values = Object.fromEntries(series.map((s, n) => [`s${String(n).padStart(2, '0')}`, s.values[i]!]));
    const time = new Date(Date.UTC(2026, 10, 1) + i * 3_600_000).toISOString();
    const run = {
      id: `r${i}`,
      test: TEST,
      entry: 'load',
      commit: `commit-${i}`,
      branch: null,
      time,
      load: null,
      k6Version: null,
      target: null,
      machine: null,
    };
    await store.addRun(run, values);
  }
  await store.close();
}

/** Otava's change points per column, as run indices, from `otava analyze --output json`. */
function otavaAnalyze(venv: string, config: string): Map<string, number[]> {
  const result = spawnSync(join(venv, 'bin', 'otava'), ['analyze', TEST, '--config-file', config, '--output', 'json'], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  assert.equal(result.status, 0, `otava analyze: ${result.stderr}`);
  const groups = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')))[TEST] as {
    attributes: { run: string };
    changes: { metric: string }[];
  }[];
  const found = new Map<string, number[]>();
  for (const group of groups) {
    for (const change of group.changes)
      found.set(change.metric, [...(found.get(change.metric) ?? []), Number(group.attributes.run.slice(1))]);
  }
  return found;
}

describe('Otava 0.8.0 on the same history, through its CSV layout', { timeout: 900_000 }, () => {
  test('export, otava analyze, compare change points; import the CSV back', async (t) => {
    const venv = ensurePipTool(OTAVA);
    assert.ok(
      'dir' in venv,
      `apache-otava ${OTAVA.version} could not be installed: ${'skipped' in venv ? venv.skipped : ''}`,
    );
    const series = syntheticTest();
    const storeFile = join(work, 'history.sqlite');
    await storeOf(storeFile, series);
    const exported = await cli(['export-otava', join(work, 'otava'), '--store', storeFile]);
    assert.equal(exported.code, 0, exported.stderr);
    const otava = otavaAnalyze(venv.dir, join(work, 'otava', 'otava.yaml'));

    let same = 0;
    let shiftsBoth = 0;
    let shiftsOursOnly = 0;
    let shiftsOtavaOnly = 0;
    series.forEach((s, n) => {
      const name = `s${String(n).padStart(2, '0')}`;
      const theirs = otava.get(name) ?? [];
      const ours = detectChangePoints(s.values, { minSegment: 1, test: 'otava', pValue: 0.001 }).map((c) => c.index); // Otava's settings
      if (JSON.stringify(ours) === JSON.stringify(theirs)) same++;
      else t.diagnostic(`${name} (${s.source}, shift ${s.shift} at ${s.shiftAt}): ours ${ours}, Otava ${theirs}`);
      if (s.shiftAt === null) return;
      const near = (points: number[]) => points.some((p) => Math.abs(p - s.shiftAt!) <= 2);
      if (near(ours) && near(theirs)) shiftsBoth++;
      else if (near(ours)) shiftsOursOnly++;
      else if (near(theirs)) shiftsOtavaOnly++;
    });
    t.diagnostic(
      `same change points in ${same} of ${series.length} series; shifts found by both ${shiftsBoth}, ours only ${shiftsOursOnly}, Otava only ${shiftsOtavaOnly}`,
    );
    assert.ok(same >= 0.85 * series.length, `the same change points in only ${same} of ${series.length} series`);
    assert.ok(shiftsBoth >= 5, `both found only ${shiftsBoth} shifts`);
    assert.ok(shiftsOtavaOnly <= 1, `Otava found ${shiftsOtavaOnly} shifts ours missed`);

    const back = join(work, 'back.sqlite');
    const csv = join(work, 'otava', `${TEST}.csv`);
    const imported = await cli(['import-otava', csv, '--test', TEST, '--store', back]);
    assert.equal(imported.code, 0, imported.stderr);
    const [a, b] = [await openHistoryStore(storeFile), await openHistoryStore(back)];
    const strip = (runs: Awaited<ReturnType<typeof a.runs>>) =>
      runs.map((r) => ({ id: r.id, commit: r.commit, time: r.time, values: r.values }));
    assert.deepEqual(strip(await b.runs()), strip(await a.runs()));
    await a.close();
    await b.close();
  });
});
