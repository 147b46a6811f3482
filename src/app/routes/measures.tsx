import type { QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { type SetURLSearchParams, type ShouldRevalidateFunction, useSearchParams } from 'react-router-dom';
import { PageTitle } from '@/components/page-title.tsx';
import { useSession } from '@/features/auth/api/get-session.ts';
import { getDepartmentsQueryOptions, useDepartments } from '@/features/departments/api/get-departments.ts';
import { getPeopleQueryOptions, usePeople } from '@/features/measures/api/get-people.ts';
import { MeasureFiltersForm } from '@/features/measures/components/measure-filters-form.tsx';
import { MeasuresTable, virtualiseAbove } from '@/features/measures/components/measures-table.tsx';
import { ExportButtons } from '@/features/measures/components/table/export-buttons.tsx';
import { filterRows, rowSorter, tableRowsOfKind, type TableRow } from '@/features/measures/components/table/table-rows.ts';
import { ViewOptions } from '@/features/measures/components/table/view-options.tsx';
import { columnIds, nextSort, searchParamsFrom, tableFiltersFrom, type ColumnId, type TableFilters, type TableView } from '@/features/measures/utils/measure-filters.ts';
import { canEditMeasure } from '@/features/measures/utils/measure-permissions.ts';
import { useViewInUrl, type SetSearch } from '@/features/measures/utils/use-view-in-url.ts';
import { getPlanQueryOptions, usePlan } from '@/features/plan/api/get-plan.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { useTableTranslation } from '@/lib/i18n/use-table-translation.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import type { LazyPage } from '../lazy-page.ts';

export const measuresLoader = (queryClient: QueryClient) => async () => {
  // The table filters, sorts and groups in the browser: one plan, whatever the URL asks.
  await Promise.all([
    queryClient.ensureQueryData(getPlanQueryOptions()),
    queryClient.ensureQueryData(getDepartmentsQueryOptions()),
    queryClient.ensureQueryData(getPeopleQueryOptions()),
  ]);
  return null;
};

/**
 * Sorting, filtering, grouping and columns live in the URL's search, and the table works them out
 * from the plan it already has: a change of the search alone runs no loader (nor the session
 * check before it), so the URL follows the table at once. Anything else, as React Router decides.
 */
export const measuresShouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, formMethod, defaultShouldRevalidate }) =>
  formMethod === undefined && currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search ? false : defaultShouldRevalidate;

/** The URL's view without sort, grouping and columns: what the filter form is filled from. */
const filtersOnly = (view: TableView): TableView => ({ ...view, sort: null, groupByArea: false, columns: columnIds });

