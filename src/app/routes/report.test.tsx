import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n/i18n.ts';
import { server } from '~mocks/node.ts';
import { renderApp } from '../testing/render-app.tsx';

const allMeasureCodes = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3'];

beforeAll(() => import('./report.tsx'), 60_000);

/** The report's date as the API was asked for it. */
function watchAsOf() {
  const asked: (string | null)[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/api/v1/reports/status')) asked.push(url.searchParams.get('asOf'));
  });
  return asked;
}

describe('the committee report', () => {
  it('shows the plan’s title, the date and every measure, in German even when the page is in English', async () => {
    await i18n.changeLanguage('en');
    const asked = watchAsOf();
    await renderApp('/report?asOf=2026-03-31', { as: 'council' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Committee report' })).toBeInTheDocument();
    const report = screen.getByRole('article', { name: 'Hannover – internationale Stadt' });
    expect(report).toHaveAttribute('lang', 'de');
    expect(within(report).getByRole('heading', { level: 2, name: 'Hannover – internationale Stadt' })).toBeInTheDocument();
    expect(within(report).getByText('Stand: 31. März 2026')).toBeInTheDocument();
    const codes = within(report)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent?.match(/^Maßnahme (\d\.\d):/)?.[1]);
    expect(codes).toEqual(allMeasureCodes);
    expect(within(report).getAllByText('Zieltermin').length).toBe(13);
    expect(asked).toContain('2026-03-31');
  });

  it('changes date and language through the URL, and prints', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { user, router } = await renderApp('/report');

    const date = await screen.findByLabelText(/Stand am/);
    await user.clear(date);
    await user.type(date, '2026-01-15');
    await user.click(screen.getByRole('radio', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Bericht anzeigen' }));

    expect(await screen.findByText('As of January 15, 2026')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?asOf=2026-01-15&lang=en');
    expect(screen.getByRole('article', { name: 'Hannover – International City' })).toHaveAttribute('lang', 'en');
    expect(screen.getAllByRole('heading', { level: 3, name: /^Measure \d\.\d:/ })).toHaveLength(13);

    await user.click(screen.getByRole('button', { name: 'Drucken / als PDF speichern' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('refuses a date that is none', async () => {
    const { user } = await renderApp('/report?asOf=2026-02-01');

    const date = await screen.findByLabelText(/Stand am/);
    await user.clear(date);
    await user.click(screen.getByRole('button', { name: 'Bericht anzeigen' }));

    expect(await screen.findByText('Bitte ein Datum im Format JJJJ-MM-TT angeben.')).toBeInTheDocument();
    expect(screen.getByText('Stand: 1. Februar 2026')).toBeInTheDocument();
  });
});
