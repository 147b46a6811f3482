import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { PageTitle } from '@/components/page-title.tsx';
import { getPlanQueryOptions, usePlan } from '@/features/plan/api/get-plan.ts';
import { PlanOverview } from '@/features/plan/components/plan-overview.tsx';

export const overviewLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(getPlanQueryOptions());
  return null;
};

export function OverviewRoute() {
  const { t } = useTranslation();
  const { data: plan } = usePlan();
  return (
    <>
      <PageTitle documentTitle={t('overview.title')}>{t('overview.title')}</PageTitle>
      <PlanOverview plan={plan} />
    </>
  );
}
