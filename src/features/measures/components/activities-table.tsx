import { useTranslation } from '@/lib/i18n/use-translation.ts';
import type { Activity } from '@/contract/measures.ts';
import { ProgressBar } from '@/components/progress-bar.tsx';
import { HealthBadge, PhaseBadge } from '@/components/status-badge.tsx';
import { useLocale } from '@/lib/i18n/use-locale.ts';

type ActivitiesTableProps = {
  measureCode: string;
  activities: readonly Activity[];
  departmentName: (departmentId: string) => string;
};

/** A measure's activities with their state: the working behind the measure's computed progress. */
export function ActivitiesTable({ measureCode, activities, departmentName }: ActivitiesTableProps) {
  const { t } = useTranslation();
  const { localized } = useLocale();
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
            <th scope="col">{t('activity.lead')}</th>
            <th scope="col">{t('phase.label')}</th>
            <th scope="col">{t('health.label')}</th>
            <th scope="col">{t('progress.label')}</th>
            <th scope="col">{t('activity.weight')}</th>
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
                {activity.lead ? departmentName(activity.lead.departmentId) : <span className="unassigned">{t('measure.notAssigned')}</span>}
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
