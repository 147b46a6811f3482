import type { QueryClient } from '@tanstack/react-query';
import { data, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router-dom';
import { PageTitle } from '@/components/page-title.tsx';
import { toLanguage } from '@/lib/i18n/i18n.ts';
import { useSession } from '@/features/auth/api/get-session.ts';
import { reportDepartmentsQueryOptions, reportPeopleQueryOptions, useReportLookups } from '@/features/reports/api/get-report-lookups.ts';
import { getStatusReportQueryOptions, useStatusReport } from '@/features/reports/api/get-status-report.ts';
import { DepartmentChooser } from '@/features/reports/components/department-chooser.tsx';
import { ReportMeasureBlock } from '@/features/reports/components/report-measure.tsx';
import { useReportsTranslation } from '@/lib/i18n/use-reports-translation.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { NotFound } from './not-found.tsx';
import '@/features/reports/components/reports.css';
import type { LazyPage } from '../lazy-page.ts';

export const departmentLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const [departments] = await Promise.all([
      queryClient.ensureQueryData(reportDepartmentsQueryOptions()),
      queryClient.ensureQueryData(reportPeopleQueryOptions()),
    ]);
    const id = params.id ?? '';
    if (!departments.some((d) => d.id === id)) throw data(null, { status: 404 });
    await queryClient.ensureQueryData(getStatusReportQueryOptions({ department: id }));
    return null;
  };

export function DepartmentRoute() {
  const { id = '' } = useParams();
  const { t: tMain } = useTranslation();
  const { t, language: uiLanguage } = useReportsTranslation();
  const language = toLanguage(uiLanguage);
  const navigate = useNavigate();
  const user = useSession()?.user ?? null;
  const lookups = useReportLookups();
  const department = lookups.departments.find((d) => d.id === id);
  const { data: report } = useStatusReport({ department: id });
  if (!department) return <NotFound message={tMain('notFound.text')} />;

  const name = department.name[language];
  // Department heads look at their own department; everyone else may look at any.
  const mayChoose = user !== null && user.role !== 'department_head';
  const measures = report.areas.flatMap((area) => area.measures);

  return (
    <>
      <PageTitle documentTitle={t('department.titleOf', { name })}>{t('department.titleOf', { name })}</PageTitle>
      <p className="lead-text">{t('department.intro')}</p>
      {mayChoose ? (
        <DepartmentChooser key={id} departments={lookups.departments} current={id} language={language} onChoose={(next) => navigate(`/departments/${next}`)} />
      ) : null}
      {measures.length === 0 ? <p className="note">{t('department.none')}</p> : null}
      {report.areas.map((area) => (
        <section key={area.code} className="report-area" aria-labelledby={`department-area-${area.code}`}>
          <h2 id={`department-area-${area.code}`}>{t('report.areaHeading', { code: area.code, title: area.shortTitle[language] })}</h2>
          {area.measures.map((measure) => (
            <ReportMeasureBlock
              key={measure.code}
              measure={measure}
              language={language}
              lookups={lookups}
              variant="screen"
              withActivities
              role={measure.lead?.departmentId === id ? 'lead' : 'contributor'}
            />
          ))}
        </section>
      ))}
    </>
  );
}

/** What the router loads for this page (src/app/router.tsx). */
export const page: LazyPage = { loader: departmentLoader, Component: DepartmentRoute };
