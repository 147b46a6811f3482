import type { QueryClient } from '@tanstack/react-query';
import { PageTitle } from '@/components/page-title.tsx';
import { getDepartmentsQueryOptions, useDepartments } from '@/features/departments/api/get-departments.ts';
import { DepartmentForm } from '@/features/departments/components/department-form.tsx';
import { DepartmentsTable } from '@/features/departments/components/departments-table.tsx';
import { useAdminTranslation } from '@/lib/i18n/use-admin-translation.ts';

export const departmentsLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(getDepartmentsQueryOptions());
  return null;
};

export function DepartmentsRoute() {
  const { t } = useAdminTranslation();
  const { data: departments } = useDepartments();
  return (
    <>
      <PageTitle documentTitle={t('departments.title')}>{t('departments.title')}</PageTitle>
      <p className="lede">{t('departments.intro')}</p>
      <DepartmentsTable departments={departments} />
      <section className="panel admin-form" aria-labelledby="department-create-title">
        <h2 id="department-create-title">{t('departments.create.title')}</h2>
        <DepartmentForm />
      </section>
    </>
  );
}
