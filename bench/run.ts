// npm run bench [-- --quick]: the suite's own performance figures, printed as a table and written
// as JSON. Every comparison is measured side by side in the same run, interleaved, with the median
// and spread of several repetitions. Absolute numbers are printed, never asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../runner/k6/build-if-stale.ts';
import { resolveK6 } from '../runner/k6/k6-binary.ts';
import { startDemoPlatform } from '../runner/run/demo-process.ts';
import { ensureLocust, LOCUST_CLASSES, type LocustClass, runLocust } from './lib/locust.ts';
import { measure, round, stats } from './lib/measure.ts';
import { countsBetween, platformCounts, type RunCounts } from './lib/platform-counts.ts';
import { printTable } from './lib/print-table.ts';
import { plateauWindow, type SteadyWindow, sampleRun } from './lib/steady-cpu.ts';

const { values: flags } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, out: { type: 'string' } },
  strict: true,
});
const quick = flags.quick;
const plan = {
  repetitions: quick ? 1 : 3,
  // 20 users with 0.1 s think time: neither k6 nor the platform saturates a core, so the CPU per
  // request is the generator's own cost, not time spent spinning against a busy platform.
  efficiencyVus: 20,
  efficiencyThinkS: 0.1,
  efficiencyDurationS: quick ? 5 : 30, // quick: long enough for a plateau of every generator (Locust ramps for 1 s)
  memoryVus: quick ? [20] : [100, 500, 1000],
  memoryDurationS: quick ? 2 : 10,
  // The plateau of an efficiency run, less this much at each end, and at least this long to count.
  plateauTrimS: quick ? 0.5 : 3,
  plateauMinS: quick ? 1 : 10,
  buildRepetitions: quick ? 1 : 5,
};

type Figures = Record<string, unknown>;
const results: {
  machine: Figures;
  plan: typeof plan;
  sections: Record<string, Figures>;
  load_averages?: typeof loadAverages;
} = {
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  plan,
  sections: {},
};
const k6 = resolveK6();
const summaryDir = join(tmpdir(), `course-perf-bench-${process.pid}`);
mkdirSync(summaryDir, { recursive: true });

/** Runs k6 under GNU time and returns its cost and the number of HTTP requests it made. */
async function k6Cost(script: string, env: Record<string, string>, label: string, onStart?: (pid: number) => void) {
  const summary = join(summaryDir, `${label}.json`);
  const cost = await measure(
    k6,
    ['run', '--quiet', '--no-color', '--summary-export', summary, script],
    { ...process.env, K6_NO_USAGE_REPORT: 'true', ...env },
    300_000,
    onStart,
  );
  if (cost.code !== 0 && cost.code !== 99)
    throw new Error(`k6 ${label} exited ${cost.code}: ${cost.stderr.slice(-2000)}`);
  const metrics = JSON.parse(readFileSync(summary, 'utf8')).metrics as Record<string, { count?: number }>;
  return { ...cost, requests: metrics.http_reqs?.count ?? 0 };
}

/** dist/load.js narrowed to the regular-user workflow, at `vus` users with the given think time. */
function workflowEnv(baseUrl: string, vus: number, durationS: number, thinkS: number): Record<string, string> {
  return {
    BASE_URL: baseUrl,
    PERFORMANCE_USER_WEIGHTS: '100/0/0',
    PERFORMANCE_CONCURRENT_USERS: String(vus),
    PERFORMANCE_TEST_DURATION: String(durationS),
    PERFORMANCE_RAMP_UP: '0',
    PERFORMANCE_RAMP_DOWN: '0',
    PERFORMANCE_THINK_TIME: String(thinkS),
    // The same reads as bench/bare.js, which opens courses that have chapters: a small kept dataset,
    // every course of it generated (the default generates 1 of 20, so most opens would read no chapter).
    PERFORMANCE_DATASET_COURSES: '3',
    PERFORMANCE_DATASET_GENERATED: '3',
  };
}

function bareEnv(baseUrl: string, vus: number, durationS: number, thinkS: number): Record<string, string> {
  return {
    BASE_URL: baseUrl,
    BENCH_VUS: String(vus),
    BENCH_DURATION_S: String(durationS),
    BENCH_THINK_S: String(thinkS),
  };
}

/** The 1-minute load average before and after every generator run, by run label. */
const loadAverages: Record<string, { before: number; after: number }> = {};

type Generator = 'bare_k6' | 'idiomatic_k6' | 'workflow' | `locust_${LocustClass}`;
interface GeneratorRun {
  requests: number;
  cpuS: number;
  peakRssMb: number;
  counts: RunCounts;
  /** The load's plateau alone (bench/lib/steady-cpu.ts); undefined when the run had none long enough. */
  steady: SteadyWindow | undefined;
}

