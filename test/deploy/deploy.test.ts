// The ways to run beyond the local runner, validated by tools without a Docker engine or a cluster:
// docker-compose.yml by docker-compose's own `config`, the Dockerfile by a linter, the CI workflow by
// action-validator, and the k6-operator ConfigMap packing. (What the files say, read as data:
// test/unit/deploy-config.test.ts.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parse, parseAllDocuments } from 'yaml';
import { configMapFor } from '../../scripts/pack-configmap.ts';
import { skipUnless } from '../helpers/tools.ts';

const work = mkdtempSync(join(tmpdir(), 'deploy-'));
after(() => rmSync(work, { recursive: true, force: true }));
const bin = (name: string) => join('node_modules', '.bin', name);

describe('docker-compose.yml', () => {
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
});

describe('k6-operator', () => {
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
