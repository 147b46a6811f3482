/**
 * Drives the measures table and its floor in Chromium and collects the in-page timings of
 * in-page.js: first rows after a navigation, a press of a sort button, and a search applied and
 * cleared, each at the CPU slowdowns asked for. App and floor take turns, step by step, in the same
 * browser, so that whatever else the machine is doing weighs on both.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loginPath } from '@/features/auth/utils/next-path.ts';
import { signIn } from '../../e2e/support/browser.ts';
import { floorPath, routeFloor } from './floor.ts';

export type Samples = { load: number[]; sort: number[]; search: number[]; clear: number[] };
export type Side = 'app' | 'floor';
export type TableTimings = { rate: number; side: Side; samples: Samples }[];

export type TableRunOptions = {
  browser: Browser;
  baseURL: string;
  account: { username: string; password: string };
  floorDir: string;
  /** The page's search, e.g. "kind=measure" for the measures without their activities. */
  query: string;
  /** Navigations per side and speed; sort and search are repeated at least 5 times. */
  runs: number;
  /** CPU slowdown factors, 1 being none. */
  rates: readonly number[];
  log: (line: string) => void;
};

const inPageScript = new URL('./in-page.js', import.meta.url).pathname;

async function newContext(browser: Browser, baseURL: string, storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) {
  const context = await browser.newContext({ baseURL, locale: 'de-DE', viewport: { width: 1280, height: 900 }, storageState });
  await context.addInitScript({ path: inPageScript });
  return context;
}

/** Lets what a change set off after its frame (the URL following, measuring rows) finish before the next. */
const settle = (page: Page) => page.evaluate('new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve, { timeout: 2000 }), 100))');

type Tab = { page: Page; path: string };

/**
 * Every step on each page in turn (app, then floor), so that a busy moment on the machine weighs
 * on both sides rather than on whichever ran then.
 */
async function measureInTurn(tabs: readonly Tab[], runs: number, term: string): Promise<Samples[]> {
  const samples: Samples[] = tabs.map(() => ({ load: [], sort: [], search: [], clear: [] }));
  const inTurn = async (what: keyof Samples, step: (tab: Tab) => Promise<number>) => {
    for (const [index, tab] of tabs.entries()) {
      (samples[index] as Samples)[what].push(await step(tab));
      await settle(tab.page);
    }
  };
  for (let run = 0; run < runs; run++) {
    await inTurn('load', async ({ page, path }) => {
      await page.goto(path);
      return page.evaluate<number>('benchTable.firstRows()');
    });
  }
  const repeats = Math.max(5, runs);
  // Whole rounds of ascending, descending, plan order, so that the page ends as it began.
  for (let press = 0; press < 3 * Math.ceil(repeats / 3); press++) await inTurn('sort', ({ page }) => page.evaluate<number>('benchTable.sort()'));
  for (let run = 0; run < repeats; run++) {
    await inTurn('search', ({ page }) => page.evaluate<number>(`benchTable.filter(${JSON.stringify(term)})`));
    await inTurn('clear', ({ page }) => page.evaluate<number>("benchTable.filter('')"));
  }
  return samples;
}

export async function measureTables(options: TableRunOptions): Promise<{ timings: TableTimings; term: string }> {
  const { browser, baseURL, account, floorDir, query, runs, rates, log } = options;
  const pages = { app: `/measures?${query}`, floor: `${floorPath}?${query}` };
  const appContext = await newContext(browser, baseURL);
  let floorContext: BrowserContext | undefined;
  try {
    // Signed in on the way to the table, so that no other page asks the server for its data. This
    // first visit of each page, like the floor's below, is not measured: it compiles scripts and fills caches.
    const app = await appContext.newPage();
    app.on('pageerror', (error) => log(`page error: ${error.message}`));
    await app.goto(loginPath(pages.app));
    await signIn(app, account.username, account.password);
    await app.evaluate('benchTable.firstRows()');
    const term = await app.evaluate<string | null>('benchTable.searchTerm()');
    if (!term) throw new Error('No search word in the titles shown');

    floorContext = await newContext(browser, baseURL, await appContext.storageState());
    await routeFloor(floorContext, floorDir);
    const floor = await floorContext.newPage();
    floor.on('pageerror', (error) => log(`page error: ${error.message}`));
    await floor.goto(pages.floor);
    await floor.evaluate('benchTable.firstRows()');

    const tabs = [
      { side: 'app' as const, page: app, path: pages.app, cdp: await appContext.newCDPSession(app) },
      { side: 'floor' as const, page: floor, path: pages.floor, cdp: await floorContext.newCDPSession(floor) },
    ];
    const timings: TableTimings = [];
    for (const rate of rates) {
      log(`table: app and floor at ${rate}× CPU slowdown`);
      for (const tab of tabs) await tab.cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const samples = await measureInTurn(tabs, runs, term);
      tabs.forEach((tab, index) => timings.push({ rate, side: tab.side, samples: samples[index] as Samples }));
    }
    return { timings, term };
  } finally {
    await floorContext?.close();
    await appContext.close();
  }
}
