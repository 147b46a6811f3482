import { Link } from 'react-router-dom';
import type { MeasureFlag, StatsSummary } from '@/contract/stats.ts';
import { useDashboardTranslation } from '@/lib/i18n/use-dashboard-translation.ts';
import { measureHref, measuresHref } from '../utils/measures-link.ts';
import { useDashboardFormat } from './use-dashboard-format.ts';

type FlagListProps = {
  id: string;
  title: string;
  flags: MeasureFlag[];
  empty: string;
  detail: (flag: MeasureFlag) => string;
  measureTitle: (code: string) => string;
  /** All of them in the measures table, where the list is only the start. */
  all?: { href: string; label: string };
};

function FlagList({ id, title, flags, empty, detail, measureTitle, all }: FlagListProps) {
  return (
    <section className="flag-list panel" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="count">({flags.length})</span>
      </h3>
      {flags.length === 0 ? (
        <p className="note">{empty}</p>
      ) : (
        <ul className="flag-list__items">
          {flags.map((flag) => (
            <li key={flag.code}>
              <Link to={measureHref(flag.code)}>
                <span className="code">{flag.code}</span> {measureTitle(flag.code)}
              </Link>
              <span className="note">{detail(flag)}</span>
            </li>
          ))}
        </ul>
      )}
      {all && flags.length > 0 ? (
        <p className="flag-list__all">
          <Link to={all.href}>{all.label}</Link>
        </p>
      ) : null}
    </section>
  );
}

type MeasureFlagsProps = {
  summary: Pick<StatsSummary, 'overdue' | 'stale' | 'recentlyUpdated'>;
  measureTitle: (code: string) => string;
};

/** What needs attention: overdue and stale measures, and what has moved lately. */
export function MeasureFlags({ summary, measureTitle }: MeasureFlagsProps) {
  const { t } = useDashboardTranslation();
  const { formatDate, formatDay } = useDashboardFormat();
  const lastUpdate = (flag: MeasureFlag) => (flag.lastUpdateAt ? t('flags.lastUpdate', { date: formatDay(flag.lastUpdateAt) }) : t('flags.neverUpdated'));

  return (
    <div className="dashboard__flags">
      <FlagList
        id="flags-overdue"
        title={t('flags.overdue')}
        flags={summary.overdue}
        empty={t('flags.overdueNone')}
        detail={(flag) => (flag.targetDate ? t('flags.targetDate', { date: formatDate(flag.targetDate) }) : '')}
        measureTitle={measureTitle}
        all={{ href: measuresHref({ overdue: true }), label: t('flags.overdueAll') }}
      />
      <FlagList
        id="flags-stale"
        title={t('flags.stale')}
        flags={summary.stale}
        empty={t('flags.staleNone')}
        detail={lastUpdate}
        measureTitle={measureTitle}
        all={{ href: measuresHref({ stale: true }), label: t('flags.staleAll') }}
      />
      <FlagList
        id="flags-recent"
        title={t('flags.recent')}
        flags={summary.recentlyUpdated}
        empty={t('flags.recentNone')}
        detail={(flag) => (flag.lastUpdateAt ? t('flags.reportedAt', { date: formatDay(flag.lastUpdateAt) }) : '')}
        measureTitle={measureTitle}
      />
    </div>
  );
}
