import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { PageTitle } from '@/components/page-title.tsx';
import { getProgressHistoryQueryOptions } from '@/features/dashboard/api/get-progress-history.ts';
import { getStatsSummaryQueryOptions, useStatsSummary } from '@/features/dashboard/api/get-stats-summary.ts';
import { Dashboard } from '@/features/dashboard/components/dashboard.tsx';
import { ProgressHistorySection } from '@/features/dashboard/components/progress-history-section.tsx';
import { initialHistoryQuery } from '@/features/dashboard/utils/period.ts';
import { getPlanQueryOptions, usePlan } from '@/features/plan/api/get-plan.ts';
import { PlanOverview } from '@/features/plan/components/plan-overview.tsx';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import type { LazyPage } from '../lazy-page.ts';

export const overviewLoader = (queryClient: QueryClient) => async () => {
  await Promise.all([
    queryClient.ensureQueryData(getPlanQueryOptions()),
    queryClient.ensureQueryData(getStatsSummaryQueryOptions()),
    // Fetched ahead but not required: if it fails, that chart says so and offers to try again.
    queryClient.prefetchQuery(getProgressHistoryQueryOptions(initialHistoryQuery())),
  ]);
  return null;
};

/** The first page after signing in: the plan's figures and charts, then every Area of Action with its measures. */
export function OverviewRoute() {
  const { t } = useTranslation();
  const { localized } = useLocale();
  const { data: plan } = usePlan();
  const { data: summary } = useStatsSummary();

  const areas = plan.areas.map((area) => ({ code: area.code, label: `${area.code} – ${localized(area.shortTitle)}` }));
  const measures = new Map(plan.areas.flatMap((area) => area.measures.map((measure) => [measure.code, localized(measure.title)] as const)));

  return (
    <>
      <PageTitle documentTitle={t('overview.title')}>{t('overview.title')}</PageTitle>
      <Dashboard
        summary={summary}
        areas={areas}
        measureTitle={(code) => measures.get(code) ?? code}
        history={<ProgressHistorySection areas={areas} summary={summary} />}
      />
      <PlanOverview plan={plan} />
    </>
  );
}

/** What the router loads for this page (src/app/router.tsx). */
export const page: LazyPage = { loader: overviewLoader, Component: OverviewRoute };
