import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { Link } from 'react-router-dom';
import type { Lead } from '@/contract/common.ts';
import type { Measure } from '@/contract/measures.ts';
import { PageTitle } from '@/components/page-title.tsx';
import { ProgressBar } from '@/components/progress-bar.tsx';
import { HealthBadge, PhaseBadge } from '@/components/status-badge.tsx';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { ActivitiesTable } from './activities-table.tsx';

type MeasureDetailsProps = {
  measure: Measure;
  /** The measure's Area of Action, e.g. "Internationale Profilierung und Attraktivität"; absent if unknown. */
  areaTitle: string | undefined;
  departmentName: (departmentId: string) => string;
};

function Unassigned({ children }: { children: string }) {
  return <span className="unassigned">{children}</span>;
}

/** Everything about one measure: its status, where its progress figure comes from, who owns it, when, and its activities. */
export function MeasureDetails({ measure, areaTitle, departmentName }: MeasureDetailsProps) {
  const { t } = useTranslation();
  const { localized, formatDate } = useLocale();
  const label = t('measure.label', { code: measure.code });
  const lead: Lead = measure.lead;

  const progressOrigin =
    measure.progressSource === 'manual' ? (
      <>
        <strong>{t('measure.progressManual')}</strong>{' '}
        {measure.progressReason ? t('measure.progressReason', { reason: measure.progressReason }) : t('measure.progressNoReason')}
      </>
    ) : measure.phase === 'completed' ? (
      t('measure.progressComputedCompleted')
    ) : (
      t('measure.progressComputed')
    );

  const dateOrUnset = (date: string | null) => (date ? formatDate(date) : <Unassigned>{t('measure.notSet')}</Unassigned>);

  return (
    <article className="measure-details">
      <PageTitle documentTitle={`${label}: ${localized(measure.title)}`}>
        <span className="eyebrow">{label}</span>{' '}
        {localized(measure.title)}
      </PageTitle>
      <p className="lede">
        {t('measure.area')}:{' '}
        <Link to={`/areas/${measure.areaCode}`}>
          {measure.areaCode}
          {areaTitle ? ` – ${areaTitle}` : ''}
        </Link>
      </p>

      <div className="measure-details__grid">
        <section className="panel" aria-labelledby="measure-status-heading">
          <h2 id="measure-status-heading">{t('measure.status')}</h2>
          <dl className="facts">
            <dt>{t('phase.label')}</dt>
            <dd>
              <PhaseBadge phase={measure.phase} withKind={false} />
            </dd>
            <dt>{t('health.label')}</dt>
            <dd>
              <HealthBadge health={measure.health} withKind={false} />
            </dd>
            <dt>{t('progress.label')}</dt>
            <dd>
              <ProgressBar value={measure.progress} label={t('progress.ofMeasure', { code: measure.code })} size="large" />
              <p className="note" data-progress-source={measure.progressSource}>
                {progressOrigin}
              </p>
            </dd>
            <dt>{t('measure.updatedAt')}</dt>
            <dd>{formatDate(measure.updatedAt)}</dd>
          </dl>
        </section>

        <section className="panel" aria-labelledby="measure-responsibility-heading">
          <h2 id="measure-responsibility-heading">{t('measure.responsibility')}</h2>
          <dl className="facts">
            <dt>{t('measure.lead')}</dt>
            <dd>{lead ? departmentName(lead.departmentId) : <Unassigned>{t('measure.notAssigned')}</Unassigned>}</dd>
            <dt>{t('measure.person')}</dt>
            <dd>
              {lead?.personId ? lead.personId : <Unassigned>{lead ? t('measure.notNamed') : t('measure.notAssigned')}</Unassigned>}
            </dd>
            <dt>{t('measure.contributors')}</dt>
            <dd>
              {measure.contributors.length > 0 ? (
                <ul className="plain-list">
                  {measure.contributors.map((id) => (
                    <li key={id}>{departmentName(id)}</li>
                  ))}
                </ul>
              ) : (
                <Unassigned>{t('measure.noContributors')}</Unassigned>
              )}
            </dd>
          </dl>
        </section>

        <section className="panel" aria-labelledby="measure-schedule-heading">
          <h2 id="measure-schedule-heading">{t('measure.schedule')}</h2>
          <dl className="facts">
            <dt>{t('measure.startDate')}</dt>
            <dd>{dateOrUnset(measure.startDate)}</dd>
            <dt>{t('measure.targetDate')}</dt>
            <dd>{dateOrUnset(measure.targetDate)}</dd>
            <dt>{t('measure.horizon')}</dt>
            <dd>{measure.horizon ? t(`horizon.${measure.horizon}`) : <Unassigned>{t('measure.notSet')}</Unassigned>}</dd>
          </dl>
        </section>
      </div>

      <section aria-labelledby="measure-activities-heading">
        <h2 id="measure-activities-heading">
          {t('measure.activities')} <span className="count">({t('measure.activityCount', { count: measure.activities.length })})</span>
        </h2>
        {measure.activities.length > 0 ? (
          <ActivitiesTable measureCode={measure.code} activities={measure.activities} departmentName={departmentName} />
        ) : (
          <p role="status">{t('measure.noActivities')}</p>
        )}
      </section>
    </article>
  );
}
