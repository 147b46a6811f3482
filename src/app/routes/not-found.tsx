import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { Link } from 'react-router-dom';
import { PageTitle } from '@/components/page-title.tsx';

/** Nothing here: for unknown addresses, and for measures or Areas of Action the API does not know. */
export function NotFound({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <section className="not-found">
      <PageTitle documentTitle={t('notFound.title')}>{t('notFound.title')}</PageTitle>
      <p role="alert">{message ?? t('notFound.text')}</p>
      <ul className="link-list">
        <li>
          <Link to="/">{t('notFound.toOverview')}</Link>
        </li>
        <li>
          <Link to="/measures">{t('notFound.toMeasures')}</Link>
        </li>
      </ul>
    </section>
  );
}

export function NotFoundRoute() {
  return <NotFound />;
}
