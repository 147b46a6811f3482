import type { QueryClient } from '@tanstack/react-query';
import { redirect, useLocation, useNavigate, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { PageTitle } from '@/components/page-title.tsx';
import { DemoAccountsHint } from '@/features/auth/components/demo-accounts-hint.tsx';
import { LoginForm } from '@/features/auth/components/login-form.tsx';
import { safeNextPath } from '@/features/auth/utils/next-path.ts';
import { useLoginTranslation } from '@/lib/i18n/use-login-translation.ts';
import { loadSession, type LoginState } from '../session.ts';
import type { LazyPage } from '../lazy-page.ts';

/** Someone already signed in has no business here: on to where they were going. */
export const loginLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    if (await loadSession(queryClient)) throw redirect(safeNextPath(new URL(request.url).searchParams.get('next')));
    return null;
  };

export function LoginRoute() {
  const { t } = useLoginTranslation();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const next = safeNextPath(searchParams.get('next'));
  const sessionEnded = (location.state as LoginState | null)?.sessionEnded === true;

  return (
    <div className="login-page">
      <PageTitle documentTitle={t('title')}>{t('title')}</PageTitle>
      <p className="lede">{t('intro')}</p>
      <LoginForm notice={sessionEnded ? t('sessionEnded') : null} onSignedIn={() => void navigate(next, { replace: true })} />
      {import.meta.env.MODE === 'mock' ? <DemoAccountsHint /> : null}
    </div>
  );
}

/** What the router loads for this page (src/app/router.tsx). */
export const page: LazyPage = { loader: loginLoader, Component: LoginRoute };