export function MeasuresRoute() {
  const { t: tMain } = useTranslation();
  const { t } = useTableTranslation();
  const { language, localized } = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data: plan } = usePlan();
  const { data: departments } = useDepartments();
  const { data: people } = usePeople();
  const user = useSession()?.user ?? null;

  const known = useMemo(
    () => ({
      areas: new Set(plan.areas.map((a) => a.code)),
      departments: new Set(departments.map((d) => d.id)),
      people: new Set(people.map((p) => p.id)),
    }),
    [plan, departments, people],
  );
  const setSearchSoon = useSearchWrittenAfterPaint(setSearchParams);
  const { view, changeView } = useViewInUrl(searchParams.toString(), setSearchSoon, known);

  const sortBy = useCallback((id: ColumnId) => changeView((old) => ({ ...old, sort: nextSort(old.sort, id) }), true), [changeView]);
  const applyFilters = useCallback((next: TableFilters) => changeView((old) => ({ ...old, filters: next })), [changeView]);
  const changeLayout = useCallback((change: (view: TableView) => TableView) => changeView(change, true), [changeView]);

  // Only a change of filters filters again: a new sort or column choice leaves the rows as they are.
  const filtersKey = searchParamsFrom(filtersOnly(view)).toString();
  const filters = useMemo(() => tableFiltersFrom(new URLSearchParams(filtersKey)), [filtersKey]);
  // The rows of the kind asked for (or both): a table of the measures alone makes none of the
  // activities' rows (issue 6: 50 000 of them, most of the time to the first rows).
  const base = useMemo(() => tableRowsOfKind(plan, { departments, people, language }, filters.kind), [plan, departments, people, language, filters.kind]);
  // The base rows are of the kind asked for already: the filter does not test it again on each row.
  const rows = useMemo(() => filterRows(base, { ...filters, kind: undefined }), [base, filters]);
  // Each column's order is worked out once per set of rows (in idle time), so that a sort or a
  // filter only picks the rows shown out of it (issue 6: 50 ms at 10 000 rows).
  const sorter = useMemo(() => rowSorter(base), [base]);
  useEffect(() => sorter.prepareWhenIdle(), [sorter]);
  const sortId = view.sort?.id;
  const sortDesc = view.sort?.desc ?? false;
  const sortedRows = useMemo(() => sorter.sort(rows, sortId ? { id: sortId, desc: sortDesc } : null), [sorter, rows, sortId, sortDesc]);
  const counts = useMemo(() => {
    let measures = 0;
    for (const row of rows) if (row.kind === 'measure') measures += 1;
    return { measures, activities: rows.length - measures };
  }, [rows]);
  const areas = useMemo(() => plan.areas.map((area) => ({ code: area.code, name: `${area.code} – ${localized(area.shortTitle)}` })), [plan, localized]);
  const canEdit = useCallback((row: TableRow) => canEditMeasure(user, row.measure.lead?.departmentId ?? null), [user]);

  const measuresCount = t('count.measures', { count: counts.measures });
  const activitiesCount = t('count.activities', { count: counts.activities });
  const countText =
    rows.length === 0
      ? t('empty')
      : filters.kind === 'measure'
        ? measuresCount
        : filters.kind === 'activity'
          ? activitiesCount
          : t('count.both', { measures: measuresCount, activities: activitiesCount });

  return (
    <>
      <PageTitle documentTitle={tMain('measures.title')}>{tMain('measures.title')}</PageTitle>
      <MeasureFiltersForm
        filters={filters}
        areas={plan.areas}
        departments={departments}
        people={people}
        onApply={applyFilters}
        resetTo={`/measures${queryOf(searchParamsFrom({ ...view, filters: {} }))}`}
      />
      <ViewOptions groupByArea={view.groupByArea} columns={view.columns} onChange={changeLayout} />
      <p role="status" className="result-count">
        {countText}
      </p>
      <p className="note">{t('legend', { days: plan.reportingIntervalDays })}</p>
      {rows.length > 0 ? <ExportButtons rows={rows} view={view} /> : null}
      {rows.length > 0 ? <MeasuresTable rows={sortedRows} long={base.length > virtualiseAbove} view={view} areas={areas} canEdit={canEdit} onSort={sortBy} /> : null}
    </>
  );
}

/**
 * The URL follows a new view once the browser has shown it: writing the history entry and the
 * router's render of the new location then add nothing to the time until the table shows a sort
 * or a filter (the table shows the view at once, see useViewInUrl). Changes in quick succession
 * make one entry, with the last search; a page left in the meantime writes nothing.
 */
function useSearchWrittenAfterPaint(setSearchParams: SetURLSearchParams): SetSearch {
  const queued = useRef<{ replace: boolean; cancel: () => void } | null>(null);
  useEffect(() => () => queued.current?.cancel(), []);
  return useCallback(
    (search, { replace }) => {
      const earlier = queued.current;
      earlier?.cancel();
      // One push among the changes made one entry is still a new entry.
      const next = { replace: replace && (earlier?.replace ?? true), cancel: () => {} };
      next.cancel = afterNextPaint(() => {
        queued.current = null;
        setSearchParams(search, { replace: next.replace });
      });
      queued.current = next;
    },
    [setSearchParams],
  );
}

/** Runs `run` after the next frame is painted (or soon, where there are no frames); returns a cancel. */
function afterNextPaint(run: () => void): () => void {
  if (typeof requestAnimationFrame === 'undefined' || typeof requestIdleCallback === 'undefined') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  let idle = 0;
  const frame = requestAnimationFrame(() => (idle = requestIdleCallback(run, { timeout: 100 })));
  return () => {
    cancelAnimationFrame(frame);
    cancelIdleCallback(idle);
  };
}

const queryOf = (params: URLSearchParams) => {
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** What the router loads for this page (src/app/router.tsx). */
export const page: LazyPage = { loader: measuresLoader, Component: MeasuresRoute, shouldRevalidate: measuresShouldRevalidate };
