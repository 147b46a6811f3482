import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { isRouteErrorResponse, useLocation, useParams, useRevalidator, useRouteError } from 'react-router-dom';
import { PageTitle } from '@/components/page-title.tsx';
import { ErrorAlert } from '@/components/status-message.tsx';
import { isApiError } from '@/lib/api-client.ts';
import { NotFound } from './not-found.tsx';

const isNotFound = (error: unknown) => (isApiError(error) && error.status === 404) || (isRouteErrorResponse(error) && error.status === 404);

/** What a page shows when its data could not be loaded: in words, with a retry; a 404 is the not-found page. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const params = useParams();
  const { pathname } = useLocation();
  const revalidator = useRevalidator();

  if (isNotFound(error)) {
    const code = params.code;
    const message =
      code === undefined ? undefined : pathname.startsWith('/areas/') ? t('area.notFound', { code }) : t('measure.notFound', { code });
    return <NotFound message={message} />;
  }

  const message = !isApiError(error)
    ? t('status.unexpected')
    : error.status === 0
      ? t('status.unreachable')
      : error.status >= 500
        ? t('status.serverError', { status: error.status })
        : error.status === 400
          ? t('status.badRequest', { message: error.message })
          : t('status.loadFailed');

  return (
    <section>
      <PageTitle documentTitle={t('status.errorTitle')}>{t('status.errorTitle')}</PageTitle>
      <ErrorAlert
        title={t('status.loadFailed')}
        message={message}
        onRetry={() => void revalidator.revalidate()}
        retrying={revalidator.state === 'loading'}
      />
    </section>
  );
}
