import { Link } from 'react-router-dom';
import type { Role } from '@/contract/common.ts';
import type { User } from '@/contract/users.ts';
import { StatusBadge } from '@/components/status-badge.tsx';
import { healthIcons, phaseIcons } from '@/components/status-icons.tsx';
import { useAdminTranslation } from '@/lib/i18n/use-admin-translation.ts';

type UsersTableProps = {
  users: readonly User[];
  /** The signed-in admin, marked "(you)". */
  currentUserId: string | null;
  roleName: (role: Role) => string;
  departmentName: (id: string) => string;
};

/** Every account, one row each, with the way to its page. */
export function UsersTable({ users, currentUserId, roleName, departmentName }: UsersTableProps) {
  const { t } = useAdminTranslation();
  return (
    // A focusable, named region lets keyboard users scroll the table sideways on narrow screens.
    <div className="table-scroll" role="region" aria-labelledby="users-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="users-caption">
          {t('users.caption')} <span className="count">({t('users.count', { count: users.length })})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('users.username')}</th>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.department')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">
                <code>{user.username}</code>
                {user.id === currentUserId ? <span className="note"> {t('users.you')}</span> : null}
              </th>
              <td>{user.name}</td>
              <td>{roleName(user.role)}</td>
              <td>{user.departmentId ? departmentName(user.departmentId) : <span className="unassigned">{t('users.noDepartment')}</span>}</td>
              <td>
                {user.disabled ? (
                  <StatusBadge icon={phaseIcons.discontinued} label={t('users.disabled')} tone="muted" />
                ) : (
                  <StatusBadge icon={healthIcons.on_track} label={t('users.active')} tone="success" />
                )}
              </td>
              <td>
                {/* The name starts with the visible word (WCAG 2.5.3) and says which account. */}
                <Link to={`/admin/users/${user.id}`} aria-label={t('users.editLabel', { username: user.username })}>
                  {t('users.edit')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
