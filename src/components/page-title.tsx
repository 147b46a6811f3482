import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation.ts';

type PageTitleProps = {
  /** The page's one h1. */
  children: ReactNode;
  /** The browser tab's title, before the app's name; plain text. */
  documentTitle: string;
};

/**
 * The page's h1 and document title together, so no page forgets either. The h1 takes focus after
 * a navigation (see the app shell), which tells screen-reader users the new page has arrived.
 */
export function PageTitle({ children, documentTitle }: PageTitleProps) {
  const { t } = useTranslation();
  return (
    <>
      <title>{t('app.documentTitle', { page: documentTitle })}</title>
      <h1 tabIndex={-1} className="page-title">
        {children}
      </h1>
    </>
  );
}
