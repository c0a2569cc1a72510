// Keeps the benchmark scripts working: `npm run bench -- --quick` runs every section for a few
// seconds. It asserts the output's shape, never timings.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { canMeasure } from '../../bench/lib/measure.ts';

test('npm run bench -- --quick prints the table and writes figures of the right shape', {
  skip: !canMeasure() && '/usr/bin/time (Debian package "time") is missing',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-quick-'));
  const out = join(dir, 'bench.json');
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick', '--out', out], {
      encoding: 'utf8',
      timeout: 600_000,
    });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /requests\/CPU-s, bare_k6/);
    assert.match(run.stdout, /workflow \/ idiomatic \(target >= 0\.95\)/);
    assert.match(run.stdout, /workflow-0: load average \d+\.\d+ before, \d+\.\d+ after/);
    const figures = JSON.parse(readFileSync(out, 'utf8'));
    const { efficiency, memory, bundle } = figures.sections;
    for (const side of [efficiency.bare_k6, efficiency.idiomatic_k6, efficiency.workflow]) {
      assert.ok(side.median > 0 && side.min <= side.median && side.median <= side.max, JSON.stringify(side));
    }
    assert.ok(efficiency.ratio > 0 && efficiency.ratio_to_idiomatic > 0);
    assert.ok(figures.load_averages['idiomatic_k6-0'].before >= 0, JSON.stringify(figures.load_averages));
    // Locust beside k6 when Python 3 is there; without it the figures say why the rows are missing.
    const generators = ['bare_k6', 'idiomatic_k6', 'workflow'];
    if (efficiency.locust === undefined) {
      generators.push('locust_HttpUser', 'locust_FastHttpUser');
      for (const g of generators) assert.ok(efficiency[g].median > 0, `${g}: ${JSON.stringify(efficiency[g])}`);
      assert.ok(efficiency.ratio_to_locust_fast > 0);
    } else {
      assert.match(efficiency.locust, /Python|venv|pip/);
    }
    // The same figure over each run's load plateau alone (start-up, setup and summary left out).
    assert.match(run.stdout, /over the plateau, workflow\s+\d+/);
    for (const g of generators)
      assert.ok(efficiency.plateau[g]?.median > 0, `${g} plateau: ${JSON.stringify(efficiency.plateau[g])}`);
    assert.ok(efficiency.plateau.ratio_to_idiomatic > 0, JSON.stringify(efficiency.plateau));
    // Same work, all of it successful, as the platform itself counted it.
    const endpoints = (g: string) => Object.keys(efficiency.requests_per_endpoint[g].share_percent).sort().join(',');
    for (const g of generators) {
      assert.equal(
        efficiency.requests_per_endpoint[g].failed,
        0,
        `${g}: ${JSON.stringify(efficiency.requests_per_endpoint[g])}`,
      );
      assert.equal(endpoints(g), endpoints('bare_k6'), `${g} hit other endpoints than bare k6`);
    }
    assert.equal(memory.rows.length, 1);
    assert.ok(memory.rows[0].ratio_to_idiomatic > 0, JSON.stringify(memory.rows[0]));
    for (const g of generators)
      assert.ok(memory.rows[0][`${g}_peak_rss_mb`] > 0, `${g}: ${JSON.stringify(memory.rows[0])}`);
    assert.ok(
      memory.rows[0].pool_peak_rss_mb > 0 && memory.rows[0].pool_vs_shared_accounts > 0,
      JSON.stringify(memory.rows[0]),
    );
    assert.ok(bundle.sizes['load.js'].bytes > 0);
    assert.ok(bundle.build_ms_all_entries.median > 0);
    const { sidecar, capacity } = figures.sections;
    assert.equal(sidecar.cost.length, 2, JSON.stringify(sidecar));
    for (const row of sidecar.cost)
      assert.ok(row.samples_served > 0 && row.cpu_percent_of_one_core >= 0 && row.peak_pss_mb > 0, JSON.stringify(row));
    assert.ok(Math.abs(sidecar.accuracy.cpu.error_points) < 10, JSON.stringify(sidecar.accuracy));
    assert.ok(Math.abs(sidecar.accuracy.memory.error_percent) < 10, JSON.stringify(sidecar.accuracy));
    assert.ok(capacity.highest_sustained_rate > 0, JSON.stringify(capacity));
    const { compare } = figures.sections;
    assert.deepEqual(
      compare.rows.map((r: { baselines: number }) => r.baselines),
      [1, 5],
      JSON.stringify(compare),
    );
    for (const row of compare.rows)
      assert.ok(row.wall_s > 0 && row.peak_rss_mb > 0 && row.judged > 0, JSON.stringify(row));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
