import type { Page } from 'playwright-core';
import { launchChromium } from '../../e2e/support/browser.ts';
import { demoPassword } from './demo-server.ts';

/**
 * Resolves once every chart on the overview has its drawing (a recharts <svg>), the progress over
 * time included. Charts are drawn as they come near the window, so each is scrolled to in turn.
 */
export async function waitForCharts(page: Page) {
  const timeout = 60_000;
  await page.locator('section[aria-labelledby="dashboard-history"] .chart__plot').waitFor({ timeout });
  for (const plot of await page.locator('.chart__plot').all()) {
    await plot.scrollIntoViewIfNeeded({ timeout });
    await plot.locator('svg.recharts-surface').waitFor({ timeout });
  }
}

/**
 * The scripts (paths inside the build) a signed-in user's browser loads to show `path` with its
 * charts drawn, in a fresh browser profile: found by loading the page, not by reading the build.
 */
export async function scriptsLoadedFor(baseUrl: string, username: string, path = '/'): Promise<string[]> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'de-DE' });
    // Signed in before the page opens, so that the login page's scripts are not counted.
    const signIn = await context.request.post('/api/v1/session', { data: { username, password: demoPassword } });
    if (!signIn.ok()) throw new Error(`signing in as ${username} failed: ${signIn.status()}`);
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const { origin, pathname } = new URL(response.url());
      if (origin === new URL(baseUrl).origin && pathname.endsWith('.js')) scripts.add(pathname.slice(1));
    });
    await page.goto(path);
    await waitForCharts(page);
    return [...scripts].sort();
  } finally {
    await browser.close();
  }
}
