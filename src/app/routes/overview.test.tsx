import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { berlinDate } from '@/lib/freshness.ts';
import { i18n, languageStorageKey } from '@/lib/i18n/i18n.ts';
import { mswPath } from '~mocks/handlers.ts';
import { server } from '~mocks/node.ts';
import { monthsBefore } from '@/features/dashboard/utils/period.ts';
import { renderApp } from '../testing/render-app.tsx';

// The charts' drawings have tests of their own (src/components/charts); here the page's figures, words
// and links count, and four recharts drawings in jsdom would only make every test seconds slower.
vi.mock('@/components/charts/bar-chart/bar-chart-plot.tsx', () => ({ BarChartPlot: () => null }));
vi.mock('@/components/charts/stacked-bar-chart/stacked-bar-chart-plot.tsx', () => ({ StackedBarChartPlot: () => null }));
vi.mock('@/components/charts/line-chart/line-chart-plot.tsx', () => ({ LineChartPlot: () => null }));

// The overview and the measures table its figures lead to are big modules: compiled once, ahead of the
// tests, rather than inside the first test that opens each of them.
beforeAll(() => Promise.all([import('./overview.tsx'), import('./measures.tsx')]), 60_000);


/** The overview's own list of the Areas of Action, below the dashboard. */
const areasSection = () => screen.getByRole('region', { name: 'Handlungsfelder' });

// Percentages carry a no-break space before the sign.
const normalise = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim();

/** What each cell of a table says, without the context its links add for screen readers. */
const cellTexts = (table: HTMLElement) =>
  (within(table).getAllByRole('row') as HTMLTableRowElement[]).map((row) => [...row.cells].map((cell) => normalise(cell.textContent?.replace(/:.*/, ''))));

async function openTable(figureName: string) {
  const figure = await screen.findByRole('figure', { name: figureName });
  within(figure).getByRole('button', { name: /^(Als Tabelle anzeigen|Show as table)$/ }).click();
  return within(figure).findByRole('table');
}

