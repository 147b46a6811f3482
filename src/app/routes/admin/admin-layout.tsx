import { NavLink, Outlet } from 'react-router-dom';
import { useAdminTranslation } from '@/lib/i18n/use-admin-translation.ts';

/** The administration's pages, with their own small navigation between them. */
export function AdminLayout() {
  const { t } = useAdminTranslation();
  return (
    <>
      <nav className="sub-nav" aria-label={t('nav.label')}>
        <ul>
          <li>
            <NavLink to="/admin/users">{t('nav.users')}</NavLink>
          </li>
          <li>
            <NavLink to="/admin/departments">{t('nav.departments')}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
