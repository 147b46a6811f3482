import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, seriousViolations, signIn } from './support/browser.ts';
import { pdfPages } from './support/pdf-text.ts';

const narrative = 'Städtepartnerschaftstag 2027: Programm mit den Partnerstädten abgestimmt.';

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await openPage(browser, inject('baseURL'));
  await page.goto('/login');
  await signIn(page, username);
  await page.waitForURL((url) => url.pathname === '/');
  return page;
}

/** The overview's key figure with the given label, e.g. "in Umsetzung", as a number. */
async function keyFigure(page: Page, label: string): Promise<number> {
  const figure = page.getByRole('main').getByRole('link', { name: new RegExp(`^\\d+ ${label}$`) });
  return Number((await figure.textContent())?.trim().split(/\s/)[0]);
}

/** A chart's "show as table" alternative: opened, and the cell for one row and one column read. */
async function chartTableCell(page: Page, chartName: string, rowHeader: RegExp, columnHeader: string): Promise<number> {
  const chart = page.getByRole('figure', { name: chartName });
  const toggle = chart.getByRole('button', { name: /^(Als Tabelle anzeigen|Tabelle ausblenden)$/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const table = chart.getByRole('table', { name: chartName });
  await table.waitFor();
  const headers = await table.getByRole('columnheader').allTextContents();
  const column = headers.findIndex((header) => header.trim() === columnHeader);
  expect(column, `column "${columnHeader}" among ${headers.join(' | ')}`).toBeGreaterThan(0);
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: rowHeader }) });
  // A figure with measures behind it is a link, which also names its row and column for screen readers.
  return Number.parseInt((await row.getByRole('cell').nth(column - 1).textContent()) ?? '', 10);
}