// A whole page with its loaders, in jsdom, takes seconds on a busy machine.
describe('the overview', { timeout: 15_000 }, () => {
  it('shows a member of staff the 4 Areas of Action and all 13 measures, in German', async () => {
    await renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
    expect(document.title).toBe('Übersicht – Action Plan Tracker');
    expect(document.documentElement.lang).toBe('de');

    const areas = within(areasSection()).getAllByRole('heading', { level: 3 });
    expect(areas).toHaveLength(4);
    expect(areas[2]).toHaveTextContent('Internationale Profilierung und Attraktivität der Landeshauptstadt');

    const measureLinks = screen.getAllByRole('link', { name: /^Maßnahme \d\.\d: / });
    expect(measureLinks).toHaveLength(13);
    expect(screen.getByRole('link', { name: 'Maßnahme 3.1: Attraktives internationales Profil' })).toHaveAttribute('href', '/measures/3.1');

    expect(screen.getByRole('progressbar', { name: 'Gesamtfortschritt des Handlungskonzepts' })).toHaveAttribute('aria-valuenow', '0');
    expect(within(areasSection()).getAllByText('Nicht begonnen')).toHaveLength(13);
    expect(screen.getByRole('banner')).toHaveTextContent('Hannover – internationale Stadt');
  });

  it('has the landmarks and the one h1 a screen-reader user navigates by', async () => {
    await renderApp('/');
    await screen.findByRole('heading', { level: 1 });

    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('banner')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    expect(within(nav).getByRole('link', { name: 'Übersicht' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('switches to English at the language switch, and remembers the choice', async () => {
    const first = await renderApp('/');
    const { user } = first;
    await screen.findByRole('heading', { level: 1, name: 'Übersicht' });

    const switcher = screen.getByRole('group', { name: 'Sprache' });
    expect(within(switcher).getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(switcher).getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Measure 3.1: Attractive international profile' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: /Raising the city's international profile/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Overview – Action Plan Tracker');
    expect(localStorage.getItem(languageStorageKey)).toBe('en');

    // A reload starts i18next again, which asks its detector: the remembered choice wins.
    first.unmount();
    await i18n.changeLanguage(undefined);
    await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Areas of Action' })).getAllByText('Not started')).toHaveLength(13);
    for (const name of ['Progress by Area of Action', 'Phases of the measures by Area of Action', 'Health of the measures by Area of Action', 'Progress over time']) {
      expect(await screen.findByRole('figure', { name })).toBeInTheDocument();
    }
  });

  it('starts in German when nobody has chosen a language', async () => {
    localStorage.clear();
    await i18n.changeLanguage(undefined);
    await renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
  });
});

describe('the dashboard on the overview', { timeout: 15_000 }, () => {
  it('opens for a council member with the key figures and charts above the Areas of Action', async () => {
    await renderApp('/', { as: 'council' });
    await screen.findByRole('heading', { level: 1, name: 'Übersicht' });

    const sections = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(sections.slice(0, 4)).toEqual(['Auf einen Blick', 'Stand der Umsetzung', 'Verlauf', 'Im Blick behalten']);
    expect(sections).toContain('Handlungsfelder');
    for (const name of ['Fortschritt je Handlungsfeld', 'Phasen der Maßnahmen je Handlungsfeld', 'Ampel der Maßnahmen je Handlungsfeld', 'Fortschritt im Zeitverlauf']) {
      expect(await screen.findByRole('figure', { name })).toBeInTheDocument();
    }
    expect(within(screen.getByRole('region', { name: 'Auf einen Blick' })).getByRole('link', { name: '13 Maßnahmen' })).toHaveAttribute(
      'href',
      '/measures?kind=measure',
    );
  });

  it('shows the same figures as the plan below it: progress by area, and measures counted by phase and health', async () => {
    await renderApp('/');

    const progress = await openTable('Fortschritt je Handlungsfeld');
    const rows = cellTexts(progress).slice(1);
    expect(rows).toHaveLength(4);
    for (const [i, row] of rows.entries()) {
      const bar = within(areasSection()).getByRole('progressbar', { name: `Fortschritt Handlungsfeld ${i + 1}` });
      expect(row[1]).toBe(normalise(bar.getAttribute('aria-valuetext')));
    }

    const measuresPerArea = within(areasSection())
      .getAllByRole('list', { name: /^Maßnahmen im Handlungsfeld/ })
      .map((list) => String(within(list).getAllByRole('link').length));
    for (const name of ['Phasen der Maßnahmen je Handlungsfeld', 'Ampel der Maßnahmen je Handlungsfeld']) {
      const totals = cellTexts(await openTable(name)).map((cells) => cells.at(-2));
      expect(totals).toEqual(['Summe', ...measuresPerArea, '13']);
    }
  });

  it('leads from a count in a chart\'s table to the measures table filtered to it', async () => {
    const { router } = await renderApp('/');

    const phases = await openTable('Phasen der Maßnahmen je Handlungsfeld');
    const [firstArea] = within(phases).getAllByRole('rowgroup').slice(1, 2);
    const link = within(firstArea as HTMLElement).getAllByRole('link')[0] as HTMLElement;
    const href = link.getAttribute('href');
    const count = link.textContent?.replace(/:.*/, '');
    expect(href).toMatch(/^\/measures\?area=1&phase=\w+&kind=measure$/);

    link.click();
    expect(await screen.findByRole('heading', { level: 1, name: 'Maßnahmen' })).toBeInTheDocument();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(href);
    // As many measures as the figure counted.
    expect(await screen.findByText(new RegExp(`^${count} Maßnahmen?$`))).toBeInTheDocument();
  });

  it('shows progress over time for another period, in other steps', async () => {
    const { user } = await renderApp('/');
    const today = berlinDate(new Date());
    const figure = await screen.findByRole('figure', { name: 'Fortschritt im Zeitverlauf' });
    const shown = (from: string) =>
      `Gezeigt: ${new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${from}T00:00:00Z`))} bis`;
    expect(figure).toHaveTextContent(shown(monthsBefore(today, 12)));

    const form = screen.getByRole('form', { name: 'Zeitraum wählen' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Zeitraum' }), 'Letzte 6 Monate');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Zeitabschnitte' }), 'Quartale');
    await user.click(within(form).getByRole('button', { name: 'Anzeigen' }));

    await waitFor(() => expect(screen.getByRole('figure', { name: 'Fortschritt im Zeitverlauf' })).toHaveTextContent(shown(monthsBefore(today, 6))));
    const table = await openTable('Fortschritt im Zeitverlauf');
    const periods = cellTexts(table).slice(1).map((cells) => cells[0]);
    expect(periods.length).toBeGreaterThan(0);
    for (const period of periods) expect(period).toMatch(/^[1-4]\. Quartal \d{4}$/);
  });

  it('refuses a period of one\'s own that ends before it starts, and says so at the field', async () => {
    const { user } = await renderApp('/');
    const form = await screen.findByRole('form', { name: 'Zeitraum wählen' });

    await user.selectOptions(within(form).getByRole('combobox', { name: 'Zeitraum' }), 'Eigener Zeitraum');
    const from = within(form).getByLabelText(/^Von/);
    const to = within(form).getByLabelText(/^Bis/);
    await user.clear(from);
    await user.type(from, '2025-06-01');
    await user.clear(to);
    await user.type(to, '2025-05-01');
    await user.click(within(form).getByRole('button', { name: 'Anzeigen' }));

    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription(/Das Ende liegt vor dem Anfang\./);
    expect(to).toHaveFocus();
    expect(screen.getByRole('figure', { name: 'Fortschritt im Zeitverlauf' })).not.toHaveTextContent('Gezeigt: 1. Juni 2025');

    await user.clear(to);
    await user.type(to, '2025-12-31');
    await user.click(within(form).getByRole('button', { name: 'Anzeigen' }));
    await waitFor(() => expect(screen.getByRole('figure', { name: 'Fortschritt im Zeitverlauf' })).toHaveTextContent('Gezeigt: 1. Juni 2025 bis 31. Dezember 2025'));
    expect(to).not.toHaveAttribute('aria-invalid');
  });

  it('keeps the rest of the overview when progress over time cannot be loaded, and tries again', async () => {
    let failing = true;
    // While failing, every request for it fails (the page asks again when it mounts); then the mock API answers.
    server.use(
      http.get(mswPath('/api/v1/stats/progress-history'), () =>
        failing ? HttpResponse.json({ error: { code: 'internal_error', message: 'Database unavailable' } }, { status: 500 }) : undefined,
      ),
    );
    const { user } = await renderApp('/');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Der Verlauf konnte nicht geladen werden.');
    expect(screen.getByRole('figure', { name: 'Fortschritt je Handlungsfeld' })).toBeInTheDocument();
    expect(areasSection()).toBeInTheDocument();

    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('figure', { name: 'Fortschritt im Zeitverlauf' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
