import type { Language } from '@/contract/common.ts';
import type { StatusReport } from '@/contract/reports.ts';
import { reportsT } from '@/lib/i18n/use-reports-translation.ts';
import { ReportMeasureBlock } from './report-measure.tsx';
import { formatDay, formatInstantDay, formatPercent, type Lookups } from './report-format.ts';
import './reports.css';

/** A CSS string literal: the running title is the plan's, which may hold quotes. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, ' ')}"`;

/**
 * The whole plan as of a date, as a committee gets it on paper: every Area of Action with each
 * measure's state, owners, target date and latest narrative. All of it in the report's language.
 */
export function CommitteeReport({ report, language, lookups }: { report: StatusReport; language: Language; lookups: Lookups }) {
  const t = reportsT(language);
  const title = report.title[language];
  const progress = report.progress === null ? t('report.noProgress') : formatPercent(report.progress, language);
  return (
    <article className="committee-report" lang={language} aria-labelledby="committee-report-title">
      {/* Chromium has no string-set: the running title goes into the page's margin box from here. */}
      <style>{`@page { @top-left { content: ${cssString(title)}; } }`}</style>
      <header className="committee-report__header">
        <p className="committee-report__kind">{t('report.subtitle')}</p>
        <h2 id="committee-report-title" className="committee-report__title">
          {title}
        </h2>
        <p className="committee-report__date">{t('report.asOfLine', { date: formatDay(report.asOf, language) })}</p>
        <p>{t('report.overall', { progress })}</p>
        <p className="note">{t('report.generated', { date: formatInstantDay(report.generatedAt, language) })}</p>
      </header>
      {report.areas.map((area) => (
        <section key={area.code} className="report-area" aria-labelledby={`report-area-${area.code}`}>
          <h2 id={`report-area-${area.code}`}>{t('report.areaHeading', { code: area.code, title: area.title[language] })}</h2>
          <p>{t('report.areaProgress', { progress: area.progress === null ? t('report.noProgress') : formatPercent(area.progress, language) })}</p>
          {area.measures.map((measure) => (
            <ReportMeasureBlock key={measure.code} measure={measure} language={language} lookups={lookups} variant="print" withActivities={false} />
          ))}
        </section>
      ))}
    </article>
  );
}
