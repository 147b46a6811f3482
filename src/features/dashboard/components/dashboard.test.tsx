import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithRouter } from '@/components/charts/testing/render-with-router.tsx';
import type { StatsSummary } from '@/contract/stats.ts';
import { i18n } from '@/lib/i18n/i18n.ts';
import { areaLabels, historyFixture, summaryFixture } from '../testing/fixtures.ts';
import { Dashboard } from './dashboard.tsx';
import { ProgressHistoryChart } from './progress-history-chart.tsx';

// The drawings have tests of their own (src/components/charts); here the figures, words and links count,
// and four recharts drawings would only make every test slower.
vi.mock('@/components/charts/bar-chart/bar-chart-plot.tsx', () => ({ BarChartPlot: () => null }));
vi.mock('@/components/charts/stacked-bar-chart/stacked-bar-chart-plot.tsx', () => ({ StackedBarChartPlot: () => null }));
vi.mock('@/components/charts/line-chart/line-chart-plot.tsx', () => ({ LineChartPlot: () => null }));

const titles: Record<string, string> = { '2.1': 'Internationales Beziehungsmanagement', '2.3': 'Europafähigkeit', '3.1': 'Attraktives internationales Profil', '1.2': 'Netzwerke' };

const areas = Object.entries(areaLabels).map(([code, label]) => ({ code, label }));

function renderDashboard(summary: StatsSummary = summaryFixture) {
  return renderWithRouter(
    <Dashboard
      summary={summary}
      areas={areas.filter((area) => summary.areas.some((a) => a.areaCode === area.code))}
      measureTitle={(code) => titles[code] ?? code}
      history={<ProgressHistoryChart history={historyFixture} areas={areas} />}
    />,
  );
}

// Percentages are written with a no-break space before the sign, as both languages' formats have it.
const normalise = (text: string | null | undefined) => text?.replace(/\s+/g, ' ');

/** What each cell says, without the context that the links in it add for screen readers. */
const cellTexts = (table: HTMLElement) =>
  (within(table).getAllByRole('row') as HTMLTableRowElement[]).map((row) => [...row.cells].map((cell) => normalise(cell.textContent?.replace(/:.*/, ''))));

