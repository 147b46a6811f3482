import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, seriousViolations, signIn } from './support/browser.ts';

describe('a member of staff finds their way through the plan', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, inject('baseURL'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const expectAccessible = async () => expect(await seriousViolations(page)).toEqual([]);

  it('opens the overview in German with the four Areas of Action, after signing in', async () => {
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await expectAccessible();
    await signIn(page, 'coordinator');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    for (const title of [
      'Strategische Entwicklung der internationalen Kooperation und Partnerschaften',
      'Internationalisierung und Europäisierung der Stadtverwaltung',
      'Internationale Profilierung und Attraktivität der Landeshauptstadt',
      'Förderung der Weltoffenheit und der Teilhabe der Stadtgesellschaft',
    ]) {
      await expect.poll(() => page.getByRole('heading', { name: title }).count()).toBeGreaterThan(0);
    }
    // index.html's stand-in header has given way to the app's own: one banner, none hidden.
    expect(await page.locator('#boot-header').count()).toBe(0);
    expect(await page.locator('header').count()).toBe(1);
    await expectAccessible();
  });

  it('asks the API who is signed in once per page load, before anything else', async () => {
    const asked: string[] = [];
    const onRequest = (request: Request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/')) asked.push(pathname);
    };
    page.on('request', onRequest);
    try {
      await page.reload();
      // The Areas of Action come with the plan, the page's own data.
      await expect.poll(() => page.getByRole('heading', { name: 'Förderung der Weltoffenheit und der Teilhabe der Stadtgesellschaft' }).count()).toBeGreaterThan(0);
    } finally {
      page.off('request', onRequest);
    }
    // The start-up asks first, the page's guard waits for that same request (src/app/app.tsx).
    expect(asked[0]).toBe('/api/v1/session');
    expect(asked.filter((path) => path === '/api/v1/session')).toHaveLength(1);
    expect(asked).toContain('/api/v1/plan');
  });

  it('shows the header before any script has run', async () => {
    const context = await browser.newContext({ baseURL: inject('baseURL'), javaScriptEnabled: false, locale: 'de-DE' });
    try {
      const bare = await context.newPage();
      await bare.goto('/');
      const header = bare.locator('#boot-header');
      expect(await header.isVisible()).toBe(true);
      expect(await header.textContent()).toContain('Handlungskonzept „Hannover – internationale Stadt“');
    } finally {
      await context.close();
    }
  });

  it('switches to English, and the choice is remembered after a reload', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('heading', { name: "Raising the city's international profile and promoting its appeal" }).first().waitFor();
    await page.reload();
    await page.getByRole('heading', { name: "Raising the city's international profile and promoting its appeal" }).first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectAccessible();
  });

  it('opens measure 3.1 and sees its five activities', async () => {
    await page.getByRole('link', { name: /Attractive international profile/ }).first().click();
    await page.waitForURL('**/measures/3.1');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Attractive international profile');
    // The activities table itself: the history and the working of the progress name activities too.
    const activities = page
      .getByRole('table', { name: 'Activities of measure 3.1 with their status' })
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: /^3\.1\.\d$/ }) });
    await expect.poll(() => activities.count()).toBe(5);
    for (const code of ['3.1.1', '3.1.2', '3.1.3', '3.1.4', '3.1.5']) {
      await expect.poll(() => activities.filter({ hasText: code }).count()).toBe(1);
    }
    await page.getByRole('rowheader', { name: 'application for special European/international status', exact: true }).waitFor();
    await expect.poll(() => page.getByText('membership of EUROCITIES').count()).toBe(0);
    await expectAccessible();
  });

  it('filters the measures list from the URL, and a bookmark shows the same view', async () => {
    await page.goto('/measures?kind=measure&area=3');
    const rows = page.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(5); // a header row and 3.1–3.4
    await expectAccessible();
  });

  it('shows a page that does not exist as such', async () => {
    await page.goto('/measures/9.9');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/not found/i);
    await expectAccessible();
  });
});
