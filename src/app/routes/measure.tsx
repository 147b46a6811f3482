import type { QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { getDepartmentsQueryOptions, useDepartments } from '@/features/departments/api/get-departments.ts';
import { getMeasureQueryOptions, useMeasure } from '@/features/measures/api/get-measure.ts';
import { MeasureDetails } from '@/features/measures/components/measure-details.tsx';
import { getPlanQueryOptions, usePlan } from '@/features/plan/api/get-plan.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';

export const measureLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const code = params.code ?? '';
    await Promise.all([
      queryClient.ensureQueryData(getMeasureQueryOptions(code)),
      queryClient.ensureQueryData(getDepartmentsQueryOptions()),
      queryClient.ensureQueryData(getPlanQueryOptions()),
    ]);
    return null;
  };

export function MeasureRoute() {
  const { code = '' } = useParams();
  const { localized } = useLocale();
  const { data: measure } = useMeasure(code);
  const { data: departments } = useDepartments();
  const { data: plan } = usePlan();
  const area = plan.areas.find((a) => a.code === measure.areaCode);
  const departmentName = (id: string) => {
    const department = departments.find((d) => d.id === id);
    return department ? localized(department.name) : id;
  };
  return <MeasureDetails measure={measure} areaTitle={area && localized(area.shortTitle)} departmentName={departmentName} />;
}
