import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Health, Phase } from '@/contract/common.ts';
import { i18n } from '@/lib/i18n/i18n.ts';
import { useHealthSeries, usePhaseSeries } from '../status-series.tsx';
import { renderWithRouter as renderChart } from '../testing/render-with-router.tsx';
import { StackedBarChart, type StackRow } from './stacked-bar-chart.tsx';

const phases = (counts: Partial<Record<Phase, number>>): Record<Phase, number> => ({
  not_started: 0,
  planned: 0,
  in_progress: 0,
  ongoing: 0,
  completed: 0,
  on_hold: 0,
  discontinued: 0,
  ...counts,
});

const phaseLinks = (area: string) =>
  Object.fromEntries(Object.keys(phases({})).map((phase) => [phase, `/measures?phase=${phase}&area=${area}`])) as Record<Phase, string>;

const areaRows: StackRow<Phase>[] = [
  { key: '1', label: '1 · Kooperationen', values: phases({ in_progress: 2, planned: 1 }), hrefs: phaseLinks('1'), href: '/measures?area=1', stale: { count: 1, href: '/measures?stale=1&area=1' } },
  { key: '2', label: '2 · Stadtverwaltung', values: phases({ in_progress: 1, not_started: 2 }), hrefs: phaseLinks('2'), href: '/measures?area=2', stale: { count: 0 } },
];

const total: StackRow<Phase> = { key: 'all', label: 'Gesamt', values: phases({ in_progress: 3, planned: 1, not_started: 2 }), href: '/measures', stale: { count: 1 } };

function PhaseChart({ rows, totalRow }: { rows: StackRow<Phase>[]; totalRow?: StackRow<Phase> }) {
  const series = usePhaseSeries();
  return <StackedBarChart title="Phasen je Handlungsfeld" series={series} rows={rows} totalRow={totalRow} categoryLabel="Handlungsfeld" />;
}

function HealthChart({ rows }: { rows: StackRow<Health | 'none'>[] }) {
  const series = useHealthSeries();
  return <StackedBarChart title="Health by Area of Action" series={series} rows={rows} categoryLabel="Area of Action" />;
}

const cellTexts = (table: HTMLElement) =>
  (within(table).getAllByRole('row') as HTMLTableRowElement[]).map((row) => [...row.cells].map((cell) => cell.textContent));

