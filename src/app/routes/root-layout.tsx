import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router-dom';
import { LoadingStatus } from '@/components/status-message.tsx';
import { useSessionOnceKnown } from '@/features/auth/api/get-session.ts';
import { UserMenu } from '@/features/auth/components/user-menu.tsx';
import { useReplaceBootHeader } from '../boot-header.ts';
import { LanguageSwitch } from '../language-switch.tsx';

/**
 * After a client-side navigation nothing tells a screen reader a new page is there: move focus
 * to its h1 (or to main, while the page is still loading) and start at the top, as a full page
 * load would.
 */
function useFocusOnNavigation() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const main = document.getElementById('main');
    const target = main?.querySelector<HTMLElement>('h1') ?? main;
    target?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);
}

export function RootLayout() {
  const { t } = useTranslation();
  // Nobody signed in (the login page): no pages to offer.
  const session = useSessionOnceKnown();
  const navigation = useNavigation();
  const navigating = navigation.state === 'loading';
  useFocusOnNavigation();
  useReplaceBootHeader(session !== undefined);
  // Until the API has said who is signed in, a header without their pages would make the whole
  // page jump when they appear (layout shift): one request's wait, once, instead. index.html's copy
  // of the brand stands in meanwhile.
  if (session === undefined) return null;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="brand">
            <Link to="/" className="brand__name">
              {t('app.name')}
            </Link>
            {/* Words, not the plan's data: the header would otherwise fetch the whole plan on every page. */}
            <span className="brand__plan">{t('app.tagline')}</span>
          </p>
          <div className="site-header__tools">
            {session ? <UserMenu user={session.user} /> : null}
            <LanguageSwitch />
          </div>
        </div>
        {session ? (
          <nav className="site-nav" aria-label={t('nav.label')}>
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.overview')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/measures">{t('nav.measures')}</NavLink>
              </li>
              {session.user.departmentId ? (
                <li>
                  <NavLink to={`/departments/${session.user.departmentId}`}>{t('nav.department')}</NavLink>
                </li>
              ) : null}
              <li>
                <NavLink to="/report">{t('nav.report')}</NavLink>
              </li>
              {session.user.role === 'admin' ? (
                <li>
                  <NavLink to="/admin">{t('nav.admin')}</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </header>
      {/* Always present, so screen readers announce when a page starts loading. */}
      <div className={navigating ? 'navigation-status navigation-status--active' : 'navigation-status'} role="status">
        {navigating ? t('status.loading') : null}
      </div>
      <main id="main" tabIndex={-1} className="site-main" aria-busy={navigating || undefined}>
        <Suspense fallback={<LoadingStatus label={t('status.pageLoading')} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
