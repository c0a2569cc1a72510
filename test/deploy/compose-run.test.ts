// The docker-compose one-shot run, for real: the README's compose command, unmodified, against the
// repo's docker-compose.yml, on a real Docker engine. Runs are kept short through the compose file's
// own environment (few users, a short hold). Skipped, with the reason, only where no Docker engine
// answers (.ci/run starts one).
//
// OFFLINE STAND-INS: where no container registry is reachable (as on the machines this suite is
// tested on), `npm run offline-images` builds local stand-ins for the two base images under their
// real names — node:20-bookworm-slim from a debootstrap'ed Debian bookworm plus this machine's Node
// 20, grafana/k6:2.2.0 from the same root file system plus the k6 v2.2.0 `npm install` built. An
// image already present (for instance the real one, pulled) is never replaced.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse, stringify } from 'yaml';
import { ROOT } from '../../runner/k6/build-if-stale.ts';
import {
  type ComposeRun,
  composeDown,
  composeSkipReason,
  readmeComposeCommand,
  readRunFolder,
  runCompose,
  tail,
} from '../helpers/compose.ts';
import { MACHINE_GATES_OUT_OF_REACH, outOfReachExcept } from '../helpers/gates-out-of-reach.ts';

const skip = composeSkipReason();
const PYTHON_IMAGE = 'course-perf-test-python-platform:local';
// Short runs: the compose file passes these to k6 (the command itself stays the README's).
const SHORT = {
  ENTRY: 'load',
  PERFORMANCE_CONCURRENT_USERS: '5',
  PERFORMANCE_TEST_DURATION: '10',
  PERFORMANCE_RAMP_UP: '1',
  PERFORMANCE_RAMP_DOWN: '1',
  PERFORMANCE_THINK_TIME: '0.2-0.5',
  GENERATION_CHAPTERS: '1',
  K6_WEB_DASHBOARD_PERIOD: '1s', // a 12 s run is about one default period: too short to export a snapshot
};
// The compose plumbing is the subject, not latency: its gates are out of reach (the compose file passes
// them to k6), but for the one the latency fault is to fail.
const PASSING = { ...SHORT, ...MACHINE_GATES_OUT_OF_REACH };
// The first run is a short ramp-up (regular users only, one more every 4 s up to 5, so each level gets
// ~4 sidecar samples at 1/s), whose run folder must also hold the resource scaling and a slope gate that holds,
// as `npm run perf -- --suite ramp-up` records them (the sidecar service finishes the run).
const RAMP_UP = {
  ...PASSING,
  ENTRY: 'ramp-up',
  PERFORMANCE_USER_WEIGHTS: '100/0/0',
  PERFORMANCE_RAMP_UP: '20',
  PERFORMANCE_TEST_DURATION: '6',
  THRESHOLD_MEMORY_MB_PER_100_USERS: '100000',
};
const FIRST_RUN_MS = 15 * 60_000; // the first run builds the images (on a fresh engine: apt-get, npm ci, compiling better-sqlite3)
const RUN_MS = 4 * 60_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const seconds = (run: ComposeRun) =>
  `${(run.upMs / 1000).toFixed(1)} s up, ${(run.elapsedMs / 1000).toFixed(1)} s with down`;

