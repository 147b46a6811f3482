import { Link } from 'react-router-dom';
import { useDashboardTranslation } from '@/lib/i18n/use-dashboard-translation.ts';
import { measuresHref } from '../utils/measures-link.ts';

type StaleNoteProps = {
  /** Stale measures among those the figures rest on. */
  stale: number;
  total: number;
  reportingIntervalDays: number;
  /** The stale measures of this selection in the table. */
  href?: string;
};

/** How far figures can be trusted, said with the figures: nothing when every measure is current. */
export function StaleNote({ stale, total, reportingIntervalDays, href = measuresHref({ stale: true }) }: StaleNoteProps) {
  const { t } = useDashboardTranslation();
  if (stale === 0) return null;
  return (
    <p>
      <span aria-hidden="true">⚠ </span>
      {t('staleNote', { count: stale, total, days: reportingIntervalDays })} <Link to={href}>{t('staleLink')}</Link>
    </p>
  );
}
