import { lazy, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useChartsTranslation } from '@/lib/i18n/use-charts-translation.ts';
import { ChartFigure } from '../chart-figure.tsx';
import { emphasisStyle, LineSample, lineStyle, type LineStyle } from './line-styles.tsx';

const LineChartPlot = lazy(() => import('./line-chart-plot.tsx').then((module) => ({ default: module.LineChartPlot })));

export type LineSeries = {
  key: string;
  label: string;
  /** Where the line leads: the things whose figures it follows. */
  href?: string;
  /** The line the chart is about: drawn heavier, with its figures on its points. */
  emphasis?: boolean;
};

export type LinePoint = {
  key: string;
  /** The point's name on the axis and in the table, e.g. "März 2026". */
  label: string;
  /** A figure per series; null where there was none yet. */
  values: Record<string, number | null>;
};

export type LineChartProps = {
  title: string;
  description?: ReactNode;
  staleNote?: ReactNode;
  series: LineSeries[];
  points: LinePoint[];
  /** The table's heading over the points' names, e.g. "Stand am". */
  categoryLabel: string;
  format: (value: number) => string;
  /** The axis runs from 0 to this. */
  max?: number;
};

export type StyledSeries = LineSeries & { style: LineStyle };

const latestValue = (points: LinePoint[], key: string): number | null => {
  for (let i = points.length - 1; i >= 0; i--) {
    const value = points[i]?.values[key];
    if (value !== null && value !== undefined) return value;
  }
  return null;
};

/** Figures over time, one line per series; the legend gives each line's latest figure. */
export function LineChart({ title, description, staleNote, series, points, categoryLabel, format, max = 100 }: LineChartProps) {
  const { t } = useChartsTranslation();
  const navigate = useNavigate();
  let others = 0;
  const styled: StyledSeries[] = series.map((s) => ({ ...s, style: s.emphasis ? emphasisStyle : lineStyle(others++) }));
  const shown = (value: number | null | undefined) => (value === null || value === undefined ? t('notAvailable') : format(value));
  const latest = styled.map((s) => shown(latestValue(points, s.key)));
  const summary = t('summary.line', {
    from: points[0]?.label ?? '',
    to: points.at(-1)?.label ?? '',
    values: styled.map((s, i) => t('summary.latest', { series: s.label, value: latest[i] ?? '' })).join('; '),
  });
  const height = 320;

  return (
    <ChartFigure
      title={title}
      description={description}
      staleNote={staleNote}
      summary={summary}
      isEmpty={points.every((point) => series.every((s) => point.values[s.key] === null || point.values[s.key] === undefined))}
      plotHeight={height}
      legend={
        <ul className="chart-legend" aria-label={t('legend')}>
          {styled.map((s, i) => (
            <li key={s.key} className="chart-legend__item">
              <LineSample style={s.style} />
              {s.href ? <Link to={s.href}>{s.label}</Link> : s.label}
              <span className="chart-legend__value">{latest[i]}</span>
            </li>
          ))}
        </ul>
      }
      plot={<LineChartPlot series={styled} points={points} max={max} format={format} height={height} onSelect={(href) => navigate(href)} />}
      table={(caption) => (
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryLabel}</th>
              {styled.map((s) => (
                <th key={s.key} scope="col" className="number">
                  {s.href ? <Link to={s.href}>{s.label}</Link> : s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.key}>
                <th scope="row">{point.label}</th>
                {styled.map((s) => (
                  <td key={s.key} className="number">
                    {shown(point.values[s.key])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}
