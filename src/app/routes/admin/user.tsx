import type { QueryClient } from '@tanstack/react-query';
import { Link, useParams, useRouteLoaderData } from 'react-router-dom';
import { PageTitle } from '@/components/page-title.tsx';
import { getDepartmentsQueryOptions, useDepartments } from '@/features/departments/api/get-departments.ts';
import { getUsersQueryOptions, useUsers } from '@/features/users/api/get-users.ts';
import { EditUserForm } from '@/features/users/components/edit-user-form.tsx';
import { ResetPasswordForm } from '@/features/users/components/reset-password-form.tsx';
import { UserStatusForm } from '@/features/users/components/user-status-form.tsx';
import { useAdminTranslation } from '@/lib/i18n/use-admin-translation.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { NotFound } from '../not-found.tsx';
import type { AdminLoaderData } from '../../session.ts';
import { departmentOptions } from './department-options.ts';

/** The API has no single account to fetch: the list has them all, and the page reads from it. */
export const userLoader = (queryClient: QueryClient) => async () => {
  await Promise.all([queryClient.ensureQueryData(getUsersQueryOptions()), queryClient.ensureQueryData(getDepartmentsQueryOptions())]);
  return null;
};

export function UserRoute() {
  const { t } = useAdminTranslation();
  const { language } = useLocale();
  const { id = '' } = useParams();
  const { currentUserId } = useRouteLoaderData('admin') as AdminLoaderData;
  const { data: users } = useUsers();
  const { data: departments } = useDepartments();
  const user = users.find((u) => u.id === id);
  if (!user) return <NotFound message={t('users.detail.notFound')} />;
  const isSelf = user.id === currentUserId;

  return (
    <>
      <p className="back-link">
        <Link to="/admin/users">{t('users.detail.back')}</Link>
      </p>
      <PageTitle documentTitle={t('users.detail.title', { username: user.username })}>{t('users.detail.title', { username: user.username })}</PageTitle>
      {isSelf ? <p className="note">{t('users.detail.ownAccount')}</p> : null}
      <div className="admin-sections">
        {/* A new key after every save: the form starts again from the account as the server has it. */}
        <EditUserForm key={`${user.name}|${user.role}|${user.departmentId}`} user={user} departments={departmentOptions(departments, language)} isSelf={isSelf} />
        <UserStatusForm user={user} isSelf={isSelf} />
        <ResetPasswordForm userId={user.id} />
      </div>
    </>
  );
}
