import { Link } from 'react-router-dom';
import { PageTitle } from '@/components/page-title.tsx';
import { useTranslation } from '@/lib/i18n/use-translation.ts';

/** A page the user's role may not see: said plainly, with the way back. */
export function NoAccess() {
  const { t } = useTranslation();
  return (
    <section className="not-found">
      <PageTitle documentTitle={t('noAccess.title')}>{t('noAccess.title')}</PageTitle>
      <p role="alert">{t('noAccess.text')}</p>
      <ul className="link-list">
        <li>
          <Link to="/">{t('notFound.toOverview')}</Link>
        </li>
      </ul>
    </section>
  );
}
