import type { QueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { PageTitle } from '@/components/page-title.tsx';
import { getDepartmentsQueryOptions, useDepartments } from '@/features/departments/api/get-departments.ts';
import { getMeasuresQueryOptions, useMeasures } from '@/features/measures/api/get-measures.ts';
import { MeasureFiltersForm } from '@/features/measures/components/measure-filters-form.tsx';
import { MeasuresTable } from '@/features/measures/components/measures-table.tsx';
import { measureFiltersFrom, searchParamsFrom } from '@/features/measures/utils/measure-filters.ts';
import { getPlanQueryOptions, usePlan } from '@/features/plan/api/get-plan.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';

export const measuresLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const filters = measureFiltersFrom(new URL(request.url).searchParams);
    await Promise.all([
      queryClient.ensureQueryData(getMeasuresQueryOptions(filters)),
      queryClient.ensureQueryData(getDepartmentsQueryOptions()),
      queryClient.ensureQueryData(getPlanQueryOptions()),
    ]);
    return null;
  };

export function MeasuresRoute() {
  const { t } = useTranslation();
  const { localized } = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = measureFiltersFrom(searchParams);
  const { data: measures } = useMeasures(filters);
  const { data: departments } = useDepartments();
  const { data: plan } = usePlan();

  const areaName = (code: string) => {
    const area = plan.areas.find((a) => a.code === code);
    return area ? `${code} – ${localized(area.shortTitle)}` : code;
  };
  const departmentName = (id: string) => {
    const department = departments.find((d) => d.id === id);
    return department ? localized(department.name) : id;
  };

  return (
    <>
      <PageTitle documentTitle={t('measures.title')}>{t('measures.title')}</PageTitle>
      <MeasureFiltersForm
        // A new URL (back button, reset link) re-seeds the form's fields from it.
        key={searchParams.toString()}
        filters={filters}
        areas={plan.areas}
        departments={departments}
        onApply={(next) => setSearchParams(searchParamsFrom(next))}
        resetTo="/measures"
      />
      <p role="status" className="result-count">
        {measures.length > 0 ? t('measures.resultCount', { count: measures.length }) : t('measures.empty')}
      </p>
      {measures.length > 0 ? <MeasuresTable measures={measures} areaName={areaName} departmentName={departmentName} /> : null}
    </>
  );
}