describe('StackedBarChart', () => {
  it('draws each segment with its count, and names every kind in a legend with its icon, in words', async () => {
    renderChart(<PhaseChart rows={areaRows} />);

    const figure = screen.getByRole('figure', { name: 'Phasen je Handlungsfeld' });
    const legend = within(figure).getByRole('list', { name: 'Legende' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Nicht begonnen',
      'Geplant',
      'In Umsetzung',
      'Daueraufgabe',
      'Abgeschlossen',
      'Pausiert',
      'Eingestellt',
    ]);
    // Texture and icon, not colour alone: every legend entry has both.
    for (const item of within(legend).getAllByRole('listitem')) expect(item.querySelectorAll('svg')).toHaveLength(2);

    const plot = within(figure).getByRole('img', {
      name: 'Gestapeltes Balkendiagramm. 1 · Kooperationen: 1 Geplant, 2 In Umsetzung; 2 · Stadtverwaltung: 2 Nicht begonnen, 1 In Umsetzung',
    });
    await waitFor(() => expect(plot.querySelectorAll('.chart-value-label')).toHaveLength(4));
    expect([...plot.querySelectorAll('.chart-value-label')].map((label) => label.textContent).sort()).toEqual(['1', '1', '2', '2']);
  });

  it('shows the same numbers as a table, with totals, stale counts and the whole as its last row', async () => {
    const { user } = renderChart(<PhaseChart rows={areaRows} totalRow={total} />);
    await user.click(screen.getByRole('button', { name: 'Als Tabelle anzeigen' }));

    const table = screen.getByRole('table', { name: 'Phasen je Handlungsfeld' });
    const header = ['Handlungsfeld', 'Nicht begonnen', 'Geplant', 'In Umsetzung', 'Daueraufgabe', 'Abgeschlossen', 'Pausiert', 'Eingestellt', 'Summe', 'davon veraltet'];
    const figures = cellTexts(table).map((cells) => cells.map((text) => text?.replace(/:.*/, '')));
    expect(figures).toEqual([
      header,
      ['1 · Kooperationen', '0', '1', '2', '0', '0', '0', '0', '3', '1'],
      ['2 · Stadtverwaltung', '2', '0', '1', '0', '0', '0', '0', '3', '0'],
      ['Gesamt', '2', '1', '3', '0', '0', '0', '0', '6', '1'],
    ]);
  });

  it('leads from a count in the table to the measures it counts; a zero leads nowhere', async () => {
    const { user, location } = renderChart(<PhaseChart rows={areaRows} />);
    await user.click(screen.getByRole('button', { name: 'Als Tabelle anzeigen' }));

    const table = screen.getByRole('table');
    expect(within(table).queryByRole('link', { name: /^0:/ })).not.toBeInTheDocument();
    expect(within(table).getByRole('link', { name: '3: Summe, 1 · Kooperationen' })).toHaveAttribute('href', '/measures?area=1');
    expect(within(table).getByRole('link', { name: '1: davon veraltet, 1 · Kooperationen' })).toHaveAttribute('href', '/measures?stale=1&area=1');

    await user.click(within(table).getByRole('link', { name: '1: In Umsetzung, 2 · Stadtverwaltung' }));
    expect(location()).toBe('/measures?phase=in_progress&area=2');
  });

  it('leads from a segment clicked with the mouse to the measures it counts', async () => {
    const { location } = renderChart(<PhaseChart rows={areaRows} />);
    const plot = screen.getByRole('img', { name: /^Gestapeltes Balkendiagramm/ });
    await waitFor(() => expect(plot.querySelectorAll('path.recharts-rectangle').length).toBeGreaterThan(0));

    // The second area's bar starts with its two measures not yet started.
    const notStarted = plot.querySelector('.recharts-bar:first-of-type path.recharts-rectangle[name="2 · Stadtverwaltung"]');
    fireEvent.click(notStarted as Element);
    await waitFor(() => expect(location()).toBe('/measures?phase=not_started&area=2'));
  });

  it('draws one bar when there is one area only', async () => {
    const { user } = renderChart(<PhaseChart rows={areaRows.slice(1)} />);
    expect(screen.getByRole('img', { name: 'Gestapeltes Balkendiagramm. 2 · Stadtverwaltung: 2 Nicht begonnen, 1 In Umsetzung' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Als Tabelle anzeigen' }));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
  });

  it('says there are no figures yet when nothing is counted', () => {
    renderChart(<PhaseChart rows={[{ key: '1', label: '1 · Kooperationen', values: phases({}) }]} />);

    expect(screen.getByText('Für dieses Diagramm gibt es noch keine Zahlen.')).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('speaks English, health included, and leaves "not applicable" unlinked as there is no such filter', async () => {
    await i18n.changeLanguage('en');
    const { user } = renderChart(
      <HealthChart
        rows={[
          {
            key: '3',
            label: '3 · Profile',
            values: { on_track: 1, at_risk: 2, off_track: 0, none: 1 },
            hrefs: { on_track: '/measures?health=on_track&area=3', at_risk: '/measures?health=at_risk&area=3' },
          },
        ]}
      />,
    );

    const figure = screen.getByRole('figure', { name: 'Health by Area of Action' });
    expect(within(figure).getByRole('list', { name: 'Legend' })).toHaveTextContent('On trackAt riskOff trackNot applicable');
    expect(within(figure).getByRole('img', { name: 'Stacked bar chart. 3 · Profile: 1 On track, 2 At risk, 1 Not applicable' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('link', { name: '2: At risk, 3 · Profile' })).toHaveAttribute('href', '/measures?health=at_risk&area=3');
    expect(screen.queryByRole('link', { name: /Not applicable/ })).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Total' })).toBeInTheDocument();
  });
});
