import type { ReactNode } from 'react';
import { StatusBadge } from '@/components/status-badge.tsx';
import { useEditingTranslation } from '@/lib/i18n/use-editing-translation.ts';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="status-icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

const line = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

/** An hourglass: time has run on without a report. */
const staleIcon = (
  <Icon>
    <path d="M4 2h8M4 14h8M5 2c0 4 6 4 6 6s-6 2-6 6M11 2c0 4-6 4-6 6s6 2 6 6" {...line} />
  </Icon>
);

/** A calendar with an exclamation mark: the date has passed. */
const overdueIcon = (
  <Icon>
    <rect x="2" y="3" width="12" height="11" rx="1.5" {...line} />
    <path d="M2 6.5h12M5 1.5v3M11 1.5v3M8 8.5v2.2" {...line} />
    <circle cx="8" cy="12.4" r="0.4" fill="currentColor" stroke="currentColor" />
  </Icon>
);

type FreshnessFlagsProps = {
  stale: boolean;
  overdue: boolean;
  /** Adds a sentence saying what each flag means (the measure's own status; not in a table cell). */
  explain?: { reportingIntervalDays: number } | undefined;
};

/** Stale and overdue, as icon and words; nothing when neither applies. */
export function FreshnessFlags({ stale, overdue, explain }: FreshnessFlagsProps) {
  const { t } = useEditingTranslation();
  if (!stale && !overdue) return null;
  return (
    <span className="freshness-flags">
      {stale ? (
        <span className="freshness-flag">
          <StatusBadge icon={staleIcon} label={t('freshness.stale')} tone="warning" />
          {explain ? <span className="note"> {t('freshness.staleNote', { days: explain.reportingIntervalDays })}</span> : null}
        </span>
      ) : null}{' '}
      {overdue ? (
        <span className="freshness-flag">
          <StatusBadge icon={overdueIcon} label={t('freshness.overdue')} tone="danger" />
          {explain ? <span className="note"> {t('freshness.overdueNote')}</span> : null}
        </span>
      ) : null}
    </span>
  );
}
