// The pure parts of an interactive run's status and of how a run ended: the status line from what
// the session knows (no error before k6's first answer or once it ends), setup's last step read
// from k6's log, the charts' per-second figures, and a run with no iteration never "passed".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Results } from '../../lib/report/results.ts';
import { withoutLoad } from '../../runner/finish/k6-outcome.ts';
import { lastSetupStep, type PhaseFacts, phaseOf } from '../../runner/interactive/run-phase.ts';
import { RunSeries } from '../../runner/interactive/run-series.ts';

const facts = (more: Partial<PhaseFacts>): PhaseFacts => ({
  k6Status: null,
  k6Answered: false,
  k6Ending: false,
  k6Error: null,
  stopping: false,
  paused: false,
  usersWorking: 0,
  usersSet: 0,
  usersWanted: 10,
  setupStep: null,
  elapsedS: 3,
  ...more,
});

test('the status line: starting, preparing with setup step, running with users, stopping; errors only when they hold', () => {
  const starting = phaseOf(facts({ k6Error: 'fetch failed' }));
  assert.deepEqual(starting, { name: 'starting', text: 'starting k6 (3 s)' }, 'no error before k6 first answers');
  assert.equal(
    phaseOf(facts({ k6Status: 6, k6Answered: true, setupStep: 'dataset: 1200 of 4080 course(s) created' })).text,
    "preparing the run (k6's setup): dataset: 1200 of 4080 course(s) created (3 s)",
  );
  const running = phaseOf(facts({ k6Status: 7, k6Answered: true, usersWorking: 3, usersSet: 4 }));
  assert.deepEqual(running, { name: 'running', text: 'running: 3 of 4 user(s) working (ramping to 10)' });
  assert.equal(phaseOf(facts({ k6Status: 7, k6Answered: true, paused: true, usersSet: 10 })).name, 'paused');
  assert.equal(phaseOf(facts({ k6Status: 8, k6Answered: true })).name, 'stopping');
  // k6 has exited after teardown, or a stop was asked: not answering is expected, no error.
  assert.equal(phaseOf(facts({ k6Answered: true, k6Ending: true, k6Error: 'fetch failed' })).name, 'stopping');
  // k6 answered, is not ending, and no longer answers: that is news.
  assert.match(phaseOf(facts({ k6Answered: true, k6Error: 'fetch failed' })).text, /k6 does not answer: fetch failed/);
});

test("setup's last step is read from k6's log, escapes and all", () => {
  assert.equal(lastSetupStep('time="x" level=info msg="starting"\n'), null);
  const log = [
    'time="1" level=info msg="setup: dataset: checking 204 account(s)" source=console',
    'time="2" level=info msg="setup: dataset: 1200 of 4080 course(s) created" source=console',
    'time="3" level=info msg="VU said \\"setup: no\\"" source=console',
  ].join('\n');
  assert.equal(lastSetupStep(log), 'dataset: 1200 of 4080 course(s) created');
});

test('the charts: requests and errors per second from k6 counters, kept per run', () => {
  const series = new RunSeries(1_000);
  const poll = (atMs: number, count: number, failedRate: number) =>
    series.add({
      atMs,
      metrics: [
        { name: 'http_reqs{scope:api}', type: 'counter', tainted: null, sample: { count } },
        { name: 'http_req_failed{scope:api}', type: 'rate', tainted: null, sample: { rate: failedRate } },
        { name: 'users_active', type: 'counter', tainted: null, sample: { count: 2 } },
      ],
      latency: { p50: 5, p95: 9 },
      usersSet: 2,
      server: null,
    });
  series.add({ atMs: 1_500, metrics: [], latency: null, usersSet: 0, server: null }); // k6 not answering: no point
  poll(2_000, 10, 0);
  poll(4_000, 30, 0.1); // 20 requests in 2 s; 3 of 30 failed, 3 of them in these 2 s
  const { run, points } = series.since(0);
  assert.equal(run, 1_000);
  assert.equal(points.length, 2);
  assert.deepEqual(points[1], {
    t: 3,
    rps: 10,
    errorsPerS: 1.5,
    p50: 5,
    p95: 9,
    usersWorking: 2,
    usersSet: 2,
    cpu: null,
    memoryMb: null,
  });
  assert.equal(points[0]!.rps, null, 'no rate from a single reading');
  assert.deepEqual(series.since(2).points, []);
});

test('a run with no iteration is "no load ran", verdict failed; one with load keeps its outcome', () => {
  const results = (iterations: number | undefined, outcome: Results['run']['outcome']) =>
    ({
      verdict: 'passed',
      run: { scenario: 'interactive', outcome },
      metrics: iterations === undefined ? {} : { iterations: { count: iterations } },
    }) as unknown as Results;
  const none = withoutLoad(results(undefined, 'stopped'));
  assert.equal(none.run.outcome, 'no load ran');
  assert.equal(none.verdict, 'failed');
  assert.match(none.run.outcome_reason!, /before any iteration of load.*nothing was measured \(stopped\)/);
  assert.equal(withoutLoad(results(0, 'completed')).run.outcome, 'no load ran');
  assert.equal(withoutLoad(results(12, 'stopped')).run.outcome, 'stopped');
  assert.equal(withoutLoad(results(12, 'stopped')).verdict, 'passed');
  assert.equal(withoutLoad(results(0, 'aborted')).run.outcome, 'aborted', 'an abort says more');
});
