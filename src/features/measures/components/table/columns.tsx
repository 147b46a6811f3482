import { columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures, type Row, type Table } from '@tanstack/react-table';
import { BreakableText } from '@/components/breakable-text.tsx';
import { ProgressBar } from '@/components/progress-bar.tsx';
import { HealthBadge, PhaseBadge } from '@/components/status-badge.tsx';
import type { RowKind } from '../../utils/measure-filters.ts';
import { OverdueFlag, StaleFlag } from './flags.tsx';
import { sortKeyOf, type TableRow } from './table-rows.ts';

/** The words cells repeat on every row, translated once per language rather than once per cell. */
export type CellLabels = {
  kind: Record<RowKind, string>;
  column: Record<string, string>;
  notAssigned: string;
  notNamed: string;
  notSet: string;
  never: string;
  manual: string;
  stale: string;
  overdue: string;
  contributors: (names: string) => string;
  progressOf: (kind: RowKind, code: string) => string;
  quickChange: string;
};

/** What the rows' cells need from the page: who may change which row, how to start, and their words. */
export type MeasuresTableMeta = {
  canEdit: (row: TableRow) => boolean;
  onQuickChange: (row: TableRow) => void;
  labels: CellLabels;
};

export type MeasuresColumnMeta = {
  /** The cell that names its row (a <th scope="row">). */
  rowHeader?: true;
  className?: string;
  /**
   * Its content can run longer than a row of fixed height has room for (names, titles, a value
   * with a note or a flag under it): cut to two lines there. The other cells hold one short line
   * (a code, a badge, a button).
   */
  clamp?: true;
};

/*
 * Sorting is the table's state (rowSortingFeature), but the rows arrive sorted: sortRows
 * (table-rows.ts) orders ready-made keys, which at 10 000 rows takes a fraction of what a
 * comparator reading each value through the table's cache does, and issue 6 allows 50 ms.
 * Module level, so the table never sees new features or columns between renders (STACK-NOTES).
 */
export const measuresTableFeatures = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  tableMeta: {} as MeasuresTableMeta,
  columnMeta: {} as MeasuresColumnMeta,
});

type Features = typeof measuresTableFeatures;
/** What a cell renderer uses of its context, whatever the column's value type. */
type Context = { row: Row<Features, TableRow>; table: Table<Features, TableRow> };

const labelsOf = (table: Table<Features, TableRow>) => {
  const labels = table.options.meta?.labels;
  if (!labels) throw new Error('The measures table needs its labels in meta');
  return labels;
};

function CodeCell({ row, table }: Context) {
  const { kind, code } = row.original;
  return (
    <>
      <span className="visually-hidden">{labelsOf(table).kind[kind]}</span> {code}
    </>
  );
}

/** Marks the links the table follows in the app rather than by loading the page (see MeasuresTable). */
export const inAppLink = 'data-in-app';

function TitleCell({ row }: Context) {
  const { measureCode, titleText, kind } = row.original;
  return (
    // Activities have no page of their own: theirs is their measure's. A plain link: a router Link
    // in every row renders again on every change of the URL, that is on every sort and filter.
    <a href={`/measures/${measureCode}`} {...{ [inAppLink]: '' }} className={kind === 'activity' ? 'sentence-case' : undefined}>
      <BreakableText>{titleText}</BreakableText>
    </a>
  );
}

function LeadCell({ row, table }: Context) {
  const labels = labelsOf(table);
  const { leadName, contributorNames } = row.original;
  return (
    <>
      {leadName === null ? <span className="unassigned">{labels.notAssigned}</span> : <BreakableText>{leadName}</BreakableText>}
      {contributorNames.length > 0 ? <span className="measures-table__note">{labels.contributors(contributorNames.join(', '))}</span> : null}
    </>
  );
}

function PersonCell({ row, table }: Context) {
  const labels = labelsOf(table);
  const { lead, personName } = row.original;
  if (personName !== null) return <>{personName}</>;
  return <span className="unassigned">{lead === null ? labels.notAssigned : labels.notNamed}</span>;
}

function ProgressCell({ row, table }: Context) {
  const labels = labelsOf(table);
  const { kind, code, progress, progressSource } = row.original;
  return (
    <>
      <ProgressBar value={progress} label={labels.progressOf(kind, code)} />
      {progressSource === 'manual' ? <span className="measures-table__note">{labels.manual}</span> : null}
    </>
  );
}

function TargetDateCell({ row, table }: Context) {
  const { targetDateText, overdue } = row.original;
  return (
    <>
      {targetDateText ?? <span className="unassigned">{labelsOf(table).notSet}</span>}
      {overdue ? <OverdueFlag label={labelsOf(table).overdue} /> : null}
    </>
  );
}

function LastUpdateCell({ row, table }: Context) {
  const { lastUpdateText, stale } = row.original;
  return (
    <>
      {lastUpdateText ?? <span className="unassigned">{labelsOf(table).never}</span>}
      {stale ? <StaleFlag label={labelsOf(table).stale} /> : null}
    </>
  );
}

function ActionsCell({ row, table }: Context) {
  const meta = table.options.meta;
  if (!meta?.canEdit(row.original)) return null;
  return (
    <button
      type="button"
      id={quickChangeButtonId(row.original.code)}
      className="button button--secondary button--small measures-table__quick"
      onClick={() => meta.onQuickChange(row.original)}
    >
      {meta.labels.quickChange} <span className="visually-hidden">{row.original.code}</span>
    </button>
  );
}

/** Where focus returns when the quick status change closes. */
export const quickChangeButtonId = (code: string) => `quick-change-${code.replace(/\./g, '-')}`;

const column = createColumnHelper<Features, TableRow>();
const header = ({ table, column: { id } }: { table: Table<Features, TableRow>; column: { id: string } }) => labelsOf(table).column[id] ?? id;

export const measuresColumns = column.columns([
  column.accessor(sortKeyOf.code, { id: 'code', header, cell: CodeCell, meta: { className: 'code' } }),
  column.accessor(sortKeyOf.title, {
    id: 'title',
    header,
    cell: TitleCell,
    enableHiding: false,
    meta: { rowHeader: true, className: 'data-table__title', clamp: true },
  }),
  column.accessor(sortKeyOf.area, { id: 'area', header, cell: ({ row }) => <BreakableText>{row.original.areaName}</BreakableText>, meta: { clamp: true } }),
  column.accessor(sortKeyOf.lead, { id: 'lead', header, cell: LeadCell, meta: { clamp: true } }),
  column.accessor(sortKeyOf.person, { id: 'person', header, cell: PersonCell, meta: { clamp: true } }),
  column.accessor(sortKeyOf.phase, { id: 'phase', header, cell: ({ row }) => <PhaseBadge phase={row.original.phase} withKind={false} /> }),
  column.accessor(sortKeyOf.health, { id: 'health', header, cell: ({ row }) => <HealthBadge health={row.original.health} withKind={false} /> }),
  column.accessor(sortKeyOf.progress, { id: 'progress', header, cell: ProgressCell, meta: { clamp: true } }),
  column.accessor(sortKeyOf.targetDate, { id: 'targetDate', header, cell: TargetDateCell, meta: { clamp: true } }),
  column.accessor(sortKeyOf.lastUpdate, { id: 'lastUpdate', header, cell: LastUpdateCell, meta: { clamp: true } }),
  column.display({ id: 'actions', header, cell: ActionsCell, enableSorting: false }),
]);
