// The table `npm run bench` prints at the end, from the figures it writes as JSON.
import { round, type stats } from './measure.ts';
import type { RunCounts } from './platform-counts.ts';

type Figures = Record<string, unknown>;

export function printTable(
  results: { machine: Figures; sections: Record<string, Figures> },
  generators: readonly string[],
  { quick, withLocust }: { quick: boolean; withLocust: boolean },
): void {
  const s = results.sections;
  const eff = s.efficiency as Figures & {
    ratio: number;
    wrk_ceiling: unknown;
    requests_per_endpoint: Record<string, RunCounts>;
  };
  const line = (name: string, value: string) => console.log(`${name.padEnd(44)} ${value}`);
  const spread = (x: ReturnType<typeof stats>) =>
    `${round(x.median, 0)} (${round(x.min, 0)}-${round(x.max, 0)}, n=${x.n})`;
  console.log(`\ncourse-perf benchmarks (${results.machine.cpus} CPUs${quick ? ', --quick' : ''})`);
  for (const g of generators) line(`requests/CPU-s, ${g}`, spread(eff[g] as ReturnType<typeof stats>));
  const plateau = eff.plateau as Figures;
  for (const g of generators) {
    const figure = plateau[g] as ReturnType<typeof stats> | null;
    line(`  over the plateau, ${g}`, figure ? spread(figure) : 'no plateau long enough');
  }
  line('  plateau: workflow / idiomatic, / bare', `${plateau.ratio_to_idiomatic}, ${plateau.ratio}`);
  if (withLocust) line('  plateau: workflow / Locust FastHttpUser', String(plateau.ratio_to_locust_fast));
  line('workflow / idiomatic (target >= 0.95)', String(eff.ratio_to_idiomatic));
  line('workflow / bare', String(eff.ratio));
  line(
    'workflow / Locust FastHttpUser (target >= 1.0)',
    eff.ratio_to_locust_fast === undefined ? String(eff.locust) : String(eff.ratio_to_locust_fast),
  );
  for (const [g, c] of Object.entries(eff.requests_per_endpoint)) {
    line(
      `  platform saw, ${g}`,
      `${c.requests} requests, ${c.failed} failed; % per endpoint ${JSON.stringify(c.share_percent)}`,
    );
  }
  line('wrk ceiling', JSON.stringify(eff.wrk_ceiling));
  for (const row of (s.memory as { rows: Figures[] }).rows) {
    const others = generators
      .filter((g) => g.startsWith('locust'))
      .map((g) => `, ${g} ${row[`${g}_peak_rss_mb`]} MB`)
      .join('');
    const at = `peak RSS at ${row.vus} VUs${Number(row.repetitions) > 1 ? ` (median of ${row.repetitions})` : ''}`;
    line(
      `${at}: workflow / idiomatic`,
      `${row.workflow_peak_rss_mb} / ${row.idiomatic_k6_peak_rss_mb} MB = ${row.ratio_to_idiomatic} (target <= 1.2 at 1,000)${ranges(row, ['workflow', 'idiomatic_k6'])}`,
    );
    line(
      `${at}: workflow / bare`,
      `${row.workflow_peak_rss_mb} / ${row.bare_k6_peak_rss_mb} MB = ${row.ratio} (target <= 1.5 at 1,000)${others}${ranges(row, ['bare_k6'])}`,
    );
    line(
      `${at}: own accounts / shared`,
      `${row.pool_peak_rss_mb} / ${row.workflow_peak_rss_mb} MB = ${row.pool_vs_shared_accounts} (target <= 1.1)`,
    );
  }
  const b = s.bundle as { build_ms_all_entries: ReturnType<typeof stats>; sizes: Record<string, { bytes: number }> };
  line('build time, all entries (ms)', spread(b.build_ms_all_entries));
  for (const [name, size] of Object.entries(b.sizes)) line(`  dist/${name}`, `${size.bytes} bytes`);
  line('sidecar cost', JSON.stringify(s.sidecar));
  for (const row of (s.compare as { rows?: Figures[] }).rows ?? [])
    line(
      `npm run compare, ${row.baselines} baseline(s)`,
      `${row.wall_s} s, peak RSS ${row.peak_rss_mb} MB (${row.requests_per_run} requests per run)`,
    );
  if ((s.compare as { error?: string }).error) line('npm run compare', String((s.compare as { error?: string }).error));
  line('demo platform capacity', JSON.stringify(s.capacity));
}

/** ", <name> <min>-<max> MB" for each name whose runs were repeated; empty for single runs. */
function ranges(row: Figures, names: string[]): string {
  return names
    .map((name) => {
      const range = row[`${name}_peak_rss_range_mb`] as [number, number] | undefined;
      return range ? `, ${name} ${range[0]}-${range[1]} MB` : '';
    })
    .join('');
}
