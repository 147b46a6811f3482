import type { ReactNode } from 'react';
import type { StatsSummary } from '@/contract/stats.ts';
import { useDashboardTranslation } from '@/lib/i18n/use-dashboard-translation.ts';
import { AreaCharts } from './area-charts.tsx';
import { MeasureFlags } from './measure-flags.tsx';
import { PlanFigures } from './plan-figures.tsx';
import { useDashboardFormat } from './use-dashboard-format.ts';
import './dashboard.css';

export type AreaName = { code: string; label: string };

type DashboardProps = {
  summary: StatsSummary;
  /** The Areas of Action as the charts name them, e.g. "3 – Internationale Profilierung und Attraktivität". */
  areas: readonly AreaName[];
  measureTitle: (code: string) => string;
  /** Progress over time, which fetches its own figures for the period chosen. */
  history: ReactNode;
};

/** The plan in a minute: key figures, the state by Area of Action, progress over time, and what needs attention. */
export function Dashboard({ summary, areas, measureTitle, history }: DashboardProps) {
  const { t } = useDashboardTranslation();
  const { formatDateTime } = useDashboardFormat();
  const areaLabel = (code: string) => areas.find((area) => area.code === code)?.label ?? code;

  return (
    <div className="dashboard">
      <section aria-labelledby="dashboard-figures">
        <h2 id="dashboard-figures">{t('figures.title')}</h2>
        <p className="note">{t('asOf', { date: formatDateTime(summary.asOf) })}</p>
        <PlanFigures overall={summary.overall} />
      </section>
      <section aria-labelledby="dashboard-charts">
        <h2 id="dashboard-charts">{t('charts.title')}</h2>
        <AreaCharts summary={summary} areaLabel={areaLabel} />
      </section>
      <section aria-labelledby="dashboard-history">
        <h2 id="dashboard-history">{t('history.section')}</h2>
        {history}
      </section>
      <section aria-labelledby="dashboard-flags">
        <h2 id="dashboard-flags">{t('flags.title')}</h2>
        <MeasureFlags summary={summary} measureTitle={measureTitle} />
      </section>
    </div>
  );
}
