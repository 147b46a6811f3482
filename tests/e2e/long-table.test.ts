import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Plan } from '@/contract/plan.ts';
import { launchChromium, openPage, seriousViolations, signIn } from './support/browser.ts';

/** Each measure of the plan this many times (13 × 50 = 650): more than the table shows in full (virtualiseAbove, 500). */
const copies = 50;

/**
 * The plan as the server sends it, with every measure repeated under new codes ("1.1" as 1.1,
 * 1.101, 1.102, …) and titles that say which copy they are: a plan long enough for the table to
 * show only the rows near the viewport, in real Chromium, without a database of that size.
 */
async function longPlan(route: Route) {
  const response = await route.fetch();
  const plan = Plan.parse(await response.json());
  for (const area of plan.areas) {
    area.measures = area.measures.flatMap((measure) =>
      Array.from({ length: copies }, (_, copy) => {
        if (copy === 0) return measure;
        const code = `${measure.code}${String(copy).padStart(2, '0')}`;
        return {
          ...measure,
          code,
          title: { de: `${measure.title.de} (Kopie ${copy})`, en: `${measure.title.en} (copy ${copy})` },
          activities: measure.activities.map((activity, index) => ({ ...activity, code: `${code}.${index + 1}` })),
        };
      }),
    );
  }
  await route.fulfill({ response, json: Plan.parse(plan) });
}

const rowCount = (page: Page) => page.locator('tbody tr[data-row-id]').count();

describe('a long measures table, in Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser, inject('baseURL'));
    await page.route('**/api/v1/plan', longPlan);
    await page.goto('/login?next=%2Fmeasures%3Fkind%3Dmeasure');
    await signIn(page, 'coordinator');
    await page.getByRole('status').filter({ hasText: '650 Maßnahmen' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has all 650 measures as rows, of which only those near the viewport are in the page', async () => {
    expect(await page.getByRole('table').getAttribute('aria-rowcount')).toBe('651');
    await page.locator('thead').scrollIntoViewIfNeeded();
    await page.locator('tbody tr[data-row-id]').first().waitFor();
    const inPage = await rowCount(page);
    expect(inPage).toBeGreaterThan(0);
    expect(inPage).toBeLessThan(40);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows the rows scrolled to, with their text drawn', async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    const row = page.locator('tbody tr[data-row-id]').nth(5);
    await row.waitFor();
    const title = row.locator('th[scope="row"] a');
    expect(await title.isVisible()).toBe(true);
    // Drawn, not a stand-in of the right size: the link's text has its width and fits its cell.
    const [link, cell] = await Promise.all([title.boundingBox(), row.locator('th[scope="row"]').boundingBox()]);
    expect(link?.width).toBeGreaterThan(20);
    expect(link && cell && link.y >= cell.y && link.y + link.height <= cell.y + cell.height + 1).toBe(true);
    // Every row in the page has its code where it is in the plan.
    const codes = await page.locator('tbody tr[data-row-id]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row-id')));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives screen readers the text of every row in the page, in view or not', async () => {
    const cdp = await page.context().newCDPSession(page);
    try {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { name?: { value?: string }; role?: { value?: string } }[] };
      const names = new Set(nodes.filter((node) => node.role?.value === 'rowheader').map((node) => node.name?.value));
      const titles = await page.locator('tbody tr[data-row-id] th[scope="row"]').allTextContents();
      expect(titles.length).toBeGreaterThan(6);
      // The rows kept above and below the viewport too, out of sight.
      for (const title of titles) expect(names).toContain(title);
    } finally {
      await cdp.detach();
    }
  });

  it('finds the copies of a measure by a word of their title', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByLabel('Suche', { exact: true }).fill('Kopie 49');
    await page.getByRole('button', { name: 'Filter anwenden' }).click();
    await page.getByRole('status').filter({ hasText: '13 Maßnahmen' }).waitFor();
    expect(await rowCount(page)).toBe(13);
  });
});
