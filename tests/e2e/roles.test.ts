import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, seriousViolations, signIn } from './support/browser.ts';

const accounts = [
  { username: 'council', name: 'Rainer Rat (Demo)', role: 'Ratsmitglied', admin: false },
  { username: 'coordinator', name: 'Alex Koordination (Demo)', role: 'Koordination', admin: false },
  { username: 'head', name: 'Hanna Leitung (Demo)', role: 'Fachbereichsleitung', admin: false },
  { username: 'admin', name: 'Ada Admin (Demo)', role: 'Administration', admin: true },
];

describe('each demo account sees what its role allows, and nothing more', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a link sent to a colleague asks them to sign in, then opens what they asked for', async () => {
    const page = await openPage(browser, inject('baseURL'));
    await page.goto('/measures/3.1');
    await page.waitForURL(/\/login\?next=/);
    await signIn(page, 'council', 'wrong password!');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/Benutzername oder Passwort/);
    await signIn(page, 'council');
    await page.waitForURL('**/measures/3.1');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Attraktives internationales Profil');
    await page.context().close();
  });

  describe.each(accounts)('$username', ({ username, name, role, admin }) => {
    let page: Page;
    beforeAll(async () => {
      page = await openPage(browser, inject('baseURL'));
      await page.goto('/login');
      await signIn(page, username);
      await page.waitForURL((url) => url.pathname === '/');
    });
    afterAll(async () => {
      await page?.context().close();
    });

    it(`sees their name and role in the header`, async () => {
      const banner = page.getByRole('banner');
      await banner.getByText(name).waitFor();
      expect(await banner.textContent()).toContain(role);
      expect(await seriousViolations(page)).toEqual([]);
    });

    it(admin ? 'is offered the administration and can open the accounts' : 'is not offered the administration, and is refused it', async () => {
      const adminLink = page.getByRole('navigation').getByRole('link', { name: 'Administration' });
      expect(await adminLink.count()).toBe(admin ? 1 : 0);
      await page.goto('/admin/users');
      if (admin) {
        const rows = page.getByRole('table').getByRole('row');
        await expect.poll(() => rows.filter({ hasText: 'coordinator' }).count()).toBeGreaterThan(0);
        await expect.poll(() => rows.filter({ hasText: 'head' }).count()).toBeGreaterThan(0);
      } else {
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Kein Zugriff/);
        expect(await page.getByRole('table').count()).toBe(0);
      }
      expect(await seriousViolations(page)).toEqual([]);
    });

    it('signs out and is asked to sign in again', async () => {
      await page.getByRole('button', { name: 'Abmelden' }).click();
      await page.waitForURL(/\/login/);
      await page.goto('/');
      await page.waitForURL(/\/login/);
    });
  });
});
