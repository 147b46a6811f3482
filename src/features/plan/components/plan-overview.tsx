import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { Link } from 'react-router-dom';
import type { Plan } from '@/contract/plan.ts';
import { ProgressBar } from '@/components/progress-bar.tsx';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { MeasureList } from './measure-list.tsx';

/** The whole plan at a glance: overall progress, goals, and every Area of Action with its measures. */
export function PlanOverview({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { localized } = useLocale();
  return (
    <>
      <section className="panel plan-progress" aria-labelledby="plan-progress-heading">
        <h2 id="plan-progress-heading">{t('overview.planProgress')}</h2>
        <ProgressBar value={plan.progress} label={t('progress.ofPlan')} size="large" />
        <p className="note">{t('overview.planProgressNote')}</p>
      </section>

      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">{t('overview.goals')}</h2>
        <ol className="goal-list">
          {plan.goals.map((goal) => (
            <li key={goal.code}>{localized(goal.title)}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="areas-heading">
        <h2 id="areas-heading">{t('overview.areas')}</h2>
        <ol className="area-list">
          {plan.areas.map((area) => (
            <li key={area.code} className="area-card panel">
              <article aria-labelledby={`area-${area.code}-heading`}>
                <h3 id={`area-${area.code}-heading`} className="area-card__title">
                  <Link to={`/areas/${area.code}`}>
                    <span className="eyebrow">{t('area.label', { code: area.code })}</span>{' '}
                    {localized(area.title)}
                  </Link>
                </h3>
                <div className="area-card__progress">
                  <ProgressBar value={area.progress} label={t('progress.ofArea', { code: area.code })} />
                  <span className="note">{t('area.measureCount', { count: area.measures.length })}</span>
                </div>
                <MeasureList measures={area.measures} label={t('overview.measuresOfArea', { code: area.code })} />
              </article>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
