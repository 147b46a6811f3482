import { lazy, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { useChartsTranslation } from '@/lib/i18n/use-charts-translation.ts';
import { ChartFigure } from '../chart-figure.tsx';
import { FigureLink } from '../chart-link.tsx';
import { Swatch } from '../chart-patterns.tsx';
import type { StackSeries } from '../status-series.tsx';

const StackedBarChartPlot = lazy(() =>
  import('./stacked-bar-chart-plot.tsx').then((module) => ({ default: module.StackedBarChartPlot })),
);

export type StackRow<K extends string = string> = {
  key: string;
  /** The bar's name: its axis label and its row header in the table. */
  label: string;
  /** A count for every series. */
  values: Record<K, number>;
  /** Where each segment leads: the things it counts. A series without one stays plain text. */
  hrefs?: Partial<Record<K, string>>;
  /** Where the row's total leads. */
  href?: string;
  /** How many of the things counted in the row are stale, and where they are listed. */
  stale?: { count: number; href?: string };
};

export type StackedBarChartProps<K extends string> = {
  title: string;
  description?: ReactNode;
  staleNote?: ReactNode;
  series: StackSeries<K>[];
  rows: StackRow<K>[];
  /** Only in the table, as its last row: the figures of all bars together, as the source counts them. */
  totalRow?: StackRow<K>;
  /** The table's heading over the bars' names, e.g. "Handlungsfeld". */
  categoryLabel: string;
};

const rowTotal = <K extends string>(row: StackRow<K>, series: StackSeries<K>[]) =>
  series.reduce((sum, { key }) => sum + (row.values[key] ?? 0), 0);

/** Counts per category split by kind (phases, health), each segment labelled, textured and linked. */
export function StackedBarChart<K extends string>({ title, description, staleNote, series, rows, totalRow, categoryLabel }: StackedBarChartProps<K>) {
  const { t } = useChartsTranslation();
  const navigate = useNavigate();
  const hasStale = rows.some((row) => row.stale !== undefined);
  const summary = t('summary.stacked', {
    values: rows
      .map((row) => {
        const parts = series.filter(({ key }) => row.values[key] > 0).map(({ key, label }) => `${row.values[key]} ${label}`);
        return `${row.label}: ${parts.length > 0 ? parts.join(', ') : '0'}`;
      })
      .join('; '),
  });
  const height = rows.length * 52 + 40;

  const tableRow = (row: StackRow<K>, isTotal: boolean) => (
    <tr key={row.key}>
      <th scope="row">{isTotal ? <strong>{row.label}</strong> : row.label}</th>
      {series.map(({ key, label }) => (
        <td key={key} className="number">
          <FigureLink href={row.values[key] > 0 ? row.hrefs?.[key] : undefined} value={String(row.values[key])} context={`${label}, ${row.label}`} />
        </td>
      ))}
      <td className="number">
        <FigureLink href={row.href} value={String(rowTotal(row, series))} context={`${t('total')}, ${row.label}`} />
      </td>
      {hasStale ? (
        <td className="number">
          <FigureLink href={row.stale?.count ? row.stale.href : undefined} value={String(row.stale?.count ?? 0)} context={`${t('stale')}, ${row.label}`} />
        </td>
      ) : null}
    </tr>
  );

  return (
    <ChartFigure
      title={title}
      description={description}
      staleNote={staleNote}
      summary={summary}
      isEmpty={rows.every((row) => rowTotal(row, series) === 0)}
      plotHeight={height}
      legend={
        <ul className="chart-legend" aria-label={t('legend')}>
          {series.map(({ key, label, icon, fill }) => (
            <li key={key} className="chart-legend__item">
              <Swatch fill={fill} />
              {icon}
              {label}
            </li>
          ))}
        </ul>
      }
      plot={<StackedBarChartPlot series={series} rows={rows} onSelect={(href) => navigate(href)} />}
      table={(caption) => (
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryLabel}</th>
              {series.map(({ key, label, icon }) => (
                <th key={key} scope="col" className="number">
                  <span className="chart-legend__item">
                    {icon}
                    {label}
                  </span>
                </th>
              ))}
              <th scope="col" className="number">
                {t('total')}
              </th>
              {hasStale ? (
                <th scope="col" className="number">
                  {t('stale')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>{rows.map((row) => tableRow(row, false))}</tbody>
          {totalRow ? <tfoot>{tableRow(totalRow, true)}</tfoot> : null}
        </table>
      )}
    />
  );
}