/** Everything a healthy one-shot run must leave behind; throws a message naming what is missing. */
function assertHealthyRun(run: ComposeRun): void {
  assert.equal(
    run.code,
    0,
    `the compose run exited ${run.code}, not 0 (k6's code through --exit-code-from k6). Its last lines:\n${tail(run)}`,
  );
  assert.ok(
    run.runDir,
    `the run made no new run folder under ./reports (reports/latest did not move). Its last lines:\n${tail(run)}`,
  );
  const folder = readRunFolder(run.runDir);
  for (const file of [
    'results.json',
    'junit.xml',
    'report.html',
    'server-resources.json',
    'metrics.json.gz',
    'summary.md',
  ]) {
    assert.ok(folder.files.includes(file), `${run.runDir} has no ${file} (it holds: ${folder.files.join(', ')})`);
  }
  assert.equal(folder.results?.verdict, 'passed');
  assert.ok(
    folder.results!.thresholds.length > 0 && folder.results!.thresholds.every((t) => t.ok),
    `a threshold failed: ${JSON.stringify(folder.results!.thresholds.filter((t) => !t.ok))}`,
  );
  const samples = folder.server?.samples ?? [];
  assert.ok(samples.length >= 5, `the sidecar took ${samples.length} samples of the platform`);
  assert.match(samples[0]!.source, /demo-platform\/main\.ts/);
  assert.ok(
    samples.some((s) => s.cpu_percent > 0),
    'no sample shows the platform using CPU while k6 loaded it',
  );
  assert.ok(
    samples.every((s) => s.memory_mb > 20),
    `the platform's memory reads ${Math.min(...samples.map((s) => s.memory_mb))} MB in a sample: not a Node process's`,
  );
  // report.html charts the sidecar's series beside k6's (rendered by the sidecar service after k6 exited).
  assert.match(
    readFileSync(join(run.runDir, 'report.html'), 'utf8'),
    /"serverT":\[\d/,
    'report.html has the server series',
  );
  // The files belong to whoever owns ./reports, not to the containers' users (k6 is uid 12345 in its image).
  const reports = statSync(join(ROOT, 'reports'));
  assert.deepEqual(
    folder.owners,
    [`${reports.uid}:${reports.gid}`],
    'the run folder and its files belong to the owner of ./reports',
  );
}

interface ScalingResults {
  run: { outcome?: string };
  thresholds: { metric: string; expression: string; ok: boolean; observed: number | null }[];
  scaling?: { level: string; steps: { to: number }[]; memory: { value: number | null; reason?: string } };
}

/** A ramp-up's run folder holds its resource scaling and the slope gate, in results.json and every report. */
function assertScaling(runDir: string): void {
  const results: ScalingResults = JSON.parse(readFileSync(join(runDir, 'results.json'), 'utf8'));
  assert.equal(results.run.outcome, 'completed', 'the sidecar service recorded the outcome');
  const scaling = results.scaling;
  assert.ok(scaling, 'results.json has no scaling section');
  assert.equal(scaling.level, 'users');
  assert.deepEqual(
    scaling.steps.map((s) => s.to),
    [1, 2, 3, 4, 5],
    'a step per user level of the ramp, none above the 5 users',
  );
  const gate = results.thresholds.find((t) => t.metric === 'server_memory_mb_per_100_users');
  assert.deepEqual(
    gate,
    {
      metric: 'server_memory_mb_per_100_users',
      expression: 'slope<100000',
      ok: true,
      observed: scaling.memory.value,
    },
    `the memory slope gate (${scaling.memory.reason ?? 'fitted'})`,
  );
  assert.match(
    readFileSync(join(runDir, 'junit.xml'), 'utf8'),
    /<testcase classname="course-perf.ramp-up" name="server_memory_mb_per_100_users slope&lt;100000" time="0"><system-out>observed /,
  );
  const markdown = readFileSync(join(runDir, 'summary.md'), 'utf8');
  assert.match(markdown, /### Resource scaling/);
  assert.match(markdown, /- ✅ server_memory_mb_per_100_users slope<100000: observed /);
  assert.match(readFileSync(join(runDir, 'report.html'), 'utf8'), /<section id="scaling-section">/);
}

describe('docker-compose one-shot, run for real', { skip }, () => {
  const command = skip ? [] : readmeComposeCommand();
  const work = mkdtempSync(join(tmpdir(), 'compose-run-'));
  let dashboardPort = 0;

  before(async () => {
    dashboardPort = await freePort();
    // The command a user runs (npm's wrapper passes no signal on; spawnSync's timeout is the backstop).
    const images = spawnSync('npm', ['run', '--silent', 'offline-images'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 10 * 60_000,
    });
    assert.equal(images.status, 0, `npm run offline-images failed:\n${images.stdout}${images.stderr}`);
    console.log(images.stdout.trim());
    // A platform that is not Node: Python's http.server, answering /health (a file) and nothing of the API.
    const context = join(work, 'python-platform');
    mkdirSync(context);
    writeFileSync(
      join(context, 'Dockerfile'),
      [
        'FROM node:20-bookworm-slim',
        'RUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/* \\',
        ' && rm -f /usr/local/bin/node /usr/local/bin/npm /usr/local/bin/npx && ! command -v node',
        'WORKDIR /srv',
        'RUN echo ok > health',
        'USER nobody',
        'CMD ["python3", "-m", "http.server", "8000"]',
        '',
      ].join('\n'),
    );
    const build = spawnSync('docker', ['build', '--quiet', '-t', PYTHON_IMAGE, context], {
      encoding: 'utf8',
      timeout: 5 * 60_000,
    });
    assert.equal(build.status, 0, `building the Python platform image failed:\n${build.stdout}${build.stderr}`);
  });

  after(() => {
    composeDown();
    rmSync(work, { recursive: true, force: true });
  });

  test("the README command runs the demo platform, the sidecar and k6: exit 0, every report, the platform's CPU and memory, and a ramp-up's resource scaling", {
    timeout: FIRST_RUN_MS + 60_000,
  }, async () => {
    const run = await runCompose(command, { ...RAMP_UP, DASHBOARD_PORT: String(dashboardPort) }, FIRST_RUN_MS);
    console.log(`compose run (image builds included): ${seconds(run)} -> ${run.runDir}`);
    assertHealthyRun(run);
    assert.ok(readRunFolder(run.runDir!).files.includes('dashboard.html'), 'k6 exported its web dashboard');
    assertScaling(run.runDir!);
  });

  test("DEMO_FAULTS latency on course_get: exit 99 and the failed threshold is course_get's", {
    timeout: RUN_MS + 60_000,
  }, async () => {
    const gates = outOfReachExcept('THRESHOLD_API_P95_MS');
    const run = await runCompose(
      command,
      { ...SHORT, ...gates, DASHBOARD_PORT: String(dashboardPort), DEMO_FAULTS: 'latency:route=course_get,ms=300' },
      RUN_MS,
    );
    console.log(`compose run: ${seconds(run)}`);
    assert.equal(run.code, 99, `expected k6's threshold exit code 99:\n${tail(run)}`);
    assert.match(run.output, /http_req_duration\{endpoint:course_get\}/);
    const thresholds = readRunFolder(run.runDir!).results!.thresholds;
    const courseGet = thresholds.find((t) => t.metric === 'http_req_duration{endpoint:course_get}');
    assert.equal(
      courseGet?.ok,
      false,
      `failed thresholds: ${thresholds
        .filter((t) => !t.ok)
        .map((t) => t.metric)
        .join(', ')}`,
    );
    assert.ok(courseGet.observed! >= 300, `course_get p95 ${courseGet.observed} ms includes the 300 ms injected`);
  });

  test('PLATFORM_IMAGE without Node, with SIDECAR_MATCH: the sidecar gates on its /health and samples its process', {
    timeout: RUN_MS + 60_000,
  }, async () => {
    const run = await runCompose(
      command,
      { ...PASSING, DASHBOARD_PORT: String(dashboardPort), PLATFORM_IMAGE: PYTHON_IMAGE, SIDECAR_MATCH: 'http.server' },
      RUN_MS,
    );
    console.log(`compose run: ${seconds(run)}`);
    assert.ok(run.runDir, `no run folder:\n${tail(run)}`);
    // k6 reached the Python platform: its /health passed setup()'s probe, and its login answered 501 (http.server serves no POST).
    assert.match(run.output, /logging in as the regular user .* failed with status 501/, tail(run));
    const samples = readRunFolder(run.runDir).server?.samples ?? [];
    assert.ok(samples.length >= 2, `the sidecar took ${samples.length} samples of the Python platform:\n${tail(run)}`);
    assert.match(samples[0]!.source, /matching "http\.server"/);
    assert.ok(
      samples.every((s) => s.memory_mb > 1 && s.memory_mb < 200 && s.processes >= 1),
      `memory of python3 -m http.server: ${samples.map((s) => s.memory_mb).join(', ')} MB`,
    );
  });

  test('a broken compose file (sidecar without pid: "service:platform") fails the healthy-run check with a readable message', {
    timeout: RUN_MS + 60_000,
  }, async () => {
    const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'));
    delete compose.services.sidecar.pid;
    const broken = join(work, 'docker-compose.yml');
    writeFileSync(broken, stringify(compose));
    // The same command on the mutated copy; relative paths (build ., ./reports, ./dist) still mean the repo.
    const run = await runCompose(command, { ...PASSING, DASHBOARD_PORT: String(dashboardPort) }, RUN_MS, [
      '-f',
      broken,
      '--project-directory',
      ROOT,
    ]);
    console.log(`compose run (broken file): ${seconds(run)}`);
    assert.throws(
      () => assertHealthyRun(run),
      (error: Error) => {
        assert.match(error.message, /exited \d+, not 0/);
        assert.match(
          error.message,
          /no process matches "demo-platform\/main\.ts"/,
          'the message says the sidecar could not see the platform',
        );
        return true;
      },
    );
  });
});
