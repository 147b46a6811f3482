import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n/i18n.ts';
import { renderWithRouter as renderChart } from '../testing/render-with-router.tsx';
import { BarChart, type BarDatum } from './bar-chart.tsx';

const percent = (value: number) => `${value} %`;

const areas: BarDatum[] = [
  { key: '1', label: '1 · Kooperationen', value: 40, href: '/measures?area=1', stale: { count: 0, href: '/measures?stale=1&area=1' } },
  { key: '2', label: '2 · Stadtverwaltung', value: 25, href: '/measures?area=2', stale: { count: 2, href: '/measures?stale=1&area=2' } },
  { key: '3', label: '3 · Profil', value: null, href: '/measures?area=3', stale: { count: 0 } },
];

const chart = (data: BarDatum[]) => (
  <BarChart title="Fortschritt je Handlungsfeld" data={data} categoryLabel="Handlungsfeld" valueLabel="Fortschritt" format={percent} />
);

describe('BarChart', () => {
  it('is a figure named by its title, drawn with each bar labelled with its figure', async () => {
    renderChart(chart(areas));

    const figure = screen.getByRole('figure', { name: 'Fortschritt je Handlungsfeld' });
    const plot = within(figure).getByRole('img', { name: /^Balkendiagramm\./ });
    expect(plot).toHaveAccessibleName(
      'Balkendiagramm. 1 · Kooperationen: 40 %; 2 · Stadtverwaltung: 25 % (2 veraltet); 3 · Profil: keine Angabe',
    );
    // The drawing arrives with its own module; its bars carry their figures and the stale flag.
    await waitFor(() => expect(plot).toHaveTextContent('40 %'));
    expect(plot).toHaveTextContent('25 % · ⚠ 2 veraltet');
    expect(plot).toHaveTextContent('keine Angabe');
  });

  it('labels its value axis with the formatted figures, drawn without reading the page\'s styles', async () => {
    // recharts reads the computed font of its own tick labels once they are drawn, which makes the
    // browser work out the styles of everything just added (issue 6); the plot draws its own.
    const styleReads = vi.spyOn(window, 'getComputedStyle');
    try {
      renderChart(chart(areas));
      const plot = screen.getByRole('img', { name: /^Balkendiagramm\./ });
      await waitFor(() => expect(plot.querySelector('.recharts-xAxis-tick-labels')).not.toBeNull());
      const ticks = [...plot.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-label')].map((tick) => tick.textContent);
      expect(ticks).toEqual(['0 %', '25 %', '50 %', '75 %', '100 %']);
      expect(styleReads.mock.calls.filter(([element]) => element.closest('svg'))).toEqual([]);
    } finally {
      styleReads.mockRestore();
    }
  });

  it('shows the same numbers as a table when asked, and hides it again', async () => {
    const { user } = renderChart(chart(areas));

    const toggle = screen.getByRole('button', { name: 'Als Tabelle anzeigen' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    await user.click(toggle);
    const table = screen.getByRole('table', { name: 'Fortschritt je Handlungsfeld' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAttribute('aria-controls', table.parentElement?.id);
    expect(toggle).toHaveAccessibleName('Tabelle ausblenden');

    const rows = within(table).getAllByRole('row') as HTMLTableRowElement[];
    expect(rows.map((row) => [...row.cells].map((cell) => cell.textContent))).toEqual([
      ['Handlungsfeld', 'Fortschritt', 'davon veraltet'],
      ['1 · Kooperationen', '40 %: Fortschritt, 1 · Kooperationen', '0'],
      ['2 · Stadtverwaltung', '25 %: Fortschritt, 2 · Stadtverwaltung', '2: davon veraltet, 2 · Stadtverwaltung'],
      ['3 · Profil', 'keine Angabe: Fortschritt, 3 · Profil', '0'],
    ]);

    await user.click(toggle);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('leads from a figure in the table to the measures behind it, by keyboard too', async () => {
    const { user, location } = renderChart(chart(areas));
    await user.click(screen.getByRole('button', { name: 'Als Tabelle anzeigen' }));

    const link = screen.getByRole('link', { name: '25 %: Fortschritt, 2 · Stadtverwaltung' });
    expect(link).toHaveAttribute('href', '/measures?area=2');
    link.focus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { name: 'Maßnahmen /measures?area=2' })).toBeInTheDocument();
    expect(location()).toBe('/measures?area=2');
  });

  it('leads from the stale count to the stale measures of that bar', async () => {
    const { user, location } = renderChart(chart(areas));
    await user.click(screen.getByRole('button', { name: 'Als Tabelle anzeigen' }));

    await user.click(screen.getByRole('link', { name: '2: davon veraltet, 2 · Stadtverwaltung' }));
    expect(location()).toBe('/measures?stale=1&area=2');
  });

  it('leads from a bar clicked with the mouse to the measures behind it', async () => {
    const { location } = renderChart(chart(areas));
    const plot = screen.getByRole('img', { name: /^Balkendiagramm/ });
    await waitFor(() => expect(plot.querySelectorAll('path.recharts-rectangle')).toHaveLength(3));

    fireEvent.click(plot.querySelectorAll('path.recharts-rectangle')[0] as Element);
    await waitFor(() => expect(location()).toBe('/measures?area=1'));
  });

  it('draws one bar when there is one', async () => {
    const { user } = renderChart(chart(areas.slice(0, 1)));
    const plot = screen.getByRole('img', { name: 'Balkendiagramm. 1 · Kooperationen: 40 %' });
    await waitFor(() => expect(plot).toHaveTextContent('40 %'));

    await user.click(screen.getByRole('button', { name: 'Als Tabelle anzeigen' }));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
  });

  it('says there are no figures yet rather than drawing an empty frame', () => {
    renderChart(chart([{ key: '1', label: '1 · Kooperationen', value: null }]));

    const figure = screen.getByRole('figure', { name: 'Fortschritt je Handlungsfeld' });
    expect(within(figure).getByText('Für dieses Diagramm gibt es noch keine Zahlen.')).toBeVisible();
    expect(within(figure).queryByRole('img')).not.toBeInTheDocument();
    expect(within(figure).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says the same with no bars at all', () => {
    renderChart(chart([]));
    expect(screen.getByText('Für dieses Diagramm gibt es noch keine Zahlen.')).toBeVisible();
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    const { user } = renderChart(
      <BarChart title="Progress by Area of Action" data={areas} categoryLabel="Area of Action" valueLabel="Progress" format={percent} />,
    );

    expect(screen.getByRole('figure', { name: 'Progress by Area of Action' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Bar chart\. .*25 % \(2 stale\); 3 · Profil: n\/a$/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(screen.getByRole('columnheader', { name: 'of which stale' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hide table' })).toHaveAttribute('aria-expanded', 'true');
  });
});
