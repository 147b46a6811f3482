import type { Language } from '@/contract/common.ts';
import { reportsT } from '@/lib/i18n/use-reports-translation.ts';

const line = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

/** Stale and overdue in words with a shape of their own each; the colour only repeats them (WCAG 1.4.1). */
export function FreshnessFlags({ stale, overdue, language }: { stale: boolean; overdue: boolean; language: Language }) {
  if (!stale && !overdue) return null;
  const t = reportsT(language);
  return (
    <span className="report-flags">
      {stale ? (
        <span className="badge badge--warning report-flag">
          <svg className="status-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
            <path d="M4 1.5h8M4 14.5h8M5 1.5c0 4 6 4 6 6.5S5 10.5 5 14.5M11 1.5c0 4-6 4-6 6.5s6 2.5 6 6.5" {...line} />
          </svg>{' '}
          <span className="badge__label">{t('value.stale')}</span>
        </span>
      ) : null}{' '}
      {overdue ? (
        <span className="badge badge--warning report-flag">
          <svg className="status-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
            <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" {...line} />
            <path d="M1.5 6h13M8 8.2v3" {...line} />
            <circle cx="8" cy="13" r="0.4" {...line} />
          </svg>{' '}
          <span className="badge__label">{t('value.overdue')}</span>
        </span>
      ) : null}
    </span>
  );
}