const locustSetup = ensureLocust();
const locust = 'locust' in locustSetup ? locustSetup.locust : undefined;
/**
 * The generators measured side by side: bare k6, the same workflow written by hand as k6's docs teach
 * (same checks, tags, groups), the suite, and Locust's two user classes when Python is there.
 */
const generators: Generator[] = [
  'bare_k6',
  'idiomatic_k6',
  'workflow',
  ...(locust ? (Object.keys(LOCUST_CLASSES) as LocustClass[]).map((c) => `locust_${c}` as const) : []),
];

/** One run of one generator; the platform's own counters say what it requested. */
async function runGenerator(
  generator: Generator,
  baseUrl: string,
  vus: number,
  durationS: number,
  thinkS: number,
  label: string,
  /** Sample CPU and requests for the plateau figure (efficiency runs; memory runs need only their peak RSS). */
  watchPlateau: boolean,
): Promise<GeneratorRun> {
  const before = await platformCounts(baseUrl);
  const loadBefore = loadavg()[0]!;
  let sampler: ReturnType<typeof sampleRun> | undefined;
  const onStart = watchPlateau
    ? (pid: number) => {
        sampler = sampleRun(pid, baseUrl);
      }
    : undefined;
  let run: { requests: number; cpuS: number; peakRssMb: number };
  if (generator === 'bare_k6')
    run = await k6Cost('bench/bare.js', bareEnv(baseUrl, vus, durationS, thinkS), label, onStart);
  else if (generator === 'idiomatic_k6')
    run = await k6Cost('bench/idiomatic.js', bareEnv(baseUrl, vus, durationS, thinkS), label, onStart);
  else if (generator === 'workflow')
    run = await k6Cost('dist/load.js', workflowEnv(baseUrl, vus, durationS, thinkS), label, onStart);
  else {
    const userClass = generator.slice('locust_'.length) as LocustClass;
    run = await runLocust(
      locust!,
      userClass,
      bareEnv(baseUrl, vus, durationS, thinkS),
      vus,
      durationS,
      join(summaryDir, `${label}.json`),
      onStart,
    );
  }
  const samples = await sampler?.stop();
  const steady = samples && plateauWindow(samples, plan.plateauTrimS, plan.plateauMinS);
  const loadAverage = { before: loadBefore, after: loadavg()[0]! };
  // Figures from a busy machine are not figures: every run says how busy it was.
  console.log(`${label}: load average ${loadAverage.before.toFixed(2)} before, ${loadAverage.after.toFixed(2)} after`);
  loadAverages[label] = loadAverage;
  return { ...run, steady, counts: countsBetween(before, await platformCounts(baseUrl)) };
}

/** The same ratios over each run's plateau alone: what a request costs, without start-up, setup and summary. */
function plateauFigures(perCpuS: Record<string, number[]>): Figures {
  const median = (g: Generator) => (perCpuS[g]!.length > 0 ? stats(perCpuS[g]!).median : Number.NaN);
  const ratio = (a: Generator, b: Generator) => {
    const value = median(a) / median(b);
    return Number.isFinite(value) ? round(value, 3) : null;
  };
  return {
    unit: `HTTP requests per generator CPU-second over the load's plateau (${plan.plateauTrimS} s trimmed at each end; start-up, setup and summary left out)`,
    ...Object.fromEntries(generators.map((g) => [g, perCpuS[g]!.length > 0 ? stats(perCpuS[g]!) : null])),
    ratio: ratio('workflow', 'bare_k6'),
    ratio_to_idiomatic: ratio('workflow', 'idiomatic_k6'),
    ...(locust ? { ratio_to_locust_fast: ratio('workflow', 'locust_FastHttpUser') } : {}),
  };
}

