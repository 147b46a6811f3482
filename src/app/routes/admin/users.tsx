import type { QueryClient } from '@tanstack/react-query';
import { useRouteLoaderData } from 'react-router-dom';
import { PageTitle } from '@/components/page-title.tsx';
import { getDepartmentsQueryOptions, useDepartments } from '@/features/departments/api/get-departments.ts';
import { getUsersQueryOptions, useUsers } from '@/features/users/api/get-users.ts';
import { CreateUserForm } from '@/features/users/components/create-user-form.tsx';
import { UsersTable } from '@/features/users/components/users-table.tsx';
import { useAdminTranslation } from '@/lib/i18n/use-admin-translation.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import type { AdminLoaderData } from '../../session.ts';
import { departmentOptions } from './department-options.ts';

export const usersLoader = (queryClient: QueryClient) => async () => {
  await Promise.all([queryClient.ensureQueryData(getUsersQueryOptions()), queryClient.ensureQueryData(getDepartmentsQueryOptions())]);
  return null;
};

export function UsersRoute() {
  const { t } = useAdminTranslation();
  const { t: tc } = useTranslation();
  const { language, localized } = useLocale();
  const { currentUserId } = useRouteLoaderData('admin') as AdminLoaderData;
  const { data: users } = useUsers();
  const { data: departments } = useDepartments();
  const departmentName = (id: string) => {
    const department = departments.find((d) => d.id === id);
    return department ? localized(department.name) : id;
  };

  return (
    <>
      <PageTitle documentTitle={t('users.title')}>{t('users.title')}</PageTitle>
      <p className="lede">{t('users.intro')}</p>
      <UsersTable users={users} currentUserId={currentUserId} roleName={(role) => tc(`role.${role}`)} departmentName={departmentName} />
      <CreateUserForm departments={departmentOptions(departments, language)} />
    </>
  );
}
