import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { PageTitle } from '@/components/page-title.tsx';
import { getDepartmentsQueryOptions, useDepartments } from '@/features/departments/api/get-departments.ts';
import { DepartmentForm } from '@/features/departments/components/department-form.tsx';
import { useAdminTranslation } from '@/lib/i18n/use-admin-translation.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { NotFound } from '../not-found.tsx';

export const departmentLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(getDepartmentsQueryOptions());
  return null;
};

export function DepartmentRoute() {
  const { t } = useAdminTranslation();
  const { localized } = useLocale();
  const { id = '' } = useParams();
  const { data: departments } = useDepartments();
  const department = departments.find((d) => d.id === id);
  if (!department) return <NotFound message={t('departments.detail.notFound')} />;

  return (
    <>
      <p className="back-link">
        <Link to="/admin/departments">{t('departments.detail.back')}</Link>
      </p>
      <PageTitle documentTitle={`${t('departments.detail.title')}: ${localized(department.name)}`}>
        <span className="eyebrow">{localized(department.name)}</span>
        {t('departments.detail.title')}
      </PageTitle>
      <p>
        {t('departments.id')}: <code>{department.id}</code>
      </p>
      <section className="panel admin-form" aria-label={t('departments.detail.title')}>
        <DepartmentForm department={department} />
      </section>
    </>
  );
}