async function generatorEfficiency(baseUrl: string, token: string, courseId: string): Promise<Figures> {
  const perCpuS: Record<string, number[]> = Object.fromEntries(generators.map((g) => [g, []]));
  const plateauPerCpuS: Record<string, number[]> = Object.fromEntries(generators.map((g) => [g, []]));
  const counts: Record<string, RunCounts> = {};
  for (let rep = 0; rep < plan.repetitions; rep++) {
    // Interleaved so drift on the machine hits every generator alike.
    for (const generator of generators) {
      const run = await runGenerator(
        generator,
        baseUrl,
        plan.efficiencyVus,
        plan.efficiencyDurationS,
        plan.efficiencyThinkS,
        `${generator}-${rep}`,
        true,
      );
      perCpuS[generator]!.push(run.requests / run.cpuS);
      if (run.steady) plateauPerCpuS[generator]!.push(run.steady.requestsPerCpuS);
      counts[generator] = run.counts; // the last repetition's: the shares barely move between repetitions
    }
  }
  const median = (g: Generator) => stats(perCpuS[g]!).median;
  const figures: Figures = {
    unit: 'HTTP requests per generator CPU-second (user + system, start-up included)',
    ...Object.fromEntries(generators.map((g) => [g, stats(perCpuS[g]!)])),
    ratio: round(median('workflow') / median('bare_k6'), 3),
    ratio_to_idiomatic: round(median('workflow') / median('idiomatic_k6'), 3),
    target: 'suite / idiomatic >= 0.95',
    ...(locust
      ? { ratio_to_locust_fast: round(median('workflow') / median('locust_FastHttpUser'), 3), target_locust: '>= 1.0' }
      : { locust: (locustSetup as { skipped: string }).skipped }),
    requests_per_endpoint: counts,
    plateau: plateauFigures(plateauPerCpuS),
  };
  const wrk = spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).stdout.trim();
  if (wrk) {
    const cost = await measure(
      wrk,
      [
        '-t1',
        '-c10',
        `-d${plan.efficiencyDurationS}s`,
        '-H',
        `Authorization: Bearer ${token}`,
        `${baseUrl}/api/v1/courses/${courseId}`,
      ],
      process.env,
      120_000,
    );
    const requests = Number(/(\d+) requests in/.exec(cost.stdout)?.[1] ?? 0);
    figures.wrk_ceiling = {
      requests_per_cpu_second: round(requests / cost.cpuS, 0),
      endpoint: 'GET /api/v1/courses/{id}',
    };
  } else {
    figures.wrk_ceiling = 'wrk not installed (Debian package wrk)';
  }
  return figures;
}

/** Accounts per class for the largest memory run: its VUs plus the health probe's VU ids. */
const benchPool = ((n: number) => `regular:${n},power:${n},admin:${n}`)(Math.max(...plan.memoryVus) + 2);

async function memoryPerVu(baseUrl: string): Promise<Figures> {
  const rows: Figures[] = [];
  const largest = Math.max(...plan.memoryVus);
  // Targets are judged at the largest size, as medians (a run moves ±15 MB); smaller sizes run once.
  for (const vus of plan.memoryVus) rows.push(await memoryRow(baseUrl, vus, vus === largest ? plan.repetitions : 1));
  return {
    target: 'at 1,000 VUs: ratio (suite / bare) <= 1.5, ratio_to_idiomatic <= 1.2; pool_vs_shared_accounts <= 1.1',
    rows,
  };
}

/** Peak RSS of every generator, and of the suite with every VU its own account, at `vus`: medians of `reps` interleaved runs. */
async function memoryRow(baseUrl: string, vus: number, reps: number): Promise<Figures> {
  const peaks: Record<string, number[]> = Object.fromEntries([...generators, 'pool'].map((name) => [name, []]));
  for (let rep = 0; rep < reps; rep++) {
    const label = (name: string) => `${name}-mem-${vus}${reps > 1 ? `-${rep}` : ''}`;
    // VUs mostly sleeping (5 s think time), so the platform is not what limits the run.
    for (const generator of generators) {
      peaks[generator]!.push(
        (await runGenerator(generator, baseUrl, vus, plan.memoryDurationS, 5, label(generator), false)).peakRssMb,
      );
    }
    // The same with every VU its own account (the demo's pool) and a small kept dataset each.
    const pool = await k6Cost(
      'dist/load.js',
      {
        ...workflowEnv(baseUrl, vus, plan.memoryDurationS, 5),
        DEMO_USERS: benchPool,
        PERFORMANCE_DATASET_COURSES: '2',
        PERFORMANCE_DATASET_GENERATED: '0',
      },
      label('pool'),
    );
    peaks.pool!.push(pool.peakRssMb);
  }
  const row: Figures = { vus, repetitions: reps };
  const medians: Record<string, number> = {};
  for (const [name, values] of Object.entries(peaks)) {
    const { median, min, max } = stats(values);
    medians[name] = median;
    row[`${name}_peak_rss_mb`] = round(median, 1);
    if (reps > 1) row[`${name}_peak_rss_range_mb`] = [round(min, 1), round(max, 1)];
    row[`${name}_mb_per_vu`] = round(median / vus, 3);
  }
  const ratio = (a: string, b: string) => round(medians[a]! / medians[b]!, 3);
  row.ratio = ratio('workflow', 'bare_k6');
  row.ratio_to_idiomatic = ratio('workflow', 'idiomatic_k6');
  row.pool_vs_shared_accounts = ratio('pool', 'workflow');
  return row;
}

