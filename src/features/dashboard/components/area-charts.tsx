import type { Health } from '@/contract/common.ts';
import type { StatsSummary } from '@/contract/stats.ts';
import { BarChart } from '@/components/charts/bar-chart/bar-chart.tsx';
import { StackedBarChart, type StackRow } from '@/components/charts/stacked-bar-chart/stacked-bar-chart.tsx';
import { useHealthSeries, usePhaseSeries } from '@/components/charts/status-series.tsx';
import { useDashboardTranslation } from '@/lib/i18n/use-dashboard-translation.ts';
import { measuresHref } from '../utils/measures-link.ts';
import { StaleNote } from './stale-note.tsx';
import { useDashboardFormat } from './use-dashboard-format.ts';

type AreaChartsProps = {
  summary: Pick<StatsSummary, 'areas' | 'overall' | 'reportingIntervalDays'>;
  /** An Area of Action's name as the charts show it, e.g. "3 – Internationale Profilierung und Attraktivität". */
  areaLabel: (code: string) => string;
};

const staleOf = (areaCode: string | undefined, count: number) => ({ count, href: measuresHref({ area: areaCode, stale: true }) });

/** Progress, phases and health of the measures, by Area of Action. */
export function AreaCharts({ summary, areaLabel }: AreaChartsProps) {
  const { t } = useDashboardTranslation();
  const { formatPercent } = useDashboardFormat();
  const phaseSeries = usePhaseSeries();
  const healthSeries = useHealthSeries();
  const { areas, overall } = summary;
  const staleNote = <StaleNote stale={overall.stale} total={overall.measures} reportingIntervalDays={summary.reportingIntervalDays} />;

  const phaseRow = (areaCode: string | undefined, group: (typeof areas)[number] | StatsSummary['overall'], label: string): StackRow<keyof typeof overall.phases> => ({
    key: areaCode ?? 'all',
    label,
    values: group.phases,
    hrefs: Object.fromEntries(phaseSeries.map(({ key }) => [key, measuresHref({ area: areaCode, phase: key })])),
    href: measuresHref({ area: areaCode }),
    stale: staleOf(areaCode, group.stale),
  });

  const healthRow = (areaCode: string | undefined, group: (typeof areas)[number] | StatsSummary['overall'], label: string): StackRow<Health | 'none'> => ({
    key: areaCode ?? 'all',
    label,
    values: group.healths,
    // "Not applicable" is no filter of the table: that count stays plain.
    hrefs: Object.fromEntries(healthSeries.filter(({ key }) => key !== 'none').map(({ key }) => [key, measuresHref({ area: areaCode, health: key as Health })])),
    href: measuresHref({ area: areaCode }),
    stale: staleOf(areaCode, group.stale),
  });

  return (
    <div className="dashboard__charts">
      <BarChart
        title={t('charts.areaProgress')}
        description={t('charts.areaProgressNote')}
        staleNote={staleNote}
        categoryLabel={t('charts.area')}
        valueLabel={t('charts.progress')}
        format={formatPercent}
        data={areas.map((area) => ({
          key: area.areaCode,
          label: areaLabel(area.areaCode),
          value: area.progress,
          href: measuresHref({ area: area.areaCode }),
          stale: staleOf(area.areaCode, area.stale),
        }))}
      />
      <StackedBarChart
        title={t('charts.phases')}
        description={t('charts.phasesNote')}
        staleNote={staleNote}
        categoryLabel={t('charts.area')}
        series={phaseSeries}
        rows={areas.map((area) => phaseRow(area.areaCode, area, areaLabel(area.areaCode)))}
        totalRow={phaseRow(undefined, overall, t('charts.whole'))}
      />
      <StackedBarChart
        title={t('charts.healths')}
        description={t('charts.healthsNote')}
        staleNote={staleNote}
        categoryLabel={t('charts.area')}
        series={healthSeries}
        rows={areas.map((area) => healthRow(area.areaCode, area, areaLabel(area.areaCode)))}
        totalRow={healthRow(undefined, overall, t('charts.whole'))}
      />
    </div>
  );
}
