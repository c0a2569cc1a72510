// npm run ui as a new user meets it, in real headless Chromium with real k6: Start with the page's
// defaults on the demo platform brings the first user to work within 5 s (measured and printed);
// the status line goes starting → running → finished and never shows an error that no longer
// holds; the charts have points for the run's seconds; the per-endpoint CSV and results.json
// download. Against a platform whose dataset takes a while, the status line says how far setup
// has got, and a run stopped there is "no load ran", never "passed".
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import type { Session } from '../../runner/interactive/session.ts';
import { type DemoPlatform, startDemoPlatform } from '../../runner/run/demo-process.ts';
import { openUiPage } from '../helpers/browser.ts';
import { freePort } from '../helpers/net.ts';
import { runScript, type ScriptRun } from '../helpers/spawn.ts';
import { skipUnless } from '../helpers/tools.ts';
import { until, untilOk } from '../helpers/wait.ts';

const root = mkdtempSync(join(tmpdir(), 'ui-status-test-'));
after(() => rmSync(root, { recursive: true, force: true }));

type UiState = ReturnType<Session['state']>;
const json = async <T>(url: string) => (await fetch(url)).json() as Promise<T>;

/** What the status line and the message showed, every change, recorded in the page itself. */
interface Shown {
  phase: string;
  text: string;
  bad: boolean;
  message: string;
}

/** Records every change of the status line and the message (a MutationObserver: no change is missed between polls). */
const RECORD_STATUS = `(() => {
  globalThis.shown = [];
  const status = document.getElementById('status');
  const message = document.getElementById('message');
  const note = () => {
    const now = { phase: status.dataset.phase || '', text: status.textContent || '', bad: status.className === 'bad', message: message.textContent || '' };
    const last = globalThis.shown.at(-1);
    if (!last || last.phase !== now.phase || last.bad !== now.bad || last.message !== now.message) globalThis.shown.push(now);
    else last.text = now.text;
  };
  for (const el of [status, message])
    new MutationObserver(note).observe(el, { childList: true, characterData: true, subtree: true, attributes: true });
  note();
})()`;
const recordStatus = (page: Page) => page.evaluate(RECORD_STATUS);
/** What the page showed from this run's start on (before it: how the last run ended). */
const shown = async (page: Page) => {
  const all = await page.evaluate(() => (globalThis as unknown as { shown: Shown[] }).shown);
  return all.slice(
    Math.max(
      0,
      all.findIndex((s) => s.phase !== 'finished' && s.phase !== 'idle'),
    ),
  );
};
const phases = (list: Shown[]) => list.map((s) => s.phase).filter((p, i, all) => p !== all[i - 1]);

