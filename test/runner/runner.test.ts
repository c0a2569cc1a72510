// The runners end to end: npm run load and npm run perf start the demo platform and the sidecar,
// run real k6, leave every report in a run folder of their own, stop everything, and exit with
// codes that tell pass, threshold failure, bad flags and interruption apart.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
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

const runFolders = (root: string) => readdirSync(root).map((name) => join(root, name));
const platformsRunning = () => spawnSync('pgrep', ['-f', 'demo-platform/main.ts'], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean).length;
const sidecarsRunning = () => spawnSync('pgrep', ['-f', 'sidecar/main.ts'], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean).length;

describe('npm run load', () => {
  test('runs the main job against a demo platform it starts, writes every report, stops everything', async () => {
    const root = join(reportsRoot, 'load');
    const before = { platforms: platformsRunning(), sidecars: sidecarsRunning() };
    const run = await runScript('scripts/load.ts', ['--quiet'], { ...SHORT, PERFORMANCE_REPORTS_DIR: root }).done;
    assert.equal(run.code, 0, run.stderr.slice(-3000));
    const [dir] = runFolders(root);
    for (const file of ['summary.json', 'results.json', 'junit.xml', 'summary.md', 'report.html', 'metrics.json.gz', 'server-resources.json', 'k6.log']) {
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
});

describe('npm run perf', () => {
  test('--help documents every flag; bad flags exit 2 naming the flag, before anything starts', async () => {
    const help = await runScript('scripts/perf.ts', ['--help']).done;
    assert.equal(help.code, 0);
    for (const flag of ['--suite', '--duration', '--concurrent-users', '--base-url', '--sidecar-pid', '--sidecar-match', '--sidecar-prometheus', '--sidecar-promql', '--sidecar-promql-selector', '--sidecar-cpus', '--verbose', '--baseline']) assert.ok(help.stdout.includes(flag), flag);
    const cases: [string[], RegExp][] = [
      [['--bogus'], /Unknown option '--bogus'/],
      [['--suite', 'everything'], /--suite "everything": expected one of/],
      [['--duration', 'abc'], /--duration "abc": expected a whole number/],
      [['--duration', '0'], /--duration "0"/],
      [['--concurrent-users', '1.5'], /--concurrent-users "1\.5"/],
      [['--cpu-limit', '200'], /--cpu-limit "200"/],
      [['--base-url', 'not-a-url'], /invalid BASE_URL="not-a-url"/],
      [['--sidecar-pid', '1', '--sidecar-match', 'x'], /choose one source, not --sidecar-pid and --sidecar-match/],
      [['--sidecar-promql', 'http://127.0.0.1:9090', '--sidecar-promql-cpus', 'q', '--sidecar-cpus', '2'], /choose --sidecar-cpus or --sidecar-promql-cpus/],
      [['--sidecar-promql-selector', 'job="x"'], /--sidecar-promql-selector needs a source: --sidecar-pid/],
      [['--no-sidecar', '--sidecar-match', 'x'], /choose one sidecar source/],
      [['--baseline', '/nonexistent.json'], /--baseline \/nonexistent\.json: no such file/],
    ];
    for (const [args, message] of cases) {
      const run = await runScript('scripts/perf.ts', args).done;
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message);
      assert.ok(run.elapsedMs < 10_000);
    }
  });

  test('a threshold failure exits 99 and the closing table names it', async () => {
    const run = await runScript('scripts/perf.ts', ['--suite', 'smoke', '--faults', 'latency:route=course_get,ms=300', '--reports-dir', join(reportsRoot, 'fail')]).done;
    assert.equal(run.code, 99, run.stderr.slice(-2000));
    assert.match(run.stdout, /smoke\s+thresholds failed\s+.*http_req_duration\{endpoint:course_get\} p\(95\)<200/);
  });

  test('Ctrl-C stops k6, the sidecar and the platform, keeps partial reports marked interrupted, exits 130', async () => {
    const root = join(reportsRoot, 'interrupted');
    const before = { platforms: platformsRunning(), sidecars: sidecarsRunning() };
    const run = runScript('scripts/perf.ts', ['--suite', 'load', '--duration', '120', '--concurrent-users', '4', '--reports-dir', root]);
    await new Promise((r) => setTimeout(r, 12_000));
    run.child.kill('SIGINT');
    const result = await run.done;
    assert.equal(result.code, 130, result.stderr.slice(-2000));
    assert.ok(result.elapsedMs < 60_000, `took ${result.elapsedMs} ms`);
    assert.match(result.stdout, /load\s+interrupted/);
    const [dir] = runFolders(root);
    const results = JSON.parse(readFileSync(join(dir!, 'results.json'), 'utf8'));
    assert.equal(results.run.outcome, 'interrupted');
    assert.ok(existsSync(join(dir!, 'report.html')));
    assert.deepEqual({ platforms: platformsRunning(), sidecars: sidecarsRunning() }, before, 'nothing left running');
  });

  test('two runs at once: separate run folders, separate ports, both pass', async () => {
    const root = join(reportsRoot, 'parallel');
    const runs = await Promise.all([0, 1].map(() => runScript('scripts/perf.ts', ['--suite', 'smoke', '--reports-dir', root]).done));
    for (const run of runs) assert.equal(run.code, 0, run.stderr.slice(-2000));
    const folders = runFolders(root);
    assert.equal(folders.length, 2);
    const targets = folders.map((dir) => JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')).run.target);
    assert.notEqual(targets[0], targets[1]);
  });
});
