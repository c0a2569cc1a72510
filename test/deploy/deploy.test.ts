// The ways to run beyond the local runner, validated without a Docker engine or a cluster:
// docker-compose.yml by docker-compose's own `config`, the Dockerfile by a linter, the CI
// workflow by action-validator, and the k6-operator TestRun against the operator's CRD schema.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import Ajv from 'ajv';
import { parse, parseAllDocuments } from 'yaml';
import { PINNED_K6_VERSION } from '../../runner/k6/k6-binary.ts';
import { configMapFor } from '../../scripts/pack-configmap.ts';
import { skipUnless } from '../helpers/tools.ts';

const work = mkdtempSync(join(tmpdir(), 'deploy-'));
after(() => rmSync(work, { recursive: true, force: true }));
const bin = (name: string) => join('node_modules', '.bin', name);

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync('docker-compose.yml', 'utf8'));

  test('docker-compose config accepts it, and rejects a broken copy', {
    skip: skipUnless('docker-compose', 'docker-compose'),
  }, () => {
    const ok = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    const broken = join(work, 'broken-compose.yml');
    writeFileSync(
      broken,
      readFileSync('docker-compose.yml', 'utf8').replace('condition: service_healthy', 'condition: service_maybe'),
    );
    assert.notEqual(spawnSync('docker-compose', ['-f', broken, 'config', '-q'], { encoding: 'utf8' }).status, 0);
  });

  test('k6 starts only when the platform is healthy, at the pinned image, with the dashboard on loopback', () => {
    assert.deepEqual(Object.keys(compose.services).sort(), ['k6', 'platform', 'sidecar']);
    const { k6, sidecar, platform } = compose.services;
    assert.equal(k6.image, 'grafana/k6:2.2.0');
    // The sidecar service is healthy once the platform answered /health and the run folder exists (runner/cli/compose-run.ts).
    assert.equal(k6.depends_on.sidecar.condition, 'service_healthy');
    assert.match(sidecar.command.join(' '), /runner\/cli\/compose-run\.ts --entry \$\{ENTRY:-load\}/);
    assert.match(k6.ports[0], /^127\.0\.0\.1:\$\{DASHBOARD_PORT:-5665\}:5665$/);
    assert.equal(k6.environment.K6_WEB_DASHBOARD, 'true');
    assert.ok(k6.volumes.includes('./dist:/scripts:ro') && k6.volumes.includes('./reports:/reports'));
    assert.match(k6.command.join(' '), /\/scripts\/\$\{ENTRY:-load\}\.js/);
    assert.ok(existsSync('dist/load.js'));
    assert.equal(sidecar.pid, 'service:platform');
    assert.equal(sidecar.network_mode, 'service:platform');
    assert.ok(
      !sidecar.image.includes('PLATFORM_IMAGE'),
      'the sidecar keeps the repo image when the platform is replaced',
    );
    // PLATFORM_IMAGE is a build argument of the platform target, never the name a build is tagged with.
    assert.ok(!platform.image.includes('PLATFORM_IMAGE'));
    assert.equal(platform.build.target, 'platform');
    assert.match(platform.build.args.PLATFORM_IMAGE, /^\$\{PLATFORM_IMAGE:-demo\}$/);
  });

  test('k6 gets every gate setting from the shell, so a compose run can set any gate as a local run does', () => {
    const gates = [
      ...readFileSync('lib/config/config.ts', 'utf8').matchAll(/'(THRESHOLD_[A-Z0-9_]+|PERFORMANCE_[A-Z]+_LIMIT)'/g),
    ].map((m) => m[1]!);
    assert.ok(gates.length >= 10, `found only ${gates.join(', ')} in lib/config/config.ts`);
    const passed = Object.keys(compose.services.k6.environment);
    assert.deepEqual(
      gates.filter((name) => !passed.includes(name)),
      [],
      'gate settings docker-compose.yml does not pass to k6',
    );
  });
});

test('the Dockerfile passes dockerfilelint and copies only what exists', () => {
  const lint = spawnSync(bin('dockerfilelint'), ['Dockerfile'], { encoding: 'utf8' });
  assert.equal(lint.status, 0, lint.stdout + lint.stderr);
  assert.match(lint.stdout, /Issues: None found/);
  for (const match of readFileSync('Dockerfile', 'utf8').matchAll(/^COPY (?!--from)(.+) \S+$/gm)) {
    for (const source of match[1]!.split(' ')) assert.ok(existsSync(source), `COPY ${source}`);
  }
  // .dockerfilelintrc turns the tag rule off for FROM ${PLATFORM_IMAGE}; every literal base image is pinned here instead.
  for (const [, image] of readFileSync('Dockerfile', 'utf8').matchAll(/^FROM (\S+)/gm)) {
    if (!image!.startsWith('$') && image !== 'demo')
      assert.match(image!, /^[\w./-]+:[\w.-]+$/, `FROM ${image} names a tag`);
  }
});