describe('the dashboard', () => {
  it('gives the key figures, each a way into the measures it counts', async () => {
    const { user, location } = renderDashboard();

    const figures = within(screen.getByRole('region', { name: 'Auf einen Blick' }));
    expect(figures.getByText('Stand: 31. März 2026 um 10:15')).toBeInTheDocument();
    expect(figures.getByText('31 %')).toBeInTheDocument();
    expect(figures.getByRole('link', { name: '13 Maßnahmen' })).toHaveAttribute('href', '/measures?kind=measure');
    expect(figures.getByRole('link', { name: '5 in Umsetzung' })).toHaveAttribute('href', '/measures?phase=in_progress&kind=measure');
    expect(figures.getByRole('link', { name: '3 gefährdet' })).toHaveAttribute('href', '/measures?health=at_risk&kind=measure');
    expect(figures.getByRole('link', { name: '1 kritisch' })).toHaveAttribute('href', '/measures?health=off_track&kind=measure');
    expect(figures.getByRole('link', { name: '1 überfällig' })).toHaveAttribute('href', '/measures?kind=measure&overdue=1');

    await user.click(figures.getByRole('link', { name: '2 veraltet' }));
    expect(location()).toBe('/measures?kind=measure&stale=1');
  });

  it('shows progress, phases and health by Area of Action as named charts, each flagging its stale figures', () => {
    renderDashboard();

    const charts = within(screen.getByRole('region', { name: 'Stand der Umsetzung' }));
    for (const name of ['Fortschritt je Handlungsfeld', 'Phasen der Maßnahmen je Handlungsfeld', 'Ampel der Maßnahmen je Handlungsfeld']) {
      const figure = charts.getByRole('figure', { name });
      expect(figure).toHaveTextContent(
        '2 von 13 Maßnahmen sind veraltet: seit mehr als 90 Tagen ohne Sachstandsbericht. Zahlen, die auf ihnen beruhen, können überholt sein.',
      );
      expect(within(figure).getByRole('link', { name: 'Veraltete Maßnahmen anzeigen' })).toHaveAttribute('href', '/measures?kind=measure&stale=1');
    }
    expect(normalise(charts.getByRole('img', { name: /^Balkendiagramm\. / }).getAttribute('aria-label'))).toBe(
      'Balkendiagramm. 1 – Internationale Kooperationen/Partnerschaften: 45 %; 2 – Internationalisierung/Europäisierung: 20 % (2 veraltet); ' +
        '3 – Internationale Profilierung und Attraktivität: 38 %; 4 – Weltoffenheit der Stadt/Teilhabe der Stadtgesellschaft: 21 %',
    );
  });

  it('has tables with the same numbers as the summary, whose counts lead to the measures they count', async () => {
    const { user, location } = renderDashboard();

    const phases = screen.getByRole('figure', { name: 'Phasen der Maßnahmen je Handlungsfeld' });
    await user.click(within(phases).getByRole('button', { name: 'Als Tabelle anzeigen' }));
    expect(cellTexts(within(phases).getByRole('table'))).toEqual([
      ['Handlungsfeld', 'Nicht begonnen', 'Geplant', 'In Umsetzung', 'Daueraufgabe', 'Abgeschlossen', 'Pausiert', 'Eingestellt', 'Summe', 'davon veraltet'],
      [areaLabels['1'], '0', '0', '2', '0', '1', '0', '0', '3', '0'],
      [areaLabels['2'], '1', '1', '1', '0', '0', '0', '0', '3', '2'],
      [areaLabels['3'], '1', '1', '1', '1', '0', '0', '0', '4', '0'],
      [areaLabels['4'], '2', '0', '1', '0', '0', '0', '0', '3', '0'],
      ['Gesamt', '4', '2', '5', '1', '1', '0', '0', '13', '2'],
    ]);

    const health = screen.getByRole('figure', { name: 'Ampel der Maßnahmen je Handlungsfeld' });
    await user.click(within(health).getByRole('button', { name: 'Als Tabelle anzeigen' }));
    expect(cellTexts(within(health).getByRole('table'))).toEqual([
      ['Handlungsfeld', 'Im Plan', 'Gefährdet', 'Kritisch', 'Entfällt', 'Summe', 'davon veraltet'],
      [areaLabels['1'], '1', '1', '0', '1', '3', '0'],
      [areaLabels['2'], '1', '1', '0', '1', '3', '2'],
      [areaLabels['3'], '2', '0', '1', '1', '4', '0'],
      [areaLabels['4'], '0', '1', '0', '2', '3', '0'],
      ['Gesamt', '4', '3', '1', '5', '13', '2'],
    ]);
    expect(within(health).getByRole('link', { name: `3: Gefährdet, Gesamt` })).toHaveAttribute('href', '/measures?health=at_risk&kind=measure');

    await user.click(within(phases).getByRole('link', { name: `1: In Umsetzung, ${areaLabels['2']}` }));
    expect(location()).toBe('/measures?area=2&phase=in_progress&kind=measure');
  });

  it('leads from an area\'s progress to its measures', async () => {
    const { user, location } = renderDashboard();
    const progress = screen.getByRole('figure', { name: 'Fortschritt je Handlungsfeld' });
    await user.click(within(progress).getByRole('button', { name: 'Als Tabelle anzeigen' }));

    await user.click(within(progress).getByRole('link', { name: `38\u00a0%: Fortschritt, ${areaLabels['3']}` }));
    expect(location()).toBe('/measures?area=3&kind=measure');
  });

  it('shows progress over time overall and by area, with the same numbers in its table', async () => {
    const { user } = renderDashboard();

    const history = screen.getByRole('figure', { name: 'Fortschritt im Zeitverlauf' });
    expect(history).toHaveTextContent('Gezeigt: 31. Dezember 2025 bis 31. März 2026');
    expect(within(history).getByRole('list', { name: 'Legende' })).toHaveTextContent(`Gesamt31 %${areaLabels['1']}45 %`);
    await user.click(within(history).getByRole('button', { name: 'Als Tabelle anzeigen' }));
    expect(cellTexts(within(history).getByRole('table'))).toEqual([
      ['Stand am', 'Gesamt', areaLabels['1'], areaLabels['2'], areaLabels['3'], areaLabels['4']],
      ['Jan. 2026', '24 %', '40 %', '10 %', '30 %', '15 %'],
      ['Feb. 2026', '28 %', '42 %', '15 %', '35 %', '20 %'],
      ['März 2026', '31 %', '45 %', '20 %', '38 %', '21 %'],
    ]);
  });

  it('lists overdue, stale and recently updated measures, each leading to its page', async () => {
    const { user, location } = renderDashboard();

    const overdue = screen.getByRole('region', { name: 'Überfällige Maßnahmen (1)' });
    expect(within(overdue).getByRole('listitem')).toHaveTextContent('2.1 Internationales BeziehungsmanagementZieltermin: 31. Dezember 2025');
    expect(within(overdue).getByRole('link', { name: 'Alle überfälligen Maßnahmen in der Tabelle' })).toHaveAttribute('href', '/measures?kind=measure&overdue=1');

    const stale = screen.getByRole('region', { name: 'Veraltete Maßnahmen (2)' });
    expect(within(stale).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '2.1 Internationales BeziehungsmanagementLetzter Bericht: 2. Oktober 2025',
      '2.3 EuropafähigkeitNoch kein Bericht',
    ]);

    // 22:30 UTC on 30 March is 00:30 on 31 March in Hannover.
    const recent = screen.getByRole('region', { name: 'Zuletzt aktualisiert (2)' });
    expect(within(recent).getAllByRole('listitem')[0]).toHaveTextContent('3.1 Attraktives internationales ProfilBericht vom 31. März 2026');

    await user.click(within(recent).getByRole('link', { name: '3.1 Attraktives internationales Profil' }));
    expect(location()).toBe('/measures/3.1');
  });

  it('works with one Area of Action only', async () => {
    const [first] = summaryFixture.areas;
    const { user } = renderDashboard({ ...summaryFixture, areas: first ? [first] : [] });

    const progress = screen.getByRole('figure', { name: 'Fortschritt je Handlungsfeld' });
    await user.click(within(progress).getByRole('button', { name: 'Als Tabelle anzeigen' }));
    expect(within(progress).getAllByRole('row')).toHaveLength(2);
    // Phases and health: one bar each.
    expect(screen.getAllByRole('img', { name: /^Gestapeltes Balkendiagramm\. 1 – [^;]*$/ })).toHaveLength(2);
  });

  it('says so where there is nothing to count yet, and lists nothing', () => {
    const zero = { not_started: 0, planned: 0, in_progress: 0, ongoing: 0, completed: 0, on_hold: 0, discontinued: 0 };
    const empty = { measures: 0, progress: null, phases: zero, healths: { on_track: 0, at_risk: 0, off_track: 0, none: 0 }, overdue: 0, stale: 0 };
    renderDashboard({
      ...summaryFixture,
      overall: empty,
      areas: summaryFixture.areas.map((area) => ({ ...area, ...empty })),
      overdue: [],
      stale: [],
      recentlyUpdated: [],
    });

    expect(screen.getAllByText('Für dieses Diagramm gibt es noch keine Zahlen.')).toHaveLength(3);
    expect(screen.queryByText(/sind veraltet/)).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Auf einen Blick' })).getByText('keine Angabe')).toBeInTheDocument();
    expect(screen.getByText('Keine Maßnahme ist überfällig.')).toBeInTheDocument();
    expect(screen.getByText('Keine Maßnahme ist veraltet.')).toBeInTheDocument();
    expect(screen.getByText('Es gibt noch keine Sachstandsberichte.')).toBeInTheDocument();
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    renderDashboard();

    expect(screen.getByRole('region', { name: 'At a glance' })).toHaveTextContent('As of March 31, 2026 at 10:15 AM');
    for (const name of ['Progress by Area of Action', 'Phases of the measures by Area of Action', 'Health of the measures by Area of Action', 'Progress over time']) {
      expect(screen.getByRole('figure', { name })).toBeInTheDocument();
    }
    expect(screen.getAllByText(/^2 of 13 measures are stale: no progress report for more than 90 days\./)).toHaveLength(3);
    expect(screen.getByRole('link', { name: '2 stale' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Recently updated (2)' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Progress over time' })).toHaveTextContent('Shown: December 31, 2025 to March 31, 2026');
  });
});
