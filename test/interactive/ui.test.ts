// npm run ui end to end, in real headless Chromium against the real demo platform and real k6:
// start 5 users, raise to 20 (read back through k6's REST API), pause, resume, stop, and the run
// folder; the refusals beside their fields; one run at a time; the idle stop and Ctrl-C.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import type { Finished, Session } from '../../runner/interactive/session.ts';
import { openUiPage } from '../helpers/browser.ts';
import { freePort } from '../helpers/net.ts';
import { assertValidResults } from '../helpers/results-schema.ts';
import { runScript, type ScriptRun } from '../helpers/spawn.ts';
import { skipUnless } from '../helpers/tools.ts';
import { answers, until, untilOk } from '../helpers/wait.ts';

const root = mkdtempSync(join(tmpdir(), 'ui-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

const RUN_ENV = { PERFORMANCE_THINK_TIME: '0.2-0.5', GENERATION_CHAPTERS: '1', K6_NO_USAGE_REPORT: 'true' };

/** What GET /api/state answers. */
type UiState = ReturnType<Session['state']>;
/** GET /v1/metrics/<name> of k6's REST API. */
interface K6MetricAnswer {
  data: { attributes: { sample: Record<string, number>; tainted: boolean | null } };
}

async function startUi(args: string[], reportsDir: string): Promise<{ ui: ScriptRun; url: string }> {
  const port = await freePort();
  const ui = runScript(
    'runner/cli/ui.ts',
    ['--port', String(port), '--reports-dir', reportsDir, ...args],
    RUN_ENV,
    300_000,
  );
  const url = `http://127.0.0.1:${port}/`;
  await untilOk(url, 20_000, `the page on ${url}`);
  return { ui, url };
}

const json = async <T>(url: string, init?: RequestInit) => (await fetch(url, init)).json() as Promise<T>;
const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
/** A metric as k6's REST API serves it for the running test. */
async function k6Metric(restUrl: string, name: string): Promise<Record<string, number> | undefined> {
  const res = await fetch(`${restUrl}/v1/metrics/${encodeURIComponent(name)}`);
  return res.ok ? ((await res.json()) as K6MetricAnswer).data.attributes.sample : undefined;
}

/** npm run ui on its page, as the tests drive it. */
interface Ui {
  page: Page;
  /** The page's address, ending in a slash. */
  url: string;
}

const fill = async ({ page }: Ui, fields: Record<string, string>) => {
  for (const [id, value] of Object.entries(fields)) await page.fill(`#${id}`, value);
};
const usersActive = (rest: string, count: number, timeoutMs: number, what: string) =>
  until(
    () => k6Metric(rest, 'users_active'),
    (s) => s?.count === count,
    timeoutMs,
    what,
  );
async function apiRequests(rest: string): Promise<number> {
  const count = (await k6Metric(rest, 'http_reqs{scope:api}'))?.count;
  assert.ok(count !== undefined, 'k6 serves http_reqs{scope:api}');
  return count;
}

/** Starts 5 users from the form; resolves to k6's REST address once k6 counts them working. */
async function startFiveUsers(ui: Ui): Promise<string> {
  const { page, url } = ui;
  await fill(ui, { target: '', weights: '70/20/10', users: '5', spawnRate: '5', duration: '', poolVus: '25' });
  await page.click('#start');
  await until(
    () => page.locator('#error-users').innerText(),
    (t) => t === '',
    2000,
    'no field errors',
  );
  const state = await until(
    () => json<UiState>(`${url}api/state`),
    (s) => s.running,
    5000,
    'a run going',
  );
  const rest = state.run!.restUrl;
  assert.match(rest, /^http:\/\/127\.0\.0\.1:\d+$/, 'k6 REST API on loopback only');
  // Requests flowing, as the page shows them.
  await until(
    () => page.locator('#rps').innerText(),
    (t) => Number(t) > 1,
    60_000,
    'requests per second on the page',
  );
  // Five users working, as k6 itself counts them (the sum of its VUs' users_active).
  await usersActive(rest, 5, 30_000, "k6's users_active at 5");
  // The report samples the users set once a second: hold 5 across at least one whole second of it,
  // or the raise to 20 may land inside the second the ramp reached 5 and the chart never shows 5.
  await new Promise((r) => setTimeout(r, 2500));
  return rest;
}

/** A second start is refused while the run goes; Apply raises the users to 20, and k6 and the page follow. */
async function raiseToTwenty(ui: Ui, rest: string): Promise<void> {
  const second = await post(`${ui.url}api/start`, { users: 1, spawnRate: 1 });
  assert.equal(second.status, 409);
  assert.match(((await second.json()) as { error: string }).error, /already going.*one run at a time/);
  await fill(ui, { users: '20', spawnRate: '5' });
  await ui.page.click('#apply');
  await usersActive(rest, 20, 20_000, "k6's users_active following to 20");
  await until(
    () => ui.page.locator('#users-now').innerText(),
    (t) => t.startsWith('20 / 20'),
    5000,
    'the page showing 20 users',
  );
}

/** p99 per endpoint from k6's dashboard stream; each gated metric with its expressions and k6's verdict. */
async function assertLiveFigures({ page, url }: Ui, rest: string): Promise<void> {
  const figures = await until(
    () => json<UiState>(`${url}api/state`),
    (s) => s.run?.figures?.endpoints.some((e) => (e.p99 ?? 0) > 0) ?? false,
    30_000,
    "k6's dashboard figures",
  );
  assert.deepEqual(figures.run!.figures!.expressions['http_req_duration{scope:api}'], ['p(95)<200', 'p(99)<500']);
  await until(
    () => page.locator('#endpoints tbody tr td:nth-child(4)').first().innerText(),
    (t) => / ms$/.test(t),
    5000,
    'p99 on the page',
  );
  const verdictRow = page.locator('#thresholds tbody tr', { hasText: 'http_req_duration{scope:api}' });
  await until(
    () => verdictRow.innerText(),
    (t) => /p\(95\)<200, p\(99\)<500/.test(t),
    5000,
    'the metric with its expressions on the page',
  );
  const verdicts = async () => ({
    page: await verdictRow.getAttribute('class'),
    k6: (await json<K6MetricAnswer>(`${rest}/v1/metrics/${encodeURIComponent('http_req_duration{scope:api}')}`)).data
      .attributes.tainted
      ? 'fail'
      : 'pass',
  });
  await until(verdicts, (v) => v.page === v.k6, 5000, "the page's verdict matching k6's");
  mkdirSync('test-artifacts', { recursive: true });
  await page.screenshot({ path: 'test-artifacts/interactive-page.png', fullPage: true });
}

/** Pause holds every user (only the health probe goes on); Resume brings the 20 back to work. */
async function pauseAndResume({ page }: Ui, rest: string): Promise<void> {
  await page.click('#pause');
  await usersActive(rest, 0, 30_000, 'every user holding after pause');
  const before = await apiRequests(rest);
  await new Promise((r) => setTimeout(r, 4000));
  const during = (await apiRequests(rest)) - before;
  // Only the health probe (1/s, a monitor, not a user) goes on while paused.
  assert.ok(during <= 6, `${during} API requests in 4 s while paused`);
  await page.click('#resume');
  await usersActive(rest, 20, 20_000, 'users working again after resume');
  const resumed = await apiRequests(rest);
  await until(
    () => apiRequests(rest),
    (count) => count > resumed + 10,
    10_000,
    'requests flowing after resume',
  );
}

/** Stop ends the run; resolves to what the page's state says of the finished run. */
async function stop({ page, url }: Ui): Promise<Finished> {
  await page.click('#stop');
  const done = await until(
    () => json<UiState>(`${url}api/state`),
    (s) => !s.running && s.finished !== null,
    90_000,
    'the run finishing',
  );
  assert.equal(done.finished!.outcome, 'stopped');
  await until(
    () => page.locator('#report-link').count(),
    (n) => n === 1,
    5000,
    'the report link on the page',
  );
  return done.finished!;
}

/** The report the page links to draws the users set and working; results.json holds the timeline of the change. */
async function assertRunFolder(url: string, finished: Finished): Promise<void> {
  const report = await fetch(`${url}runs/${finished.report}/report.html`);
  assert.equal(report.status, 200);
  const html = await report.text();
  assert.match(html, /course-perf <code>interactive<\/code>/);
  // The report's VU chart: the users the person set, and k6's users_active summed over time.
  const series = JSON.parse(/<script type="application\/json" id="series">(.*?)<\/script>/s.exec(html)![1]!);
  assert.ok(
    series.usersSet.includes(5) && series.usersSet.includes(20),
    `users set: 5 then 20 in ${JSON.stringify(series.usersSet)}`,
  );
  assert.equal(Math.max(...series.usersWorking), 20, 'users working reached 20');

  const results = JSON.parse(readFileSync(join(finished.runDir, 'results.json'), 'utf8'));
  assertValidResults(results);
  assert.equal(results.run.outcome, 'stopped');
  assert.equal(results.run.k6_exit_code, 103);
  const timeline: { users: number; paused: boolean }[] = results.interactive.users_timeline;
  const at5 = timeline.findIndex((p) => p.users === 5 && !p.paused);
  const at20 = timeline.findIndex((p) => p.users === 20 && !p.paused);
  const paused = timeline.findIndex((p) => p.users === 20 && p.paused);
  assert.ok(
    at5 >= 0 && at20 > at5 && paused > at20 && timeline.slice(paused + 1).some((p) => p.users === 20 && !p.paused),
    JSON.stringify(timeline),
  );
  assert.ok(
    results.endpoints.length > 3 && results.resources.memory_mb_peak > 0,
    'the usual figures and the server resources',
  );
}

describe('npm run ui in headless Chromium', { skip: skipUnless('chromium', 'chromium') }, () => {
  let ui: ScriptRun;
  let url: string;
  let browser: BrowserContext;
  let page: Page;
  const reportsDir = join(root, 'reports');

  before(async () => {
    ({ ui, url } = await startUi([], reportsDir));
    ({ browser, page } = await openUiPage(join(root, 'chromium-profile'), url, { height: 1100 }));
  });
  after(async () => {
    await browser?.close();
    if (ui && ui.child.exitCode === null) ui.child.kill('SIGINT');
    await ui?.done;
  });

  const fieldError = (field: string) => page.locator(`#error-${field}`).innerText();

  test('bad input: a message beside the field, and nothing starts', async () => {
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ users: '0' }, 'users', /whole number from 1 to 100, got 0/],
      [{ users: 'lots' }, 'users', /expected a whole number/],
      [{ users: '5000' }, 'users', /at most the pool, 100/],
      [{ poolVus: '100000' }, 'poolVus', /from 1 to 2000/],
      [{ spawnRate: '0' }, 'spawnRate', /above 0/],
      [{ spawnRate: 'fast' }, 'spawnRate', /above 0/],
      [{ duration: '1m' }, 'durationS', /whole number/],
      [{ weights: '50/50/50' }, 'weights', /PERFORMANCE_USER_WEIGHTS/],
      [
        { target: 'https://prod.example.com' },
        'target',
        /refusing to run "interactive" against https:\/\/prod\.example\.com: prod\.example\.com is not a loopback address.*PERFORMANCE_ALLOWED_HOSTS/,
      ],
      [{ target: `http://127.0.0.1:${await freePort()}` }, 'target', /does not answer \(ECONNREFUSED\)/],
    ];
    for (const [fields, field, message] of cases) {
      await fill(
        { page, url },
        {
          target: '',
          weights: '70/20/10',
          users: '5',
          spawnRate: '5',
          duration: '',
          poolVus: '100',
          ...fields,
        },
      );
      await page.click('#start');
      await until(
        () => fieldError(field),
        (text) => message.test(text),
        5000,
        `the ${field} message for ${JSON.stringify(fields)}`,
      );
      assert.equal(
        (await json<UiState>(`${url}api/state`)).running,
        false,
        `nothing started for ${JSON.stringify(fields)}`,
      );
    }
  });

  test('start 5 users, raise to 20, pause, resume, stop: k6 follows, and the run folder holds the change', async () => {
    const onPage = { page, url };
    const rest = await startFiveUsers(onPage);
    await raiseToTwenty(onPage, rest);
    await assertLiveFigures(onPage, rest);
    await pauseAndResume(onPage, rest);
    await assertRunFolder(url, await stop(onPage));
    assert.ok(!(await answers(rest)), "k6's REST API is gone with k6");
  });
});