/** Whether `wanted` appear in this order in `seen` (others may come between). */
function inOrder(seen: string[], wanted: string[]): boolean {
  let at = 0;
  for (const phase of wanted) {
    at = seen.indexOf(phase, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** No status or message after k6 first answered says k6 failed to answer or is still starting. */
function assertNoStaleError(list: Shown[]): void {
  for (const s of list) {
    assert.ok(!s.bad, `a status in error: ${JSON.stringify(s)}`);
    assert.doesNotMatch(`${s.text} ${s.message}`, /fetch failed|may still be starting/, JSON.stringify(s));
  }
}

async function k6Count(rest: string, name: string): Promise<number> {
  const res = await fetch(`${rest}/v1/metrics/${encodeURIComponent(name)}`).catch(() => null);
  if (!res?.ok) return 0;
  return (
    ((await res.json()) as { data: { attributes: { sample: { count?: number } } } }).data.attributes.sample.count ?? 0
  );
}

describe('npm run ui: fast start, an honest status line, charts', { skip: skipUnless('chromium', 'chromium') }, () => {
  let ui: ScriptRun;
  let url: string;
  let browser: BrowserContext;
  let page: Page;
  let slow: DemoPlatform;

  before(async () => {
    const port = await freePort();
    // Every run makes its dataset anew on the slow platform (a chapter takes 4 s): setup takes a while there.
    ui = runScript(
      'runner/cli/ui.ts',
      ['--port', String(port), '--reports-dir', join(root, 'reports')],
      { PERFORMANCE_THINK_TIME: '0.2-0.5', GENERATION_CHAPTERS: '1', K6_NO_USAGE_REPORT: 'true' },
      300_000,
    );
    url = `http://127.0.0.1:${port}/`;
    [slow] = await Promise.all([
      startDemoPlatform({ env: { DEMO_CHAPTER_MS: '4000' } }),
      untilOk(url, 20_000, `the page on ${url}`),
    ]);
    ({ browser, page } = await openUiPage(join(root, 'chromium-profile'), url, { height: 1400, downloads: true }));
  });
  after(async () => {
    await browser?.close();
    if (ui && ui.child.exitCode === null) ui.child.kill('SIGINT');
    await ui?.done;
    await slow?.stop();
  });

  const start = async (fields: Record<string, string>) => {
    const form = {
      target: '',
      weights: '70/20/10',
      users: '10',
      spawnRate: '2',
      duration: '',
      poolVus: '100',
      ...fields,
    };
    for (const [id, value] of Object.entries(form)) await page.fill(`#${id}`, value);
    await recordStatus(page);
    await page.click('#start');
  };
  const finished = () =>
    until(
      () => json<UiState>(`${url}api/state`),
      (s) => !s.running && s.finished !== null,
      90_000,
      'the run finishing',
    );

  test('the defaults on the demo: a user at work within 5 s of Start, charts over time, downloads', async () => {
    const clicked = Date.now();
    await start({});
    const { run } = await until(
      () => json<UiState>(`${url}api/state`),
      (s) => s.run !== null,
      2000,
      'a run going',
    );
    const firstUser = await until(
      async () => ((await k6Count(run!.restUrl, 'users_active')) > 0 ? Date.now() - clicked : null),
      (ms) => ms !== null,
      30_000,
      'a user at work',
    );
    const firstRequest = await until(
      async () => ((await k6Count(run!.restUrl, 'http_reqs{scope:api}')) > 0 ? Date.now() - clicked : null),
      (ms) => ms !== null,
      5000,
      'an API request',
    );
    console.log(`# Start to the first user at work: ${firstUser} ms (first API request counted by ${firstRequest} ms)`);
    assert.ok(firstUser! < 5000, `the first user started working ${firstUser} ms after Start`);

    // Ten seconds of load: every chart has points, one a second (docs/interactive-charts.png is this screenshot).
    const points = await until(
      () => page.evaluate(() => (globalThis as unknown as { chartPoints: Record<string, number> }).chartPoints),
      (p) => ['chart-rps', 'chart-latency', 'chart-users', 'chart-server'].every((id) => (p[id] ?? 0) >= 8),
      40_000,
      'points on every chart',
    );
    console.log(`# chart points: ${JSON.stringify(points)}`);
    await until(
      () => page.locator('#status').innerText(),
      (t) => /running: 10 of 10 user\(s\) working/.test(t),
      20_000,
      'ten users working on the status line',
    );
    mkdirSync('test-artifacts', { recursive: true });
    await page.screenshot({ path: 'test-artifacts/interactive-charts.png', fullPage: true });

    const download = page.waitForEvent('download');
    await page.click('#download-csv');
    const csv = readFileSync((await (await download).path())!, 'utf8')
      .trim()
      .split('\n');
    assert.equal(csv[0], 'endpoint,p50_ms,p95_ms,p99_ms,max_ms');
    assert.ok(
      csv.some((line) => /^login,[\d.]+,[\d.]+,/.test(line)),
      csv.join('\n'),
    );

    await page.click('#stop');
    const done = await finished();
    assert.equal(done.finished!.outcome, 'stopped');
    await until(
      () => page.locator('#status').getAttribute('data-phase'),
      (p) => p === 'finished',
      5000,
      'finished on the status line',
    );
    const seen = await shown(page);
    // (stopping lasts well under the page's 1 s poll on the demo: not asked for)
    assert.ok(inOrder(phases(seen), ['starting', 'running', 'finished']), JSON.stringify(phases(seen)));
    assertNoStaleError(seen);
    // The charts keep the run after it ended.
    const kept = await page.evaluate(
      () => (globalThis as unknown as { chartPoints: Record<string, number> }).chartPoints,
    );
    assert.ok(kept['chart-rps']! >= points['chart-rps']!, JSON.stringify(kept));

    const results = page.waitForEvent('download');
    await page.click('#results-link');
    const file = JSON.parse(readFileSync((await (await results).path())!, 'utf8'));
    assert.equal(file.run.outcome, 'stopped');
    assert.equal(file.run.scenario, 'interactive');
  });

  test('a slow setup says how far it has got; stopped there, the run is "no load ran"', async () => {
    await start({ target: slow.url, users: '2', poolVus: '3' });
    // The platform has no dataset: setup makes it, and the status line says so while it does.
    const preparing = await until(
      () => page.locator('#status').innerText(),
      (t) => /preparing the run \(k6's setup\): dataset: /.test(t),
      30_000,
      'setup progress on the status line',
    );
    assert.match(preparing, /dataset: (checking \d+ account\(s\)|\d+ of \d+ )/);
    await page.click('#stop');
    const done = await finished();
    assert.equal(done.finished!.outcome, 'no load ran');
    assert.equal(done.finished!.verdict, 'failed');
    await until(
      () => page.locator('#links').innerText(),
      (t) => /report of the last run \(no load ran\)/.test(t),
      5000,
      '"no load ran" beside the report link',
    );
    assert.match(await page.locator('#status').innerText(), /^finished: no load ran/);
    const seen = await shown(page);
    // (k6 starts within the page's 1 s poll against a platform already up: starting is not asked for)
    assert.ok(inOrder(phases(seen), ['preparing', 'finished']), JSON.stringify(phases(seen)));
    assert.ok(!seen.some((s) => /passed/.test(s.text)), 'never "passed"');
    assertNoStaleError(seen);
    const results = JSON.parse(readFileSync(join(done.finished!.runDir, 'results.json'), 'utf8'));
    assert.equal(results.run.outcome, 'no load ran');
  });
});
