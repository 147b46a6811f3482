import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { Link } from 'react-router-dom';
import type { MeasureSummary } from '@/contract/measures.ts';
import { BreakableText } from '@/components/breakable-text.tsx';
import { ProgressBar } from '@/components/progress-bar.tsx';
import { HealthBadge, PhaseBadge } from '@/components/status-badge.tsx';
import { useLocale } from '@/lib/i18n/use-locale.ts';

type MeasuresTableProps = {
  measures: readonly MeasureSummary[];
  areaName: (areaCode: string) => string;
  departmentName: (departmentId: string) => string;
};

/** The measures as a table: one row each, the columns people compare across measures. */
export function MeasuresTable({ measures, areaName, departmentName }: MeasuresTableProps) {
  const { t } = useTranslation();
  const { localized } = useLocale();
  return (
    // A focusable, named region lets keyboard users scroll the table sideways on narrow screens.
    <div className="table-scroll" role="region" aria-labelledby="measures-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="measures-caption">{t('measures.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('measures.code')}</th>
            <th scope="col">{t('measures.measure')}</th>
            <th scope="col">{t('measures.area')}</th>
            <th scope="col">{t('measures.lead')}</th>
            <th scope="col">{t('measures.phase')}</th>
            <th scope="col">{t('measures.health')}</th>
            <th scope="col">{t('measures.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((measure) => (
            <tr key={measure.code}>
              <td className="code">{measure.code}</td>
              <th scope="row" className="data-table__title">
                <Link to={`/measures/${measure.code}`}>
                  <BreakableText>{localized(measure.title)}</BreakableText>
                </Link>
              </th>
              <td>
                <BreakableText>{areaName(measure.areaCode)}</BreakableText>
              </td>
              <td>{measure.lead ? departmentName(measure.lead.departmentId) : <span className="unassigned">{t('measure.notAssigned')}</span>}</td>
              <td>
                <PhaseBadge phase={measure.phase} withKind={false} />
              </td>
              <td>
                <HealthBadge health={measure.health} withKind={false} />
              </td>
              <td>
                <ProgressBar value={measure.progress} label={t('progress.ofMeasure', { code: measure.code })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
