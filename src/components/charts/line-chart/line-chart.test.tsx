import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n/i18n.ts';
import { renderWithRouter as renderChart } from '../testing/render-with-router.tsx';
import { LineChart, type LinePoint, type LineSeries } from './line-chart.tsx';

const percent = (value: number) => `${value} %`;

const series: LineSeries[] = [
  { key: 'overall', label: 'Gesamt', emphasis: true, href: '/measures' },
  { key: '1', label: 'Handlungsfeld 1', href: '/measures?area=1' },
  { key: '2', label: 'Handlungsfeld 2', href: '/measures?area=2' },
];

const points: LinePoint[] = [
  { key: '2026-01-31', label: 'Jan. 2026', values: { overall: 10, 1: 20, 2: null } },
  { key: '2026-02-28', label: 'Feb. 2026', values: { overall: 15, 1: 25, 2: 5 } },
  { key: '2026-03-31', label: 'März 2026', values: { overall: 22, 1: 30, 2: 14 } },
];

const chart = (props: { series?: LineSeries[]; points?: LinePoint[] } = {}) => (
  <LineChart title="Fortschritt im Zeitverlauf" series={props.series ?? series} points={props.points ?? points} categoryLabel="Stand am" format={percent} />
);

describe('LineChart', () => {
  it('draws a line per series, the main one with its figures, and gives every line\'s latest figure in its legend', async () => {
    renderChart(chart());

    const figure = screen.getByRole('figure', { name: 'Fortschritt im Zeitverlauf' });
    const legend = within(figure).getByRole('list', { name: 'Legende' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Gesamt22 %', 'Handlungsfeld 130 %', 'Handlungsfeld 214 %']);

    const plot = within(figure).getByRole('img', {
      name: 'Liniendiagramm von Jan. 2026 bis März 2026. Gesamt zuletzt 22 %; Handlungsfeld 1 zuletzt 30 %; Handlungsfeld 2 zuletzt 14 %',
    });
    await waitFor(() => expect(plot.querySelectorAll('.chart-value-label')).toHaveLength(3));
    expect([...plot.querySelectorAll('.chart-value-label')].map((label) => label.textContent)).toEqual(['10 %', '15 %', '22 %']);
    expect(plot.querySelectorAll('path.recharts-line-curve')).toHaveLength(3);
  });

  it('labels its value axis with the formatted figures, drawn without reading the page\'s styles', async () => {
    // See the bar chart's test: a value axis that recharts drew would have its font read.
    const styleReads = vi.spyOn(window, 'getComputedStyle');
    try {
      renderChart(chart());
      const plot = screen.getByRole('img', { name: /^Liniendiagramm/ });
      await waitFor(() => expect(plot.querySelector('.recharts-yAxis-tick-labels')).not.toBeNull());
      const ticks = [...plot.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-label')].map((tick) => tick.textContent);
      expect(ticks).toEqual(['0 %', '25 %', '50 %', '75 %', '100 %']);
      expect(styleReads.mock.calls.filter(([element]) => element.closest('.recharts-yAxis-tick-labels'))).toEqual([]);
    } finally {
      styleReads.mockRestore();
    }
  });

  it('shows the same numbers as a table, a row per point, "n/a" where a line has no figure yet', async () => {
    const { user } = renderChart(chart());
    await user.click(screen.getByRole('button', { name: 'Als Tabelle anzeigen' }));

    const table = screen.getByRole('table', { name: 'Fortschritt im Zeitverlauf' });
    const rows = within(table).getAllByRole('row') as HTMLTableRowElement[];
    expect(rows.map((row) => [...row.cells].map((cell) => cell.textContent))).toEqual([
      ['Stand am', 'Gesamt', 'Handlungsfeld 1', 'Handlungsfeld 2'],
      ['Jan. 2026', '10 %', '20 %', 'keine Angabe'],
      ['Feb. 2026', '15 %', '25 %', '5 %'],
      ['März 2026', '22 %', '30 %', '14 %'],
    ]);
  });

  it('leads from a line\'s name in the table to the measures it follows', async () => {
    const { user, location } = renderChart(chart());
    await user.click(screen.getByRole('button', { name: 'Als Tabelle anzeigen' }));

    await user.click(within(screen.getByRole('table')).getByRole('link', { name: 'Handlungsfeld 2' }));
    expect(location()).toBe('/measures?area=2');
  });

  it('leads from a line clicked with the mouse to the measures it follows', async () => {
    const { location } = renderChart(chart());
    const plot = screen.getByRole('img', { name: /^Liniendiagramm/ });
    await waitFor(() => expect(plot.querySelectorAll('path.recharts-line-curve')).toHaveLength(3));

    fireEvent.click(plot.querySelectorAll('path.recharts-line-curve')[1] as Element);
    await waitFor(() => expect(location()).toBe('/measures?area=1'));
  });

  it('draws a single area\'s line', async () => {
    const { user } = renderChart(chart({ series: series.slice(1, 2) }));

    expect(screen.getByRole('list', { name: 'Legende' })).toHaveTextContent('Handlungsfeld 130 %');
    await user.click(screen.getByRole('button', { name: 'Als Tabelle anzeigen' }));
    expect(within(screen.getByRole('table')).getAllByRole('columnheader')).toHaveLength(2);
  });

  it('thins out the figures on a long line, and always labels the latest', async () => {
    const long = Array.from({ length: 18 }, (_, i): LinePoint => ({ key: `p${i}`, label: `P${i}`, values: { overall: i * 5 } }));
    renderChart(chart({ series: series.slice(0, 1), points: long }));

    const plot = screen.getByRole('img', { name: /^Liniendiagramm/ });
    await waitFor(() => expect(plot.querySelectorAll('.chart-value-label').length).toBeGreaterThan(0));
    const labels = [...plot.querySelectorAll('.chart-value-label')].map((label) => label.textContent);
    expect(labels.length).toBeLessThanOrEqual(9);
    expect(labels.at(-1)).toBe('85 %');
  });

  it('says there are no figures yet for a period without any', () => {
    renderChart(chart({ points: [{ key: 'p', label: 'Jan. 2026', values: { overall: null, 1: null, 2: null } }] }));
    expect(screen.getByText('Für dieses Diagramm gibt es noch keine Zahlen.')).toBeVisible();
  });

  it('says the same with no points at all', () => {
    renderChart(chart({ points: [] }));
    expect(screen.getByText('Für dieses Diagramm gibt es noch keine Zahlen.')).toBeVisible();
  });

  it('speaks English', async () => {
    await i18n.changeLanguage('en');
    renderChart(chart());

    expect(screen.getByRole('img', { name: /^Line chart from Jan\. 2026 to März 2026\. Gesamt latest 22 %/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show as table' })).toBeInTheDocument();
  });
});
