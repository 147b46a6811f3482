import type { Language } from '@/contract/common.ts';
import type { LatestUpdate, ReportMeasure } from '@/contract/reports.ts';
import { ProgressBar } from '@/components/progress-bar.tsx';
import { HealthBadge, PhaseBadge, StatusBadge } from '@/components/status-badge.tsx';
import { healthIcons, phaseIcons } from '@/components/status-icons.tsx';
import { mainT, reportsT } from '@/lib/i18n/use-reports-translation.ts';
import { FreshnessFlags } from './freshness-flags.tsx';
import { departmentNames, formatDay, formatInstantDay, formatPercent, leadText, type Lookups } from './report-format.ts';

type ReportItem = Omit<ReportMeasure, 'code' | 'activities'> & { code: string };

type Props = {
  measure: ReportMeasure;
  language: Language;
  lookups: Lookups;
  /** On screen: coloured badges and progress bars in the page's language; in print: the same as words, in the report's. */
  variant: 'screen' | 'print';
  /** Whether the activities are listed too (the department view), or the measure alone (the committee report). */
  withActivities: boolean;
  /** How the measure relates to the department shown, if any. */
  role?: 'lead' | 'contributor';
};

function Status({ item, language, variant }: { item: ReportItem; language: Language; variant: Props['variant'] }) {
  const t = reportsT(language);
  const tMain = mainT(language);
  const health = item.health ?? 'none';
  return (
    <>
      <div className="report-item__field">
        <dt>{t('field.phase')}</dt>
        <dd>{variant === 'screen' ? <PhaseBadge phase={item.phase} withKind={false} /> : <StatusBadge icon={phaseIcons[item.phase]} label={tMain(`phase.${item.phase}`)} tone="neutral" />}</dd>
      </div>
      <div className="report-item__field">
        <dt>{t('field.health')}</dt>
        <dd>{variant === 'screen' ? <HealthBadge health={item.health} withKind={false} /> : <StatusBadge icon={healthIcons[health]} label={tMain(`health.${health}`)} tone="neutral" />}</dd>
      </div>
      <div className="report-item__field">
        <dt>{t('field.progress')}</dt>
        <dd>
          {variant === 'screen' ? (
            <ProgressBar value={item.progress} label={`${t('field.progress')} ${item.code}`} />
          ) : (
            formatPercent(item.progress, language)
          )}
        </dd>
      </div>
    </>
  );
}

function Owners({ item, language, lookups }: { item: ReportItem; language: Language; lookups: Lookups }) {
  const t = reportsT(language);
  const lead = leadText(item.lead, lookups, language);
  return (
    <>
      <div className="report-item__field">
        <dt>{t('field.lead')}</dt>
        <dd>{lead ?? <span className="unassigned">{t('value.notAssigned')}</span>}</dd>
      </div>
      {item.contributors.length > 0 ? (
        <div className="report-item__field">
          <dt>{t('field.contributors')}</dt>
          <dd>{departmentNames(item.contributors, lookups, language).join(', ')}</dd>
        </div>
      ) : null}
      <div className="report-item__field">
        <dt>{t('field.targetDate')}</dt>
        <dd>
          {item.targetDate === null ? <span className="unassigned">{t('value.notSet')}</span> : formatDay(item.targetDate, language)}{' '}
          <FreshnessFlags stale={item.stale} overdue={item.overdue} language={language} />
        </dd>
      </div>
    </>
  );
}

function Latest({ update, language }: { update: LatestUpdate | null; language: Language }) {
  const t = reportsT(language);
  return (
    <div className="report-item__latest">
      <p className="report-item__latest-heading">{t('field.latest')}</p>
      {update === null ? (
        <p className="unassigned">{t('value.noUpdate')}</p>
      ) : (
        <blockquote>
          <p className="report-item__narrative">{update.narrative}</p>
          <footer>{t('value.by', { date: formatInstantDay(update.at, language), author: update.author.name })}</footer>
        </blockquote>
      )}
    </div>
  );
}

/** One measure as the department view and the committee report show it: state, owners, dates and its latest narrative. */
export function ReportMeasureBlock({ measure, language, lookups, variant, withActivities, role }: Props) {
  const t = reportsT(language);
  const title = measure.title[language];
  return (
    <article className="report-item report-measure" aria-labelledby={`report-measure-${measure.code}`} lang={language}>
      <h3 id={`report-measure-${measure.code}`}>
        {t('report.measureHeading', { code: measure.code, title })}
        {role ? <span className="report-item__role"> ({t(`department.role.${role}`)})</span> : null}
      </h3>
      <dl className="report-item__fields">
        <Status item={measure} language={language} variant={variant} />
        <Owners item={measure} language={language} lookups={lookups} />
      </dl>
      <Latest update={measure.latestUpdate} language={language} />
      {withActivities && measure.activities.length > 0 ? (
        <section className="report-activities" aria-labelledby={`report-activities-${measure.code}`}>
          <h4 id={`report-activities-${measure.code}`}>{t('field.activities')}</h4>
          <ul>
            {measure.activities.map((activity) => (
              <li key={activity.code} className="report-item report-activity">
                <p className="report-activity__title">
                  <span className="code">{activity.code}</span> <span className="sentence-case">{activity.title[language]}</span>
                </p>
                <dl className="report-item__fields">
                  <Status item={activity} language={language} variant={variant} />
                  <Owners item={activity} language={language} lookups={lookups} />
                </dl>
                <Latest update={activity.latestUpdate} language={language} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
