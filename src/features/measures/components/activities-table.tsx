import { useTranslation } from '@/lib/i18n/use-translation.ts';
import type { Activity } from '@/contract/measures.ts';
import { ProgressBar } from '@/components/progress-bar.tsx';
import { HealthBadge, PhaseBadge } from '@/components/status-badge.tsx';
import { useEditingTranslation } from '@/lib/i18n/use-editing-translation.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { FreshnessFlags } from './editing/freshness-flags.tsx';
import { useFormatChange } from './editing/use-format-change.ts';

type ActivitiesTableProps = {
  measureCode: string;
  activities: readonly Activity[];
  departmentName: (departmentId: string) => string;
  personName: (personId: string) => string;
  /** Offered to those who may report progress: opens the update form on that activity. */
  onReport?: ((activityCode: string) => void) | undefined;
};

/** A measure's activities with their owners, state and schedule: the working behind the measure's computed progress. */
export function ActivitiesTable({ measureCode, activities, departmentName, personName, onReport }: ActivitiesTableProps) {
  const { t } = useTranslation();
  const { t: te } = useEditingTranslation();
  const { localized, formatDate } = useLocale();
  const { dateTime } = useFormatChange();
  return (
    <div className="table-scroll" role="region" aria-labelledby="activities-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="activities-caption" className="visually-hidden">
          {t('measure.activityCaption', { code: measureCode })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('activity.code')}</th>
            <th scope="col">{t('activity.title')}</th>
            <th scope="col">{t('measure.responsibility')}</th>
            <th scope="col">{t('phase.label')}</th>
            <th scope="col">{t('health.label')}</th>
            <th scope="col">{t('progress.label')}</th>
            <th scope="col">{t('activity.weight')}</th>
            <th scope="col">{t('measure.schedule')}</th>
            <th scope="col">{te('freshness.lastUpdate')}</th>
            {onReport ? (
              <th scope="col">
                <span className="visually-hidden">{te('update.title')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {activities.map((activity) => (
            <tr key={activity.code}>
              <td className="code">{activity.code}</td>
              {/* Some titles start lower-case in the plan itself: capitalised by CSS only, the data stays verbatim. */}
              <th scope="row" className="data-table__title sentence-case">
                {localized(activity.title)}
              </th>
              <td>
                {activity.lead ? (
                  <>
                    {departmentName(activity.lead.departmentId)}
                    <br />
                    {activity.lead.personId ? personName(activity.lead.personId) : <span className="unassigned">{t('measure.notNamed')}</span>}
                  </>
                ) : (
                  <span className="unassigned">{t('measure.notAssigned')}</span>
                )}
                {activity.contributors.length > 0 ? (
                  <span className="note cell-note">
                    {te('field.contributors')}: {activity.contributors.map(departmentName).join(', ')}
                  </span>
                ) : null}
              </td>
              <td>
                <PhaseBadge phase={activity.phase} withKind={false} />
              </td>
              <td>
                <HealthBadge health={activity.health} withKind={false} />
              </td>
              <td>
                <ProgressBar value={activity.progress} label={t('progress.ofActivity', { code: activity.code })} />
              </td>
              <td className="number">{activity.weight}</td>
              <td>
                {activity.targetDate ? formatDate(activity.targetDate) : <span className="unassigned">{t('measure.notSet')}</span>}
                {activity.horizon ? <span className="note cell-note">{t(`horizon.${activity.horizon}`)}</span> : null}
              </td>
              <td>
                {activity.lastUpdateAt ? <time dateTime={activity.lastUpdateAt}>{dateTime(activity.lastUpdateAt)}</time> : te('freshness.never')}
                <FreshnessFlags stale={activity.stale} overdue={activity.overdue} />
              </td>
              {onReport ? (
                <td>
                  <button type="button" className="button button--secondary button--small" onClick={() => onReport(activity.code)}>
                    {te('update.reportOn', { code: activity.code })}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
