import type { ReactNode } from 'react';
import type { ProgressHistory } from '@/contract/stats.ts';
import { LineChart, type LineSeries } from '@/components/charts/line-chart/line-chart.tsx';
import { useDashboardTranslation } from '@/lib/i18n/use-dashboard-translation.ts';
import { measuresHref } from '../utils/measures-link.ts';
import type { AreaName } from './dashboard.tsx';
import { useDashboardFormat } from './use-dashboard-format.ts';

type ProgressHistoryChartProps = {
  history: ProgressHistory;
  /** The Areas of Action in plan order, as the charts name them. */
  areas: readonly AreaName[];
  staleNote?: ReactNode;
};

/** Progress over time, overall and by Area of Action, from the progress reports. */
export function ProgressHistoryChart({ history, areas, staleNote }: ProgressHistoryChartProps) {
  const { t } = useDashboardTranslation();
  const { formatPercent, formatDate, formatPeriod } = useDashboardFormat();
  const series: LineSeries[] = [
    { key: 'overall', label: t('charts.whole'), emphasis: true, href: measuresHref() },
    ...areas.map((area) => ({ key: `area-${area.code}`, label: area.label, href: measuresHref({ area: area.code }) })),
  ];
  const points = history.points.map((point) => ({
    key: point.date,
    label: formatPeriod(point.date, history.interval),
    values: {
      overall: point.overall,
      ...Object.fromEntries(point.areas.map((area) => [`area-${area.areaCode}`, area.progress])),
    },
  }));

  return (
    <LineChart
      title={t('history.title')}
      description={
        <>
          <p>{t('history.note')}</p>
          <p>{t('history.shown', { from: formatDate(history.from), to: formatDate(history.to) })}</p>
        </>
      }
      staleNote={staleNote}
      series={series}
      points={points}
      categoryLabel={t('history.date')}
      format={formatPercent}
    />
  );
}
