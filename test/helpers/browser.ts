// A report page in headless Chromium as the tests open it: offline (a report must be
// self-contained), with every script error and console error collected for the test to assert on.
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './tools.ts';

export interface ReportPage {
  page: Page;
  /** Uncaught errors and console errors, in order; a good page leaves this empty. */
  errors: string[];
}

/** Opens `file` in a new page of `browser`; every request but file: ones is refused. */
export async function openReport(
  browser: Browser,
  file: string,
  viewport = { width: 1200, height: 1400 },
): Promise<ReportPage> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(/^(?!file:)/, (route) => route.abort());
  await page.goto(pathToFileURL(file).href);
  return { page, errors };
}

/** How many points each chart drew, by the chart's element id (the report's own `chartPoints`). */
export function chartPoints(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => (globalThis as unknown as { chartPoints: Record<string, number> }).chartPoints);
}

/** The interactive page at `url` in a headless Chromium of its own (profile in `profileDir`). */
export async function openUiPage(
  profileDir: string,
  url: string,
  { height, downloads = false }: { height: number; downloads?: boolean },
): Promise<{ browser: BrowserContext; page: Page }> {
  const browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: downloads,
    viewport: { width: 1150, height },
  });
  const page = await browser.newPage();
  await page.goto(url);
  return { browser, page };
}
