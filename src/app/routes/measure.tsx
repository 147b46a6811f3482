import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { useSession } from '@/features/auth/api/get-session.ts';
import { getDepartmentsQueryOptions, useDepartments } from '@/features/departments/api/get-departments.ts';
import { getMeasureQueryOptions, useMeasure } from '@/features/measures/api/get-measure.ts';
import { getPeopleQueryOptions } from '@/features/measures/api/get-people.ts';
import { MeasureDetails } from '@/features/measures/components/measure-details.tsx';
import { getPlanQueryOptions, usePlan } from '@/features/plan/api/get-plan.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import type { LazyPage } from '../lazy-page.ts';

export const measureLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const code = params.code ?? '';
    // Departments, people and the plan's goals give the measure's ids their names.
    await Promise.all([
      queryClient.ensureQueryData(getMeasureQueryOptions(code)),
      queryClient.ensureQueryData(getDepartmentsQueryOptions()),
      queryClient.ensureQueryData(getPlanQueryOptions()),
      queryClient.ensureQueryData(getPeopleQueryOptions()),
    ]);
    return null;
  };

export function MeasureRoute() {
  const { code = '' } = useParams();
  const { localized } = useLocale();
  const { data: measure } = useMeasure(code);
  // Held here so the names the measure's components read from the cache stay loaded.
  useDepartments();
  const { data: plan } = usePlan();
  const session = useSession();
  const area = plan.areas.find((a) => a.code === measure.areaCode);
  return (
    <MeasureDetails
      measure={measure}
      areaTitle={area && localized(area.shortTitle)}
      user={session?.user ?? null}
      reportingIntervalDays={plan.reportingIntervalDays}
    />
  );
}

/** What the router loads for this page (src/app/router.tsx). */
export const page: LazyPage = { loader: measureLoader, Component: MeasureRoute };
