import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { Link } from 'react-router-dom';
import type { Measure } from '@/contract/measures.ts';
import { ProgressBar } from '@/components/progress-bar.tsx';
import { HealthBadge, PhaseBadge } from '@/components/status-badge.tsx';
import { useLocale } from '@/lib/i18n/use-locale.ts';

type MeasureListProps = {
  measures: readonly Pick<Measure, 'code' | 'title' | 'phase' | 'health' | 'progress'>[];
  /** Names the list, e.g. "Maßnahmen im Handlungsfeld 3". */
  label: string;
};

/** The measures of an Area of Action, each with its status at a glance. */
export function MeasureList({ measures, label }: MeasureListProps) {
  const { t } = useTranslation();
  const { localized } = useLocale();
  return (
    <ul className="measure-list" aria-label={label}>
      {measures.map((measure) => (
        <li key={measure.code} className="measure-list__item">
          <span className="measure-list__title">
            <span className="code" aria-hidden="true">
              {measure.code}
            </span>
            <Link to={`/measures/${measure.code}`}>
              <span className="visually-hidden">{`${t('measure.label', { code: measure.code })}:`}</span> {localized(measure.title)}
            </Link>
          </span>
          <span className="measure-list__status">
            <PhaseBadge phase={measure.phase} />
            <HealthBadge health={measure.health} />
          </span>
          <ProgressBar value={measure.progress} label={t('progress.ofMeasure', { code: measure.code })} />
        </li>
      ))}
    </ul>
  );
}