describe('.github/workflows/performance.yml', () => {
  test('action-validator accepts it and rejects a broken copy', () => {
    const ok = spawnSync(bin('action-validator'), ['.github/workflows/performance.yml'], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    const broken = join(work, 'broken.yml');
    writeFileSync(broken, 'on: pull_request\njobs:\n  perf:\n    runs-on: ubuntu-latest\n    steps: "not a list"\n');
    assert.notEqual(spawnSync(bin('action-validator'), [broken], { encoding: 'utf8' }).status, 0);
  });

  test('runs smoke and a short api run, posts the summary, uploads the reports', () => {
    const steps = parse(readFileSync('.github/workflows/performance.yml', 'utf8')).jobs.perf.steps as {
      run?: string;
      uses?: string;
    }[];
    const runs = steps.map((s) => s.run ?? '').join('\n');
    assert.match(runs, /npm run perf -- --suite smoke/);
    assert.match(runs, /--suite api/);
    assert.match(runs, /GITHUB_STEP_SUMMARY/);
    assert.ok(steps.some((s) => s.uses?.startsWith('actions/upload-artifact')));
  });

  test('installs the pinned k6 release with setup-k6-action, building it with Go only when that fails', () => {
    const steps = parse(readFileSync('.github/workflows/performance.yml', 'utf8')).jobs.perf.steps as {
      id?: string;
      uses?: string;
      if?: string;
      with?: Record<string, string>;
    }[];
    const setupK6 = steps.find((s) => s.uses?.startsWith('grafana/setup-k6-action@'));
    assert.ok(setupK6, 'grafana/setup-k6-action installs k6');
    assert.equal(`v${setupK6.with?.['k6-version']}`, PINNED_K6_VERSION, 'the same k6 version the suite pins');
    const go = steps.find((s) => s.uses?.startsWith('actions/setup-go@'));
    assert.equal(go?.if, `steps.${setupK6.id}.outcome != 'success'`, 'Go is the fallback, not the default');
    assert.ok(
      steps.indexOf(setupK6) < steps.findIndex((s) => (s as { run?: string }).run === 'npm ci'),
      'k6 is on PATH before npm ci looks for it',
    );
  });

  test("a job runs the README's docker compose one-shot command", () => {
    const steps = parse(readFileSync('.github/workflows/performance.yml', 'utf8')).jobs.compose.steps as {
      run?: string;
    }[];
    const readme = /`(docker compose up [^`]+)`/.exec(readFileSync('README.md', 'utf8'))?.[1];
    assert.ok(readme && steps.some((s) => s.run === readme), `the compose job runs ${readme}`);
  });
});

describe('k6-operator', () => {
  const crdFile = join('..', 'shared', 'k6-operator', 'k6.io_testruns.yaml');
  const skipCrd = existsSync(crdFile)
    ? false
    : `${crdFile} is absent (a user's clone): the TestRun schema check needs it`;

  test('the TestRun validates against the TestRun CRD schema; a broken one does not', { skip: skipCrd }, () => {
    const crd = parse(readFileSync(crdFile, 'utf8'));
    const schema = crd.spec.versions.find((v: { name: string }) => v.name === 'v1alpha1').schema.openAPIV3Schema;
    // Kubernetes' integer widths are annotations only; date-time does not occur in a manifest's spec.
    const ajv = new Ajv.default({
      strict: false,
      allErrors: true,
      formats: { int32: true, int64: true, 'date-time': true },
    });
    const validate = ajv.compile(schema);
    const testRun: any = parse(readFileSync('deploy/k6-operator/testrun.yaml', 'utf8'));
    const valid: boolean = validate(testRun);
    assert.ok(valid, ajv.errorsText(validate.errors));
    assert.equal(testRun.kind, crd.spec.names.kind);
    assert.equal(testRun.apiVersion, `${crd.spec.group}/v1alpha1`);
    assert.equal(testRun.spec.runner.image, 'grafana/k6:2.2.0');
    assert.ok(
      !validate({ ...testRun, spec: { ...testRun.spec, parallelism: 'four' } }),
      'a string parallelism is refused',
    );
    const { script: _script, ...noScript } = testRun.spec;
    assert.ok(!validate({ ...testRun, spec: noScript }), 'a TestRun without a script is refused');
  });

  test('pack-configmap packs the bundles the TestRun names', () => {
    const out = join(work, 'configmap.yaml');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/pack-configmap.ts', '--out', out], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const [configMap] = parseAllDocuments(readFileSync(out, 'utf8')).map((d) => d.toJSON());
    const testRun = parse(readFileSync('deploy/k6-operator/testrun.yaml', 'utf8'));
    assert.equal(configMap.kind, 'ConfigMap');
    assert.equal(configMap.metadata.name, testRun.spec.script.configMap.name);
    assert.equal(configMap.data[testRun.spec.script.configMap.file], readFileSync('dist/load.js', 'utf8'));
    assert.throws(() => configMapFor('Bad_Name', {}), /not a valid Kubernetes object name/);
    const bad = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/pack-configmap.ts', '--out', out, '--entries', 'nope'],
      { encoding: 'utf8' },
    );
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /no dist\/nope\.js/);
  });
});
