import { useState } from 'react';
import type { StatsSummary } from '@/contract/stats.ts';
import { ErrorAlert, LoadingStatus } from '@/components/status-message.tsx';
import { berlinDate } from '@/lib/freshness.ts';
import { useDashboardTranslation } from '@/lib/i18n/use-dashboard-translation.ts';
import { useProgressHistory } from '../api/get-progress-history.ts';
import { defaultHistoryView, historyQuery, type HistoryView } from '../utils/period.ts';
import type { AreaName } from './dashboard.tsx';
import { PeriodForm } from './period-form.tsx';
import { ProgressHistoryChart } from './progress-history-chart.tsx';
import { StaleNote } from './stale-note.tsx';

type ProgressHistorySectionProps = {
  areas: readonly AreaName[];
  /** For the note on how many measures are stale now. */
  summary: Pick<StatsSummary, 'overall' | 'reportingIntervalDays'>;
};

/** Progress over time with the period to choose; fetches the figures for each period chosen. */
export function ProgressHistorySection({ areas, summary }: ProgressHistorySectionProps) {
  const { t } = useDashboardTranslation();
  const [view, setView] = useState<HistoryView>(defaultHistoryView);
  const today = berlinDate(new Date());
  const query = historyQuery(view, today);
  const { data, isError, isFetching, isPlaceholderData, refetch } = useProgressHistory(query);

  return (
    <>
      <PeriodForm view={view} shown={query} today={today} onApply={setView} />
      <p role="status" className="visually-hidden">
        {data && isFetching ? t('history.loading') : ''}
      </p>
      {isError ? <ErrorAlert message={t('history.failed')} onRetry={() => void refetch()} retrying={isFetching} /> : null}
      {data ? (
        <div className="dashboard__history" aria-busy={isPlaceholderData || undefined}>
          <ProgressHistoryChart
            history={data}
            areas={areas}
            staleNote={<StaleNote stale={summary.overall.stale} total={summary.overall.measures} reportingIntervalDays={summary.reportingIntervalDays} />}
          />
        </div>
      ) : !isError ? (
        <LoadingStatus label={t('history.loading')} />
      ) : null}
    </>
  );
}
