import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { isRouteErrorResponse, Navigate, useLocation, useParams, useRevalidator, useRouteError } from 'react-router-dom';
import { PageTitle } from '@/components/page-title.tsx';
import { ErrorAlert } from '@/components/status-message.tsx';
import { isApiError } from '@/lib/api-client.ts';
import { loginPath } from '@/features/auth/utils/next-path.ts';
import type { LoginState } from '../session.ts';
import { NoAccess } from './no-access.tsx';
import { NotFound } from './not-found.tsx';

const hasStatus = (error: unknown, status: number) => (isApiError(error) || isRouteErrorResponse(error)) && error.status === status;
const isNotFound = (error: unknown) => hasStatus(error, 404);

/** What a page shows when its data could not be loaded: in words, with a retry; a 404 is the not-found page. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const params = useParams();
  const { pathname, search, hash } = useLocation();
  const revalidator = useRevalidator();

  // The session has ended; src/app/session.ts is on its way to the login page already, this only makes sure.
  if (hasStatus(error, 401)) {
    const state: LoginState = { sessionEnded: true };
    return <Navigate to={loginPath(`${pathname}${search}${hash}`)} replace state={state} />;
  }
  if (hasStatus(error, 403)) return <NoAccess />;

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
