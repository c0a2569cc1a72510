// The runners end to end: npm run load and npm run perf start the demo platform and the sidecar,
// run real k6, leave every report in a run folder of their own, stop everything, and exit with
// codes that tell pass, threshold failure, bad flags and interruption apart.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { ROOT } from '../../runner/k6/build-if-stale.ts';
import { cpuTarget } from '../helpers/cpu-target.ts';
import { MACHINE_GATES_OUT_OF_REACH } from '../helpers/gates-out-of-reach.ts';
import { runScript } from '../helpers/spawn.ts';

const reportsRoot = mkdtempSync(join(tmpdir(), 'runner-reports-'));
after(() => rmSync(reportsRoot, { recursive: true, force: true }));

const SHORT = {
  PERFORMANCE_CONCURRENT_USERS: '6',
  PERFORMANCE_TEST_DURATION: '6',
  PERFORMANCE_RAMP_UP: '1',
  PERFORMANCE_RAMP_DOWN: '1',
  PERFORMANCE_THINK_TIME: '0.2-0.5',
  GENERATION_CHAPTERS: '1',
};
/** The runner is the subject, not the machine: its runs pass unless something else is wrong. */
const PASSING = { ...SHORT, ...MACHINE_GATES_OUT_OF_REACH };

const runFolders = (root: string) => readdirSync(root).map((name) => join(root, name));
// The runner starts them by absolute path under this checkout: another checkout's runs on the same
// machine (a second clone, a CI job beside this one) are not counted.
const runningUnderRoot = (script: string) =>
  spawnSync('pgrep', ['-f', join(ROOT, script)], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .filter(Boolean).length;
const platformsRunning = () => runningUnderRoot('demo-platform/main.ts');
const sidecarsRunning = () => runningUnderRoot('sidecar/main.ts');

describe('npm run load', () => {
  test('runs the main job against a demo platform it starts, writes every report, stops everything', async () => {
    const root = join(reportsRoot, 'load');
    const before = { platforms: platformsRunning(), sidecars: sidecarsRunning() };
    const run = await runScript('runner/cli/load.ts', ['--quiet'], { ...PASSING, PERFORMANCE_REPORTS_DIR: root }).done;
    assert.equal(run.code, 0, run.stderr.slice(-3000));
    const [dir] = runFolders(root);
    for (const file of [
      'summary.json',
      'results.json',
      'junit.xml',
      'summary.md',
      'report.html',
      'metrics.json.gz',
      'server-resources.json',
      'k6.log',
    ]) {
      assert.ok(existsSync(join(dir!, file)), `${file} missing`);
    }
    const results: any = JSON.parse(readFileSync(join(dir!, 'results.json'), 'utf8'));
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    const valid: boolean = ajv.validate(JSON.parse(readFileSync('schemas/results.schema.json', 'utf8')), results);
    assert.ok(valid, ajv.errorsText());
    assert.equal(results.run.outcome, 'completed');
    assert.equal(results.run.k6_exit_code, 0);
    assert.match(results.run.k6_version, /^2\./);
    assert.ok(results.resources.memory_mb_peak > 0, 'server resources were measured');
    assert.match(run.stdout, /thresholds passed/);
    assert.deepEqual({ platforms: platformsRunning(), sidecars: sidecarsRunning() }, before, 'nothing left running');
  });

  test("takes the runner's flags: --sidecar-match measures the process it names; a log gets the summary, not k6's progress bars", async () => {
    // A process of known memory with a command line no other process has: the sidecar must find it by --sidecar-match.
    const holdMb = 150 + Math.floor(Math.random() * 100);
    const target = cpuTarget({ share: 0.02, holdMb });
    try {
      await new Promise((r) => setTimeout(r, 1500)); // let it allocate
      const root = join(reportsRoot, 'load-match');
      const run = await runScript(
        'runner/cli/load.ts',
        [
          '--sidecar-match',
          `cpu-target.cjs 0.02 0 ${holdMb}`,
          '--duration',
          '4',
          '--concurrent-users',
          '3',
          '--reports-dir',
          root,
        ],
        PASSING,
      ).done;
      assert.equal(run.code, 0, run.stderr.slice(-3000));
      const [dir] = runFolders(root);
      const samples = JSON.parse(readFileSync(join(dir!, 'server-resources.json'), 'utf8')).samples;
      assert.equal(samples[0].source, `process tree matching "cpu-target.cjs 0.02 0 ${holdMb}"`);
      const results = JSON.parse(readFileSync(join(dir!, 'results.json'), 'utf8'));
      assert.ok(
        results.resources.memory_mb_peak >= holdMb && results.resources.memory_mb_peak < holdMb + 80,
        `read ${results.resources.memory_mb_peak} MB of a process holding ${holdMb} MB`,
      );
      // stdout is a pipe here, as in CI: k6's progress lines ("running (0m03.0s), 3/3 VUs, ...") are not printed.
      assert.doesNotMatch(run.stdout, /running \(\d+m\d+\.\ds\), \d+\/\d+ VUs/);
      assert.doesNotMatch(run.stdout, /\[\s*\d+% \]/);
      assert.match(run.stdout, /course-perf load: all \d+ thresholds passed/);
      assert.match(run.stdout, /^plan: 1 entry, up to \d+s of load in all/m);
      assert.ok(run.stdout.split('\n').length < 120, `${run.stdout.split('\n').length} lines of output`);
    } finally {
      target.kill('SIGKILL');
    }
  });

  test('bad flags exit 2 naming the flag, before anything starts', async () => {
    const cases: [string[], RegExp][] = [
      [['--bogus'], /Unknown option '--bogus'[\s\S]*npm run load -- --help/],
      [['--vus', '10'], /Unknown option '--vus'/],
      [['--suite', 'api'], /--suite: npm run load runs the load entry/],
      [['--duration', 'soon'], /--duration "soon": expected a whole number/],
      [['--sidecar-match', 'x', '--no-sidecar'], /choose one sidecar source/],
    ];
    for (const [args, message] of cases) {
      const run = await runScript('runner/cli/load.ts', args).done;
      assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.ok(run.elapsedMs < 10_000);
    }
    const help = await runScript('runner/cli/load.ts', ['--help']).done;
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: npm run load -- \[flags\]/);
  });
});

