import { useTranslation } from '@/lib/i18n/use-translation.ts';
import type { Area } from '@/contract/plan.ts';
import { PageTitle } from '@/components/page-title.tsx';
import { ProgressBar } from '@/components/progress-bar.tsx';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { MeasureList } from './measure-list.tsx';

/** One Area of Action: what it is about, how far it has come, and its measures. */
export function AreaDetails({ area }: { area: Area }) {
  const { t } = useTranslation();
  const { localized } = useLocale();
  const label = t('area.label', { code: area.code });
  return (
    <article className="area-details">
      <PageTitle documentTitle={`${label}: ${localized(area.shortTitle)}`}>
        <span className="eyebrow">{label}</span>{' '}
        {localized(area.title)}
      </PageTitle>
      <dl className="facts facts--inline">
        <dt>{t('area.shortTitle')}</dt>
        <dd>{localized(area.shortTitle)}</dd>
      </dl>

      <section aria-labelledby="area-description-heading">
        <h2 id="area-description-heading">{t('area.description')}</h2>
        <p className="prose">{localized(area.description)}</p>
      </section>

      <section className="panel" aria-labelledby="area-progress-heading">
        <h2 id="area-progress-heading">{t('progress.label')}</h2>
        <ProgressBar value={area.progress} label={t('progress.ofArea', { code: area.code })} size="large" />
        <p className="note">{t('area.progressNote')}</p>
      </section>

      <section aria-labelledby="area-measures-heading">
        <h2 id="area-measures-heading">
          {t('area.measures')} <span className="count">({t('area.measureCount', { count: area.measures.length })})</span>
        </h2>
        <MeasureList measures={area.measures} label={t('overview.measuresOfArea', { code: area.code })} />
      </section>
    </article>
  );
}
