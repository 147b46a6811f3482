import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openPage, seriousViolations, signIn } from './support/browser.ts';

/** What a role is offered on a measure: report progress, which edit button, and the audit trail. */
type Offered = { report: boolean; edit: 'Zuständigkeit und Zeitplan bearbeiten' | 'Zeitplan und Gewichte bearbeiten' | null; audit: boolean };
const everything: Offered = { report: true, edit: 'Zuständigkeit und Zeitplan bearbeiten', audit: true };
const nothing: Offered = { report: false, edit: null, audit: false };

// 1.1 is led by the head's department (International Affairs), 3.1 by another (Economic Affairs).
const accounts: { username: string; name: string; role: string; admin: boolean; offered: Record<'1.1' | '3.1', Offered> }[] = [
  { username: 'council', name: 'Rainer Rat (Demo)', role: 'Ratsmitglied', admin: false, offered: { '1.1': nothing, '3.1': nothing } },
  { username: 'coordinator', name: 'Alex Koordination (Demo)', role: 'Koordination', admin: false, offered: { '1.1': everything, '3.1': everything } },
  {
    username: 'head',
    name: 'Hanna Leitung (Demo)',
    role: 'Fachbereichsleitung',
    admin: false,
    offered: { '1.1': { report: true, edit: 'Zeitplan und Gewichte bearbeiten', audit: true }, '3.1': nothing },
  },
  { username: 'admin', name: 'Ada Admin (Demo)', role: 'Administration', admin: true, offered: { '1.1': everything, '3.1': everything } },
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

  describe.each(accounts)('$username', ({ username, name, role, admin, offered }) => {
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

    it.each(['1.1', '3.1'] as const)('is offered on measure %s exactly what the role may do there', async (code) => {
      const expected = offered[code];
      await page.goto(`/measures/${code}`);
      await page.getByRole('region', { name: 'Stand', exact: true }).waitFor();
      await page.getByRole('region', { name: 'Verlauf', exact: true }).waitFor();
      const main = page.getByRole('main');
      expect(await main.getByRole('region', { name: 'Sachstand berichten', exact: true }).count()).toBe(expected.report ? 1 : 0);
      const editButtons = main.getByRole('button', { name: /^(Zuständigkeit und Zeitplan|Zeitplan und Gewichte) bearbeiten$/ });
      expect(await editButtons.allTextContents()).toEqual(expected.edit ? [expected.edit] : []);
      if (expected.audit) await main.getByRole('region', { name: 'Änderungsprotokoll', exact: true }).waitFor();
      else expect(await main.getByRole('region', { name: 'Änderungsprotokoll', exact: true }).count()).toBe(0);
      if (expected.edit) {
        await editButtons.click();
        // Only coordinators and admins assign owners; a head sets the schedule of their own measures.
        await main.getByRole('region', { name: expected.edit.replace(/ bearbeiten$/, '') }).waitFor();
        const leadFields = main.getByRole('combobox', { name: 'Federführung', exact: true });
        if (expected.edit === 'Zuständigkeit und Zeitplan bearbeiten') expect(await leadFields.count()).toBeGreaterThan(0);
        else expect(await leadFields.count()).toBe(0);
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
