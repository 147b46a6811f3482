import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, seriousViolations, signIn } from './support/browser.ts';

/** The update form of the measure page, where phase, health and progress are reported. */
const updateForm = (page: Page) => page.getByRole('region', { name: 'Sachstand berichten' });

async function openMeasure(page: Page, code: string) {
  await page.goto(`/measures/${code}`);
  await updateForm(page).getByRole('button', { name: 'Sachstand speichern' }).waitFor();
}

async function signedInPage(browser: Browser, baseURL: string): Promise<Page> {
  const page = await openPage(browser, baseURL);
  await page.goto('/login');
  await signIn(page, 'coordinator');
  await page.waitForURL((url) => url.pathname === '/');
  return page;
}

describe('coordinators keep measure 3.1 current, and never lose a change', () => {
  let browser: Browser;
  let first: Page;
  let second: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    const baseURL = inject('baseURL');
    // Two people, each in a browser profile of their own.
    [first, second] = await Promise.all([signedInPage(browser, baseURL), signedInPage(browser, baseURL)]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sets 3.1 to in progress and at risk with a narrative, and sees it after a reload', async () => {
    await Promise.all([openMeasure(first, '3.1'), openMeasure(second, '3.1')]);
    // The second person starts writing on the page as it is now, before the first one saves.
    await updateForm(second).getByLabel('Sachstandsbericht').fill('Messeauftritt in Shenzhen vorbereitet');

    const form = updateForm(first);
    await form.getByLabel('Phase', { exact: true }).selectOption({ label: 'In Umsetzung' });
    await form.getByLabel('Ampel', { exact: true }).selectOption({ label: 'Gefährdet' });
    await form.getByLabel('Sachstandsbericht').fill('Die Stelle für das Standortmarketing ist seit Mai unbesetzt.');
    await form.getByRole('button', { name: 'Sachstand speichern' }).click();
    await first.getByText('Der Sachstand ist gespeichert.').waitFor();

    await first.reload();
    await updateForm(first).waitFor();
    const status = first.getByRole('region', { name: 'Stand' });
    await status.getByText('In Umsetzung').first().waitFor();
    await status.getByText('Gefährdet').first().waitFor();
    await first.getByRole('region', { name: 'Verlauf' }).getByText('Die Stelle für das Standortmarketing ist seit Mai unbesetzt.').waitFor();
    expect(await seriousViolations(first)).toEqual([]);
  });

  it('shows the second person, whose page was stale, what changed, keeps their text, and lets them apply it again', async () => {
    const form = updateForm(second);
    await form.getByLabel('Phase', { exact: true }).selectOption({ label: 'Daueraufgabe' });
    await form.getByRole('button', { name: 'Sachstand speichern' }).click();

    const conflict = second.getByRole('alert').filter({ hasText: 'Inzwischen hat jemand anderes die Maßnahme 3.1 geändert.' });
    await conflict.waitFor();
    // What the other person changed: phase and health, with before and now.
    await conflict.getByText('Gefährdet').first().waitFor();
    expect(await form.getByLabel('Sachstandsbericht').inputValue()).toBe('Messeauftritt in Shenzhen vorbereitet');
    expect(await seriousViolations(second)).toEqual([]);

    await second.getByRole('button', { name: 'Meine Änderung erneut anwenden' }).click();
    await second.getByText('Der Sachstand ist gespeichert.').waitFor();

    await second.reload();
    const status = second.getByRole('region', { name: 'Stand' });
    await status.getByText('Daueraufgabe').first().waitFor();
    // The first person's health stands: applying again went on top, not over it.
    await status.getByText('Gefährdet').first().waitFor();
    const history = second.getByRole('region', { name: 'Verlauf' });
    await history.getByText('Messeauftritt in Shenzhen vorbereitet').waitFor();
    await history.getByText('Die Stelle für das Standortmarketing ist seit Mai unbesetzt.').waitFor();
  });

  it('shows a bad progress value next to the field, and changes nothing', async () => {
    await openMeasure(first, '3.1');
    const before = await first.request.get('/api/v1/measures/3.1');
    const etag = before.headers()['etag'];

    const form = updateForm(first);
    await form.getByLabel('Von Hand setzen').check();
    const progress = form.getByLabel('Fortschritt (%)');
    await progress.fill('150');
    await form.getByLabel('Sachstandsbericht').fill('Schätzung');
    await form.getByRole('button', { name: 'Sachstand speichern' }).click();

    await form.getByText('Der Fortschritt ist höchstens 100 %.').waitFor();
    expect(await progress.getAttribute('aria-invalid')).toBe('true');
    const described = (await progress.getAttribute('aria-describedby')) ?? '';
    const descriptions = await Promise.all(described.split(/\s+/).filter(Boolean).map((id) => first.locator(`#${id}`).textContent()));
    expect(descriptions.join(' ')).toContain('Der Fortschritt ist höchstens 100 %.');

    const after = await first.request.get('/api/v1/measures/3.1');
    expect(after.headers()['etag']).toBe(etag);
    expect(((await after.json()) as { progressSource: string }).progressSource).toBe('computed');
    expect(await seriousViolations(first)).toEqual([]);
  });

  it('changes the status of an activity straight from the measures table', async () => {
    await first.goto('/measures?area=3');
    await first.getByRole('button', { name: 'Status ändern 3.1.4' }).click();
    const dialog = first.getByRole('dialog');
    await dialog.getByLabel('Phase', { exact: true }).selectOption({ label: 'In Umsetzung' });
    await dialog.getByLabel('Fortschritt in Prozent').fill('30');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = first.getByRole('row').filter({ has: first.getByRole('button', { name: 'Status ändern 3.1.4' }) });
    await row.getByText('In Umsetzung').waitFor();
    await row.getByText('30 %').waitFor();
    expect(await seriousViolations(first)).toEqual([]);

    const saved = (await (await first.request.get('/api/v1/measures/3.1')).json()) as { activities: { code: string; phase: string; progress: number }[] };
    expect(saved.activities.find((a) => a.code === '3.1.4')).toMatchObject({ phase: 'in_progress', progress: 30 });
  });
});