describe('npm run perf', () => {
  test('--help documents every flag; bad flags exit 2 naming the flag, before anything starts', async () => {
    const help = await runScript('runner/cli/perf.ts', ['--help']).done;
    assert.equal(help.code, 0);
    for (const flag of [
      '--suite',
      '--duration',
      '--concurrent-users',
      '--base-url',
      '--sidecar-pid',
      '--sidecar-match',
      '--sidecar-prometheus',
      '--sidecar-promql',
      '--sidecar-promql-selector',
      '--sidecar-cpus',
      '--verbose',
      '--baseline',
    ])
      assert.ok(help.stdout.includes(flag), flag);
    const cases: [string[], RegExp][] = [
      [['--bogus'], /Unknown option '--bogus'/],
      [['--suite', 'everything'], /--suite "everything": expected one of/],
      [['--duration', 'abc'], /--duration "abc": expected a whole number/],
      [['--duration', '0'], /--duration "0"/],
      [['--concurrent-users', '1.5'], /--concurrent-users "1\.5"/],
      [['--cpu-limit', '200'], /--cpu-limit "200"/],
      [['--base-url', 'not-a-url'], /invalid BASE_URL="not-a-url"/],
      [['--sidecar-pid', '1', '--sidecar-match', 'x'], /choose one source, not --sidecar-pid and --sidecar-match/],
      [
        ['--sidecar-promql', 'http://127.0.0.1:9090', '--sidecar-promql-cpus', 'q', '--sidecar-cpus', '2'],
        /choose --sidecar-cpus or --sidecar-promql-cpus/,
      ],
      [['--sidecar-promql-selector', 'job="x"'], /--sidecar-promql-selector needs a source: --sidecar-pid/],
      [['--no-sidecar', '--sidecar-match', 'x'], /choose one sidecar source/],
      [['--baseline', '/nonexistent.json'], /--baseline \/nonexistent\.json: no such file/],
    ];
    for (const [args, message] of cases) {
      const run = await runScript('runner/cli/perf.ts', args).done;
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message);
      assert.ok(run.elapsedMs < 10_000);
    }
  });

  test('--plan says what each entry will take, from k6 itself; --max-duration shortens every entry that can be', async () => {
    const seconds = (text: string, entry: string) => {
      const line = new RegExp(`^  ${entry}\\s+up to (?:(\\d+)m)?(\\d+)s, (\\d+) VUs`, 'm').exec(text);
      assert.ok(line, `${entry} in:\n${text}`);
      return Number(line[1] ?? 0) * 60 + Number(line[2]);
    };
    const plain = await runScript('runner/cli/perf.ts', [
      '--suite',
      'all',
      '--duration',
      '10',
      '--concurrent-users',
      '10',
      '--plan',
    ]).done;
    assert.equal(plain.code, 0, plain.stderr);
    assert.equal(seconds(plain.stdout, 'soak'), 1800 + 30, '--duration does not reach soak, and the plan says so');
    assert.match(plain.stdout, /soak\s+up to 30m30s, \d+ VUs\s+length: SOAK_DURATION \(not --duration\)/);
    assert.equal(seconds(plain.stdout, 'api'), 10 + 30, "api: the hold plus k6's graceful stop");
    const total = Number(
      /up to (\d+)m(\d+)s of load in all/
        .exec(plain.stdout)!
        .slice(1)
        .reduce((m, s) => String(Number(m) * 60 + Number(s))),
    );
    const entries = ['api', 'load', 'ramp-up', 'spike', 'soak', 'concurrent', 'generation', 'breakpoint'];
    assert.equal(
      total,
      entries.reduce((sum, e) => sum + seconds(plain.stdout, e), 0),
      'the total is the sum of the entries',
    );
    const capped = await runScript('runner/cli/perf.ts', ['--suite', 'all', '--max-duration', '40', '--plan']).done;
    assert.equal(capped.code, 0, capped.stderr);
    for (const entry of ['api', 'load', 'ramp-up', 'spike', 'soak', 'breakpoint']) {
      // k6's bound is the load plus a graceful stop of at most 30 s.
      assert.ok(seconds(capped.stdout, entry) <= 40 + 30, `${entry}: ${seconds(capped.stdout, entry)} s`);
    }
    assert.match(capped.stdout, /--max-duration 40: every entry that can be shortened/);
    assert.match(capped.stdout, /generation\s+up to .*not shortened/);
    const bad = await runScript('runner/cli/perf.ts', ['--max-duration', '5']).done;
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--max-duration "5": expected a whole number from 10/);
  });

  test("k6's own error code is passed on: a platform that does not answer is k6's 108, not a bare 1", async () => {
    const run = await runScript('runner/cli/perf.ts', [
      '--suite',
      'smoke',
      '--base-url',
      'http://127.0.0.1:9',
      '--reports-dir',
      join(reportsRoot, 'down'),
    ]).done;
    assert.equal(run.code, 108, run.stderr.slice(-2000));
    assert.match(run.stderr, /the platform does not answer at http:\/\/127\.0\.0\.1:9\/health/);
    assert.match(run.stdout, /smoke\s+error\s+k6 exited 108/);
  });

  test('a threshold failure exits 99 and the closing table names it', async () => {
    const run = await runScript('runner/cli/perf.ts', [
      '--suite',
      'smoke',
      '--faults',
      'latency:route=course_get,ms=300',
      '--reports-dir',
      join(reportsRoot, 'fail'),
    ]).done;
    assert.equal(run.code, 99, run.stderr.slice(-2000));
    assert.match(run.stdout, /smoke\s+thresholds failed\s+.*http_req_duration\{endpoint:course_get\} p\(95\)<200/);
  });

  test('Ctrl-C stops k6, the sidecar and the platform, keeps partial reports marked interrupted, exits 130', async () => {
    const root = join(reportsRoot, 'interrupted');
    const before = { platforms: platformsRunning(), sidecars: sidecarsRunning() };
    const run = runScript('runner/cli/perf.ts', [
      '--suite',
      'load',
      '--duration',
      '120',
      '--concurrent-users',
      '4',
      '--reports-dir',
      root,
    ]);
    // Interrupt a few seconds into k6's run (its --out json file appears when it starts), however long the start took on a busy machine.
    const started = Date.now();
    while (
      !(existsSync(root) && runFolders(root).some((dir) => existsSync(join(dir, 'metrics.json.gz')))) &&
      Date.now() - started < 60_000
    )
      await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 8_000));
    const interruptedAt = Date.now();
    run.child.kill('SIGINT');
    const result = await run.done;
    assert.equal(result.code, 130, result.stderr.slice(-2000));
    assert.ok(Date.now() - interruptedAt < 45_000, `stopped ${Date.now() - interruptedAt} ms after SIGINT`);
    assert.match(result.stdout, /load\s+interrupted/);
    const [dir] = runFolders(root);
    const results = JSON.parse(readFileSync(join(dir!, 'results.json'), 'utf8'));
    assert.equal(results.run.outcome, 'interrupted');
    assert.ok(existsSync(join(dir!, 'report.html')));
    assert.deepEqual({ platforms: platformsRunning(), sidecars: sidecarsRunning() }, before, 'nothing left running');
  });

  test('two runs at once: separate run folders, separate ports, both pass', async () => {
    const root = join(reportsRoot, 'parallel');
    const runs = await Promise.all(
      [0, 1].map(
        () =>
          runScript('runner/cli/perf.ts', ['--suite', 'smoke', '--reports-dir', root], MACHINE_GATES_OUT_OF_REACH).done,
      ),
    );
    for (const run of runs) assert.equal(run.code, 0, run.stderr.slice(-2000));
    const folders = runFolders(root);
    assert.equal(folders.length, 2);
    const targets = folders.map((dir) => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')).run.target);
    assert.notEqual(targets[0], targets[1]);
  });
});
