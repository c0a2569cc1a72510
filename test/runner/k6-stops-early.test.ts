// When k6 stops before it writes a summary, the run still ends with a run folder that says why:
// results.json (the outcome and k6's own reason, its first error line without the stack trace),
// summary.md, junit.xml (an error test case) and report.html, and the closing table names the reason.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Results } from '../../lib/report/results.ts';
import { k6ErrorReason, outcomeOf } from '../../runner/finish/k6-outcome.ts';
import { runScript } from '../helpers/spawn.ts';
import { hasCommand } from '../helpers/tools.ts';

const work = mkdtempSync(join(tmpdir(), 'k6-stops-early-'));
after(() => rmSync(work, { recursive: true, force: true }));

const STACK_LOG = `time="2026-12-06T04:40:02Z" level=info msg="starting"
time="2026-12-06T04:40:02Z" level=error msg="UsersFileError: line 2: empty password for a@example.com\\n\\tat fail2 (file:///x/pool-spec.ts:31:10(12))\\n\\tat parseUsersCsv (file:///x/pool-spec.ts:78:30(326))\\n" hint="script exception" source=stacktrace
time="2026-12-06T04:40:03Z" level=error msg="a later error"
`;

describe("k6's own reason", () => {
  test('the first error k6 logged, its first line only; none without an error line', () => {
    assert.equal(k6ErrorReason(STACK_LOG), 'UsersFileError: line 2: empty password for a@example.com');
    assert.equal(k6ErrorReason('time="x" level=info msg="fine"\n'), null);
    assert.equal(
      k6ErrorReason('ERRO[0000] the platform does not answer  hint="x" source=console\n'),
      'the platform does not answer',
    );
    assert.deepEqual(outcomeOf({ code: 107, interrupted: false, log: STACK_LOG }), {
      outcome: 'error',
      reason: 'k6 exited 107: UsersFileError: line 2: empty password for a@example.com',
    });
    assert.deepEqual(outcomeOf({ code: 108, interrupted: false, log: '' }), {
      outcome: 'error',
      reason: 'k6 exited 108',
    });
  });

  test('a users file with an empty password: k6 exits 107 before its summary; every report says why', async () => {
    const usersFile = join(work, 'users.csv');
    writeFileSync(usersFile, 'email,password,role\nalice@example.com,,regular\n');
    const root = join(work, 'reports');
    const run = await runScript('runner/cli/perf.ts', ['--suite', 'smoke', '--reports-dir', root], {
      PERFORMANCE_USERS_FILE: usersFile,
    }).done;
    assert.equal(run.code, 107, run.stderr.slice(-2000));
    const reason = `k6 exited 107: UsersFileError: PERFORMANCE_USERS_FILE ${usersFile}, line 2: empty password for alice@example.com`;
    assert.ok(run.stdout.includes(`smoke  error              ${reason}\n`), run.stdout.slice(-1500));
    assert.doesNotMatch(run.stdout, /could not be finished|results\.json is missing/);

    const [dir] = readdirSync(root).map((name) => join(root, name));
    const results: Results = JSON.parse(readFileSync(join(dir!, 'results.json'), 'utf8'));
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    const valid: boolean = ajv.validate(JSON.parse(readFileSync('schemas/results.schema.json', 'utf8')), results);
    assert.ok(valid, ajv.errorsText());
    assert.equal(results.run.outcome, 'error');
    assert.equal(results.run.k6_exit_code, 107);
    assert.equal(results.run.outcome_reason, reason, 'the first line of the error, no stack trace');
    assert.equal(results.run.scenario, 'smoke');
    assert.equal(results.verdict, 'failed');
    assert.deepEqual(results.thresholds, []);
    assert.match(readFileSync(join(dir!, 'summary.md'), 'utf8'), /^> \*\*Run error\*\*: k6 exited 107: UsersFileError/);
    const junit = readFileSync(join(dir!, 'junit.xml'), 'utf8');
    assert.match(junit, /<testsuite name="course-perf\.smoke" tests="1" failures="0" errors="1"/);
    assert.match(junit, /<error message="k6 exited 107: UsersFileError: [^"]*empty password for alice@example\.com"/);
    assert.match(readFileSync(join(dir!, 'report.html'), 'utf8'), /<b>why<\/b> k6 exited 107: UsersFileError/);
    assert.ok(existsSync(join(dir!, 'k6.log')), "k6's whole log, stack trace included, is kept beside them");
    if (hasCommand('xmllint')) {
      const lint = spawnSync('xmllint', ['--noout', '--schema', 'schemas/junit.xsd', join(dir!, 'junit.xml')], {
        encoding: 'utf8',
      });
      assert.equal(lint.status, 0, lint.stderr);
    }
  });
});
