// junit.xml of every summary case (test/helpers/summary-cases.ts) against the JUnit XML schema
// (schemas/junit.xsd), by xmllint.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { junitReport } from '../../lib/report/junit.ts';
import { asResults, summaryCases } from '../helpers/summary-cases.ts';
import { skipUnless } from '../helpers/tools.ts';

test('junit.xml validates against the JUnit schema in every case', {
  skip: skipUnless('xmllint', 'libxml2-utils'),
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'junit-'));
  try {
    for (const [name, data] of Object.entries(summaryCases())) {
      const file = join(dir, `${name}.xml`);
      writeFileSync(file, junitReport(asResults(data)));
      const run = spawnSync('xmllint', ['--noout', '--schema', 'schemas/junit.xsd', file], { encoding: 'utf8' });
      assert.equal(run.status, 0, `${name}: ${run.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
