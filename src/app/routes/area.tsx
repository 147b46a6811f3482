import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { data, useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { getPlanQueryOptions, usePlan } from '@/features/plan/api/get-plan.ts';
import { AreaDetails } from '@/features/plan/components/area-details.tsx';
import { NotFound } from './not-found.tsx';
import type { LazyPage } from '../lazy-page.ts';

export const areaLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const plan = await queryClient.ensureQueryData(getPlanQueryOptions());
    if (!plan.areas.some((area) => area.code === params.code)) throw data(null, { status: 404 });
    return null;
  };

export function AreaRoute() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { data: plan } = usePlan();
  const area = plan.areas.find((a) => a.code === code);
  // The loader has made sure the area exists; a plan refetched since could have lost it.
  if (!area) return <NotFound message={t('area.notFound', { code })} />;
  return <AreaDetails area={area} />;
}

/** What the router loads for this page (src/app/router.tsx). */
export const page: LazyPage = { loader: areaLoader, Component: AreaRoute };
