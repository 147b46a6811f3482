import type { QueryClient } from '@tanstack/react-query';
import { useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import type { Language } from '@/contract/common.ts';
import { isIsoDate } from '@/contract/values.ts';
import { PageTitle } from '@/components/page-title.tsx';
import { reportDepartmentsQueryOptions, reportPeopleQueryOptions, useReportLookups } from '@/features/reports/api/get-report-lookups.ts';
import { getStatusReportQueryOptions, useStatusReport } from '@/features/reports/api/get-status-report.ts';
import { CommitteeReport } from '@/features/reports/components/committee-report.tsx';
import { ReportControls } from '@/features/reports/components/report-controls.tsx';
import { berlinDate } from '@/lib/freshness.ts';
import { useReportsTranslation } from '@/lib/i18n/use-reports-translation.ts';
import type { LazyPage } from '../lazy-page.ts';

/** The URL's date if it is one, else today in Hannover; the URL's language if English, else German. */
function reportParams(params: URLSearchParams): { asOf: string; language: Language } {
  const asOf = params.get('asOf');
  return {
    asOf: asOf !== null && isIsoDate(asOf) ? asOf : berlinDate(new Date()),
    language: params.get('lang') === 'en' ? 'en' : 'de',
  };
}

export const reportLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const { asOf } = reportParams(new URL(request.url).searchParams);
    await Promise.all([
      queryClient.ensureQueryData(reportDepartmentsQueryOptions()),
      queryClient.ensureQueryData(reportPeopleQueryOptions()),
      queryClient.ensureQueryData(getStatusReportQueryOptions({ asOf })),
    ]);
    return null;
  };

export function ReportRoute() {
  const { t } = useReportsTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const { asOf, language } = reportParams(searchParams);
  const lookups = useReportLookups();
  const { data: report } = useStatusReport({ asOf });

  return (
    <>
      <div className="report-screen-only">
        <PageTitle documentTitle={t('report.title')}>{t('report.title')}</PageTitle>
        <ReportControls key={`${asOf}|${language}`} asOf={asOf} language={language} onShow={(next) => setSearchParams({ asOf: next.asOf, lang: next.language })} />
      </div>
      <CommitteeReport report={report} language={language} lookups={lookups} />
    </>
  );
}

/** What the router loads for this page (src/app/router.tsx). */
export const page: LazyPage = { loader: reportLoader, Component: ReportRoute };
