import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Lead } from '@/contract/common.ts';
import type { Measure } from '@/contract/measures.ts';
import type { SessionUser } from '@/contract/session.ts';
import { FormStatus } from '@/components/form-field.tsx';
import { PageTitle } from '@/components/page-title.tsx';
import { ProgressBar } from '@/components/progress-bar.tsx';
import { HealthBadge, PhaseBadge } from '@/components/status-badge.tsx';
import { useEditingTranslation } from '@/lib/i18n/use-editing-translation.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { canAssignOwners, canEditMeasure, canSeeAudit } from '../utils/measure-permissions.ts';
import { ActivitiesTable } from './activities-table.tsx';
import { AuditTrail } from './editing/audit-trail.tsx';
import { FreshnessFlags } from './editing/freshness-flags.tsx';
import { MeasureEditForm } from './editing/measure-edit-form.tsx';
import { ProgressUpdateForm } from './editing/progress-update-form.tsx';
import { ProgressWorking } from './editing/progress-working.tsx';
import { UpdateHistory } from './editing/update-history.tsx';
import { controlIdOf } from './editing/use-edit-feedback.ts';
import { useFormatChange } from './editing/use-format-change.ts';
import { useNames } from './editing/use-names.ts';

type MeasureDetailsProps = {
  measure: Measure;
  /** The measure's Area of Action, e.g. "Internationale Profilierung und Attraktivität"; absent if unknown. */
  areaTitle: string | undefined;
  /** Who is looking: the page offers only what their role may do. */
  user: Pick<SessionUser, 'role' | 'departmentId'> | null;
  reportingIntervalDays: number;
};

function Unassigned({ children }: { children: string }) {
  return <span className="unassigned">{children}</span>;
}

/**
 * Everything about one measure: its status, where its progress figure comes from, who owns it,
 * when, its activities and its history; and, for those who may, the forms that change them.
 */
export function MeasureDetails({ measure, areaTitle, user, reportingIntervalDays }: MeasureDetailsProps) {
  const { t } = useTranslation();
  const { t: te } = useEditingTranslation();
  const { localized, formatDate } = useLocale();
  const { dateTime } = useFormatChange();
  const names = useNames();
  const [updateTarget, setUpdateTarget] = useState('');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const label = t('measure.label', { code: measure.code });
  const lead: Lead = measure.lead;
  const leadDepartment = lead?.departmentId ?? null;
  const mayReport = canEditMeasure(user, leadDepartment);
  const mayAssign = canAssignOwners(user);

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

  const reportOn = (activityCode: string) => {
    setUpdateTarget(activityCode);
    document.getElementById(controlIdOf('progress-update', 'phase'))?.focus();
  };

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
              <ProgressWorking measure={measure} />
            </dd>
            <dt>{te('freshness.lastUpdate')}</dt>
            <dd>
              {measure.lastUpdateAt ? <time dateTime={measure.lastUpdateAt}>{dateTime(measure.lastUpdateAt)}</time> : te('freshness.never')}
              <FreshnessFlags stale={measure.stale} overdue={measure.overdue} explain={{ reportingIntervalDays }} />
            </dd>
            <dt>{t('measure.updatedAt')}</dt>
            <dd>{formatDate(measure.updatedAt)}</dd>
          </dl>
        </section>

        <section className="panel" aria-labelledby="measure-responsibility-heading">
          <h2 id="measure-responsibility-heading">{t('measure.responsibility')}</h2>
          <dl className="facts">
            <dt>{t('measure.lead')}</dt>
            <dd>{lead ? names.departmentName(lead.departmentId) : <Unassigned>{t('measure.notAssigned')}</Unassigned>}</dd>
            <dt>{t('measure.person')}</dt>
            <dd>
              {lead?.personId ? names.personName(lead.personId) : <Unassigned>{lead ? t('measure.notNamed') : t('measure.notAssigned')}</Unassigned>}
            </dd>
            <dt>{t('measure.contributors')}</dt>
            <dd>
              {measure.contributors.length > 0 ? (
                <ul className="plain-list">
                  {measure.contributors.map((id) => (
                    <li key={id}>{names.departmentName(id)}</li>
                  ))}
                </ul>
              ) : (
                <Unassigned>{t('measure.noContributors')}</Unassigned>
              )}
            </dd>
            <dt>{te('field.goals')}</dt>
            <dd>
              {measure.goals.length > 0 ? (
                <ul className="plain-list">
                  {measure.goals.map((code) => (
                    <li key={code}>{names.goalTitle(code)}</li>
                  ))}
                </ul>
              ) : (
                <Unassigned>{te('value.noneOfList')}</Unassigned>
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
            <dd>
              {dateOrUnset(measure.targetDate)} <FreshnessFlags stale={false} overdue={measure.overdue} />
            </dd>
            <dt>{t('measure.horizon')}</dt>
            <dd>{measure.horizon ? t(`horizon.${measure.horizon}`) : <Unassigned>{t('measure.notSet')}</Unassigned>}</dd>
          </dl>
        </section>
      </div>

      {mayReport ? (
        <div className="edit-toggle">
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={editing}
            aria-controls="measure-edit"
            onClick={() => {
              setSaved(null);
              setEditing((open) => !open);
            }}
          >
            {mayAssign ? te('edit.open') : te('edit.openSchedule')}
          </button>
          <FormStatus message={saved} />
        </div>
      ) : null}
      {mayReport && editing ? (
        <MeasureEditForm
          measure={measure}
          canAssignOwners={mayAssign}
          canEditSchedule={mayReport}
          onClose={() => setEditing(false)}
          onSaved={(message) => {
            setEditing(false);
            setSaved(message);
          }}
        />
      ) : null}

      {mayReport ? <ProgressUpdateForm measure={measure} target={updateTarget} onTargetChange={setUpdateTarget} /> : null}

      <section aria-labelledby="measure-activities-heading">
        <h2 id="measure-activities-heading">
          {t('measure.activities')} <span className="count">({t('measure.activityCount', { count: measure.activities.length })})</span>
        </h2>
        {measure.activities.length > 0 ? (
          <ActivitiesTable
            measureCode={measure.code}
            activities={measure.activities}
            departmentName={names.departmentName}
            personName={names.personName}
            onReport={mayReport ? reportOn : undefined}
          />
        ) : (
          <p role="status">{t('measure.noActivities')}</p>
        )}
      </section>

      <UpdateHistory measureCode={measure.code} />
      {canSeeAudit(user, leadDepartment) ? <AuditTrail measureCode={measure.code} /> : null}
    </article>
  );
}