describe('council members see the plan at a glance, and a committee gets it on paper', () => {
  let browser: Browser;
  let council: Page;
  let before: { inProgress: number; areaOneInProgress: number };

  beforeAll(async () => {
    browser = await launchChromium();
    council = await signedIn(browser, 'council');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the council the overview with its charts, each with a table of the same numbers', async () => {
    await council.getByRole('heading', { level: 1 }).waitFor();
    const phases = 'Phasen der Maßnahmen je Handlungsfeld';
    await council.getByRole('figure', { name: phases }).locator('svg').first().waitFor();
    before = {
      inProgress: await keyFigure(council, 'in Umsetzung'),
      areaOneInProgress: await chartTableCell(council, phases, /^1\b/, 'In Umsetzung'),
    };
    expect(before.inProgress).toBeGreaterThanOrEqual(before.areaOneInProgress);
    expect(await seriousViolations(council)).toEqual([]);
  });

  it('reflects what a coordinator reports on measure 1.2, in the figures, the charts and the recent updates', async () => {
    const coordinator = await signedIn(browser, 'coordinator');
    await coordinator.goto('/measures/1.2');
    const form = coordinator.getByRole('region', { name: 'Sachstand berichten' });
    await form.getByRole('button', { name: 'Sachstand speichern' }).waitFor();
    expect(await form.getByLabel('Phase', { exact: true }).inputValue()).toBe('not_started');
    await form.getByLabel('Phase', { exact: true }).selectOption({ label: 'In Umsetzung' });
    await form.getByLabel('Ampel', { exact: true }).selectOption({ label: 'Im Plan' });
    await form.getByLabel('Sachstandsbericht').fill(narrative);
    await form.getByRole('button', { name: 'Sachstand speichern' }).click();
    await coordinator.getByText('Der Sachstand ist gespeichert.').waitFor();
    await coordinator.context().close();

    await council.reload();
    const recent = council.getByRole('region', { name: /^Zuletzt aktualisiert/ });
    await recent.getByRole('link', { name: /^1\.2 / }).waitFor();
    expect(await keyFigure(council, 'in Umsetzung')).toBe(before.inProgress + 1);
    const phases = 'Phasen der Maßnahmen je Handlungsfeld';
    expect(await chartTableCell(council, phases, /^1\b/, 'In Umsetzung')).toBe(before.areaOneInProgress + 1);
    expect(await seriousViolations(council)).toEqual([]);
  });

  it('leads from a bar of the chart to the measures behind it', async () => {
    const phases = council.getByRole('figure', { name: 'Phasen der Maßnahmen je Handlungsfeld' });
    const table = phases.getByRole('table');
    const row = table.getByRole('row').filter({ has: council.getByRole('rowheader', { name: /^1\b/ }) });
    await row.getByRole('link', { name: /In Umsetzung/ }).first().click();
    await council.waitForURL((url) => url.pathname === '/measures' && url.searchParams.get('phase') === 'in_progress');
    expect(new URL(council.url()).searchParams.get('area')).toBe('1');
    // The measures table itself (not the overview still showing while the page loads): 1.2 is in it.
    await council.getByRole('heading', { level: 1, name: 'Maßnahmen' }).waitFor();
    await council.getByRole('table').getByRole('cell', { name: 'Maßnahme 1.2', exact: true }).waitFor();
  });

  it("shows the department head their department's measures with the latest narrative", async () => {
    const head = await signedIn(browser, 'head');
    await head.getByRole('navigation').getByRole('link', { name: 'Mein Fachbereich' }).click();
    await head.waitForURL('**/departments/international-affairs');
    await head.getByText(narrative).first().waitFor();
    expect(await seriousViolations(head)).toEqual([]);
    await head.context().close();
  });

  it("shows the overview with its own stylesheet already applied", async () => {
    // The page's stylesheet must be in before its first frame, however slow it comes: vite.config.ts
    // preloads a lazy page's CSS (not its scripts), and the page waits for it. Read at the moment
    // the key figures first appear in the page.
    const context = await browser.newContext({ baseURL: inject('baseURL'), locale: 'de-DE', storageState: await council.context().storageState() });
    await context.route(/\/assets\/overview-[\w-]+\.css$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.continue();
    });
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const figures = document.querySelector('.plan-figures');
        if (!figures) return;
        (window as unknown as { firstDisplay: string }).firstDisplay = getComputedStyle(figures).display;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { firstDisplay?: string }).firstDisplay)).toBe('grid');
    await context.close();
  });

  it('prints the whole overview, the sections the screen had not reached yet included', async () => {
    // The overview draws a section only once it nears the screen (dashboard.css); paper gets all of them.
    const context = await browser.newContext({ baseURL: inject('baseURL'), locale: 'de-DE', storageState: await council.context().storageState() });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    await page.getByRole('figure', { name: 'Phasen der Maßnahmen je Handlungsfeld' }).locator('svg').first().waitFor();
    const pdf = await page.pdf({ printBackground: true });
    await context.close();

    const text = (await pdfPages(pdf)).map((p) => p.text).join('\n');
    for (const heading of ['Auf einen Blick', 'Stand der Umsetzung', 'Im Blick behalten', 'Handlungsfelder']) expect(text).toContain(heading);
    // The last measure of the last Area of Action, at the very end of the page.
    expect(text).toContain('Information der Stadtgesellschaft');
  });

  it('prints the committee report in German to a clean A4 PDF with every measure and page numbers', async () => {
    await council.getByRole('navigation').getByRole('link', { name: 'Bericht' }).click();
    await council.waitForURL('**/report**');
    await council.getByRole('heading', { name: 'Hannover – internationale Stadt' }).waitFor();
    await council.getByRole('button', { name: 'Drucken / als PDF speichern' }).waitFor();
    expect(await seriousViolations(council)).toEqual([]);

    // Printed under the app's own Content Security Policy, as a person's browser would.
    const context = await browser.newContext({ baseURL: inject('baseURL'), locale: 'de-DE', storageState: await council.context().storageState() });
    const page = await context.newPage();
    await page.goto('/report');
    await page.getByRole('heading', { name: 'Hannover – internationale Stadt' }).waitFor();
    // The page size is the report's own (@page), not one given here.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await context.close();

    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(1);
    for (const { width, height } of pages) {
      // A4 in points (210 × 297 mm), give or take Chromium's rounding to whole pixels.
      expect(Math.abs(width - 595.3)).toBeLessThan(1);
      expect(Math.abs(height - 841.9)).toBeLessThan(1);
    }
    const text = pages.map((p) => p.text).join('\n');
    expect(text).toContain('Hannover – internationale Stadt');
    const codes = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3'];
    for (const code of codes) expect(text).toMatch(new RegExp(`Maßnahme ${code.replace('.', '\\.')}\\b`));
    expect(text).toContain(narrative);
    // The app's shell stays on screen: no navigation or report controls on paper.
    expect(text).not.toContain('Rainer Rat');
    expect(text).not.toContain('Bericht anzeigen');
    pages.forEach((p, i) => expect(p.text).toContain(`${i + 1} / ${pages.length}`));
  });
});