function bundle(): Figures {
  const times: number[] = [];
  for (let rep = 0; rep < plan.buildRepetitions; rep++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, ['build.mjs', '--quiet'], { cwd: ROOT });
    if (result.status !== 0) throw new Error(`node build.mjs failed: ${result.stderr}`);
    times.push(performance.now() - started);
  }
  const sizes = Object.fromEntries(
    readdirSync(join(ROOT, 'dist'))
      .filter((name) => name.endsWith('.js'))
      .sort()
      .map((name) => {
        const text = readFileSync(join(ROOT, 'dist', name), 'utf8');
        const code = text.replace(/\/\/# sourceMappingURL=.*$/m, '');
        return [
          name,
          { bytes: statSync(join(ROOT, 'dist', name)).size, code_bytes_without_source_map: Buffer.byteLength(code) },
        ];
      }),
  );
  return {
    build_ms_all_entries: stats(times.map((t) => round(t, 0))),
    target: '< 1000 ms (node startup included)',
    sizes,
  };
}

/** A benchmark of its own (bench/<name>.ts, --json FILE) run as a child process; its figures, or why there are none. */
function childBench(name: string, nodeArgs: string[] = []): Figures {
  const script = join('bench', `${name}.ts`);
  if (!existsSync(join(ROOT, script))) return { skipped: `${script} not present` };
  const out = join(summaryDir, `${name}.json`);
  const result = spawnSync(
    process.execPath,
    [...nodeArgs, '--import', 'tsx', script, ...(quick ? ['--quick'] : []), '--json', out],
    { cwd: ROOT, encoding: 'utf8', timeout: 600_000 },
  );
  if (result.status !== 0 || !existsSync(out))
    return { error: `${script} exited ${result.status}: ${(result.stderr || '').slice(-500)}` };
  return JSON.parse(readFileSync(out, 'utf8'));
}

async function platformCapacity(baseUrl: string): Promise<Figures> {
  if (!existsSync(join(ROOT, 'dist', 'breakpoint.js'))) return { skipped: 'dist/breakpoint.js not present' };
  const env: Record<string, string> = {
    BASE_URL: baseUrl,
    ...(quick ? { BREAKPOINT_MAX_RATE: '20', BREAKPOINT_DURATION: '5', BREAKPOINT_WINDOW: '3' } : {}),
  };
  const run = await k6Cost('dist/breakpoint.js', env, 'breakpoint');
  const metrics = JSON.parse(readFileSync(join(summaryDir, 'breakpoint.json'), 'utf8')).metrics as Record<
    string,
    Record<string, number>
  >;
  const sustained = metrics.breakpoint_sustained_rate ?? metrics.sustained_rate;
  return {
    unit: 'iterations/s of the mixed workload within the API targets (dist/breakpoint.js)',
    highest_sustained_rate: sustained ? (sustained.max ?? sustained.value) : null,
    k6_exit_code: run.code,
  };
}

const platform = await startDemoPlatform({ env: { DEMO_USERS: benchPool } });
// A timeout of whoever started this (spawnSync's SIGTERM reaches this process only) must not leave
// the platform running: it would load the machine for every later measurement.
process.once('SIGTERM', () => {
  process.kill(platform.pid, 'SIGKILL');
  process.exit(143);
});
try {
  const login = await fetch(`${platform.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'regular@example.com', password: 'regular-password' }),
  }).then((r) => r.json() as Promise<{ access_token: string }>);
  const course = await fetch(`${platform.url}/api/v1/courses`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${login.access_token}` },
    body: JSON.stringify({ title: 'bench wrk', topic: 'bench', level: 'beginner', chapter_count: 1 }),
  }).then((r) => r.json() as Promise<{ id: string | number }>);
  results.sections.efficiency = await generatorEfficiency(platform.url, login.access_token, String(course.id));
  results.sections.memory = await memoryPerVu(platform.url);
  results.sections.bundle = bundle();
  results.sections.sidecar = childBench('sidecar-cost');
  // --expose-gc: each comparison's peak memory starts from a collected heap.
  results.sections.compare = childBench('compare-cost', ['--expose-gc']);
  results.sections.capacity = await platformCapacity(platform.url);
} finally {
  await platform.stop();
  rmSync(summaryDir, { recursive: true, force: true });
}
results.load_averages = loadAverages;
// The figures first: a table that fails to print must not lose a 20-minute run.
const out = flags.out ?? join(ROOT, 'reports', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
printTable(results, generators, { quick, withLocust: locust !== undefined });
console.log(`\nfigures written to ${out}`);