test('a run without a duration stops when no page is open; Ctrl-C of npm run ui stops everything it started', {
  skip: skipUnless('chromium', 'chromium'),
}, async () => {
  const { ui, url } = await startUi(['--idle-stop', '4'], join(root, 'idle-reports'));
  let log = '';
  ui.child.stdout!.on('data', (chunk: Buffer) => (log += chunk));
  try {
    // Started with no page reading the state (that is what keeps a run alive): the idle stop ends it.
    assert.equal((await post(`${url}api/start`, { users: 2, spawnRate: 2, poolVus: 2 })).status, 200);
    await until(
      async () => log,
      (text) => /run finished/.test(text),
      90_000,
      'the idle stop',
    );
    assert.match(log, /stopping the run: no page has been connected for 4 s/);
    assert.match(log, /run finished \(outcome: stopped, verdict: (passed|failed)\)/);

    assert.equal((await post(`${url}api/start`, { users: 2, spawnRate: 2, poolVus: 2, duration: 600 })).status, 200);
    const running = await until(
      () => json<UiState>(`${url}api/state`),
      (s) => s.run?.live?.status?.running === true,
      60_000,
      'k6 running',
    );
    ui.child.kill('SIGINT');
    const exit = await ui.done;
    assert.equal(exit.code, 0, exit.stderr.slice(-2000));
    assert.ok(!(await answers(running.run!.restUrl)), 'k6 stopped');
    assert.ok(!(await answers(`${running.run!.target}/health`)), 'the demo platform stopped');
    assert.ok(!(await answers(url)), 'the page stopped');
  } finally {
    if (ui.child.exitCode === null) ui.child.kill('SIGKILL');
  }
});
