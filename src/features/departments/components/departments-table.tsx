import { Link } from 'react-router-dom';
import type { Department } from '@/contract/departments.ts';
import { useAdminTranslation } from '@/lib/i18n/use-admin-translation.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';

/** Every department with both its names, and the way to rename it. */
export function DepartmentsTable({ departments }: { departments: readonly Department[] }) {
  const { t } = useAdminTranslation();
  const { localized } = useLocale();
  return (
    <div className="table-scroll" role="region" aria-labelledby="departments-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="departments-caption">
          {t('departments.caption')} <span className="count">({t('departments.count', { count: departments.length })})</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('departments.id')}</th>
            <th scope="col">{t('departments.nameDe')}</th>
            <th scope="col">{t('departments.nameEn')}</th>
            <th scope="col">{t('departments.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {departments.map((department) => (
            <tr key={department.id}>
              <th scope="row">
                <code>{department.id}</code>
              </th>
              <td lang="de">{department.name.de}</td>
              <td lang="en">{department.name.en}</td>
              <td>
                <Link to={`/admin/departments/${department.id}`} aria-label={t('departments.renameLabel', { name: localized(department.name) })}>
                  {t('departments.rename')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
