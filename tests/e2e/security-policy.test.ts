import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, signIn } from './support/browser.ts';

type Violation = { directive: string; blocked: string; source: string };

declare global {
  interface Window {
    cspViolations?: Violation[];
  }
}

/**
 * The other end-to-end tests let axe into the page by bypassing the Content Security Policy.
 * Here the policy stands, as in a person's browser, and every page must work without breaking it.
 */
describe('the app under its own Content Security Policy', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  const violations = () => page.evaluate(() => window.cspViolations ?? []);

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext({ baseURL: inject('baseURL'), locale: 'de-DE', acceptDownloads: true });
    // Set up by the browser before any of the page's own scripts, so nothing is missed.
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations?.push({ directive: event.violatedDirective, blocked: event.blockedURI, source: event.sourceFile });
      });
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in and draws the overview with its charts', async () => {
    await page.goto('/login');
    await signIn(page, 'coordinator');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('figure', { name: 'Phasen der Maßnahmen je Handlungsfeld' }).locator('svg').first().waitFor();
    expect(await violations()).toEqual([]);
  });

  it('starts the worker that readies the browser for formatting dates and numbers', async () => {
    const worker = page.waitForEvent('worker', (started) => /\/assets\/warm-up-intl\.worker-[\w-]+\.js$/.test(started.url()));
    await page.goto('/');
    await worker;
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    expect(await violations()).toEqual([]);
  });

  it('opens a measure with its forms', async () => {
    await page.goto('/measures/3.1');
    await page.getByRole('region', { name: 'Sachstand berichten' }).waitFor();
    expect(await violations()).toEqual([]);
  });

  it('exports the measures table as CSV and as Excel', async () => {
    await page.goto('/measures');
    await page.getByRole('button', { name: 'CSV' }).waitFor();
    for (const name of ['CSV', 'Excel (XLSX)']) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name }).click();
      expect((await download).suggestedFilename()).toMatch(name === 'CSV' ? /\.csv$/ : /\.xlsx$/);
    }
    expect(await violations()).toEqual([]);
  });

  it('shows the API reference, served from this server alone', async () => {
    await page.goto('/api/v1/docs');
    await page.getByText('/api/v1/measures/{code}').first().waitFor();
    expect(await violations()).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
