import type { Measure } from '@/contract/measures.ts';
import { useEditingTranslation } from '@/lib/i18n/use-editing-translation.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { rollUp } from '@/lib/progress.ts';

const formats = new Map<string, Intl.NumberFormat>();
/** Shares and contributions to one decimal: rounded to whole numbers they would not add up. */
const format = (language: string, style: 'decimal' | 'percent') => {
  const key = `${language}-${style}`;
  let found = formats.get(key);
  if (!found) formats.set(key, (found = new Intl.NumberFormat(language, { style, maximumFractionDigits: 1 })));
  return found;
};

/**
 * The working behind a computed figure (DOMAIN.md: weights normalised, discontinued left out,
 * completed counted as 100), so that anyone can redo the sum; for a figure set by hand, what the
 * roll-up would give.
 */
export function ProgressWorking({ measure }: { measure: Measure }) {
  const { t } = useEditingTranslation();
  const { language, localized, formatPercent } = useLocale();
  const figure = format(language, 'decimal');
  const percent = format(language, 'percent');
  const counted = measure.activities.filter((a) => a.phase !== 'discontinued');
  const total = counted.reduce((sum, a) => sum + a.weight, 0);
  const computed = rollUp(measure.activities);

  if (measure.progressSource === 'manual') {
    return computed === null ? null : <p className="note">{t('working.computedWouldBe', { value: formatPercent(computed) })}</p>;
  }
  if (measure.phase === 'completed' || measure.activities.length === 0) return null;
  if (total === 0) return <p className="note">{t('working.noActivityCounts')}</p>;

  return (
    <div className="table-scroll" role="region" aria-labelledby="progress-working-caption" tabIndex={0}>
      <table className="data-table data-table--compact">
        <caption id="progress-working-caption">{t('working.caption', { code: measure.code })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('working.activity')}</th>
            <th scope="col">{t('working.weight')}</th>
            <th scope="col">{t('working.share')}</th>
            <th scope="col">{t('working.progress')}</th>
            <th scope="col">{t('working.contribution')}</th>
          </tr>
        </thead>
        <tbody>
          {measure.activities.map((activity) => {
            const counts = activity.phase !== 'discontinued';
            const progress = activity.phase === 'completed' ? 100 : activity.progress;
            const share = counts ? activity.weight / total : 0;
            return (
              <tr key={activity.code}>
                <th scope="row">
                  <span className="code">{activity.code}</span> <span className="sentence-case visually-hidden">{localized(activity.title)}</span>
                </th>
                <td className="number">{figure.format(activity.weight)}</td>
                <td className="number">{counts ? percent.format(share) : '–'}</td>
                <td className="number">
                  {counts ? (activity.phase === 'completed' ? t('working.completedCounts') : formatPercent(progress)) : t('working.notCounted')}
                </td>
                <td className="number">{counts ? figure.format(share * progress) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t('working.total')}
            </th>
            <td className="number">{formatPercent(computed ?? 0)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
