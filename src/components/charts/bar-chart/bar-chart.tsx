import { lazy, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { useChartsTranslation } from '@/lib/i18n/use-charts-translation.ts';
import { ChartFigure } from '../chart-figure.tsx';
import { FigureLink } from '../chart-link.tsx';
import type { ChartFill } from '../chart-patterns.tsx';

const BarChartPlot = lazy(() => import('./bar-chart-plot.tsx').then((module) => ({ default: module.BarChartPlot })));

export type BarDatum = {
  key: string;
  /** The bar's name: its axis label and its row header in the table. */
  label: string;
  /** Null where there is no figure (nothing counts yet); said in words, not drawn as zero. */
  value: number | null;
  /** Where the bar leads: the measures behind the figure. */
  href?: string;
  /** How many of the things behind the figure are stale, and where they are listed. */
  stale?: { count: number; href?: string };
};

export type BarChartProps = {
  title: string;
  description?: ReactNode;
  staleNote?: ReactNode;
  data: BarDatum[];
  /** The table's heading over the bars' names, e.g. "Handlungsfeld". */
  categoryLabel: string;
  /** The table's heading over the figures, e.g. "Fortschritt". */
  valueLabel: string;
  format: (value: number) => string;
  /** The axis runs from 0 to this. */
  max?: number;
  fill?: ChartFill;
};

/** The figure a bar's label and its table cell show: the value, and a flag if it rests on stale data. */
export type BarLabels = { value: string; stale: string | null };

/** Horizontal bars, one figure each, labelled at their ends; a bar or its figure in the table leads on. */
export function BarChart({ title, description, staleNote, data, categoryLabel, valueLabel, format, max = 100, fill }: BarChartProps) {
  const { t } = useChartsTranslation();
  const navigate = useNavigate();
  const hasStale = data.some((datum) => datum.stale !== undefined);
  const labels = data.map(
    (datum): BarLabels => ({
      value: datum.value === null ? t('notAvailable') : format(datum.value),
      stale: datum.stale && datum.stale.count > 0 ? t('staleCount', { count: datum.stale.count }) : null,
    }),
  );
  const summary = t('summary.bar', {
    values: data.map((datum, i) => `${datum.label}: ${labels[i]?.value}${labels[i]?.stale ? ` (${labels[i].stale})` : ''}`).join('; '),
  });
  const height = data.length * 52 + 40;

  return (
    <ChartFigure
      title={title}
      description={description}
      staleNote={staleNote}
      summary={summary}
      isEmpty={data.every((datum) => datum.value === null)}
      plotHeight={height}
      plot={<BarChartPlot data={data} labels={labels} max={max} format={format} fill={fill} onSelect={(href) => navigate(href)} />}
      table={(caption) => (
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryLabel}</th>
              <th scope="col" className="number">
                {valueLabel}
              </th>
              {hasStale ? (
                <th scope="col" className="number">
                  {t('stale')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {data.map((datum, i) => (
              <tr key={datum.key}>
                <th scope="row">{datum.label}</th>
                <td className="number">
                  <FigureLink href={datum.href} value={labels[i]?.value ?? ''} context={`${valueLabel}, ${datum.label}`} />
                </td>
                {hasStale ? (
                  <td className="number">
                    <FigureLink
                      href={datum.stale?.count ? datum.stale.href : undefined}
                      value={String(datum.stale?.count ?? 0)}
                      context={`${t('stale')}, ${datum.label}`}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
