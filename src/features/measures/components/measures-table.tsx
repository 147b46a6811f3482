import { useTable } from '@tanstack/react-table';
import { memo, useEffect, useMemo, useRef, useState, type FocusEvent, type MouseEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormStatus } from '@/components/form-field.tsx';
import { useTableTranslation } from '@/lib/i18n/use-table-translation.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { columnIds, type ColumnId, type TableView } from '../utils/measure-filters.ts';
import { inAppLink, measuresColumns, measuresTableFeatures, quickChangeButtonId, type CellLabels, type MeasuresTableMeta } from './table/columns.tsx';
import { MeasuresTableRow } from './table/measures-table-row.tsx';
import { QuickStatusDialog } from './table/quick-status-dialog.tsx';
import { groupedItems, isGroupHeading, type GroupHeading, type TableRow } from './table/table-rows.ts';
import { useRowWindow } from './table/use-row-window.ts';
import './table/measures-table.css';

/** Up to this many rows, all are in the page; above it, only those near the viewport (issue 6 measures 10 000). */
export const virtualiseAbove = 500;

type MeasuresTableProps = {
  /** The rows the filters let through, in the order of the view's sort. */
  rows: readonly TableRow[];
  /**
   * The rows the filters choose from are more than virtualiseAbove: the table keeps the layout of
   * a long table (rows of one height, columns of set widths) however few rows a filter lets
   * through, so that its columns do not move when a filter is applied or cleared.
   */
  long: boolean;
  view: TableView;
  /** Areas of Action in plan order, with their names, for grouping. */
  areas: readonly { code: string; name: string }[];
  canEdit: (row: TableRow) => boolean;
  /** A column's sort button was pressed (see nextSort). */
  onSort: (id: ColumnId) => void;
};

type Entry = { type: 'item'; index: number } | { type: 'spacer'; key: string; height: number };

const getRowId = (row: TableRow) => row.id;
const keyOf = (item: TableRow | GroupHeading | undefined) => (item === undefined ? '' : isGroupHeading(item) ? `area-${item.areaCode}` : item.id);
const areaOf = (row: TableRow) => row.areaCode;

/**
 * Every measure and activity as one table: sortable by its column headers, grouped by Area of
 * Action on request, and with a quick status change for the rows the user may edit. A real table
 * throughout: with many rows, the rows far from the viewport are left out and stand-in rows of
 * their height keep the scrollbar true, while aria-rowcount and aria-rowindex tell screen
 * readers where they are. The rows arrive filtered and sorted; the table library is given only
 * the rows in the page, so that a sort or filter of 10 000 rows builds some 30 of its rows.
 */
export const MeasuresTable = memo(function MeasuresTable({ rows, long, view, areas, canEdit, onSort }: MeasuresTableProps) {
  const { t } = useTableTranslation();
  const { t: tMain } = useTranslation();
  const [editing, setEditing] = useState<TableRow | null>(null);
  // An answer can arrive after the dialog was closed (or another opened): it must not take focus then.
  const editingRef = useRef<TableRow | null>(null);
  useEffect(() => {
    editingRef.current = editing;
  }, [editing]);
  /** The row whose button gets focus back once the dialog is gone. */
  const returnFocusTo = useRef<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const navigate = useNavigate();
  const sortId = view.sort?.id;
  const sortDesc = view.sort?.desc ?? false;
  const sorting = useMemo(() => (sortId ? [{ id: sortId, desc: sortDesc }] : []), [sortId, sortDesc]);
  const canEditAny = useMemo(() => rows.some(canEdit), [rows, canEdit]);
  const columnVisibility = useMemo(
    () => ({ ...Object.fromEntries(columnIds.map((id) => [id, view.columns.includes(id)])), actions: canEditAny }),
    [view.columns, canEditAny],
  );
  const labels = useMemo<CellLabels>(
    () => ({
      kind: { measure: t('kind.measure'), activity: t('kind.activity') },
      column: Object.fromEntries([...columnIds, 'actions' as const].map((id) => [id, t(`column.${id}`)])),
      notAssigned: t('cell.notAssigned'),
      notNamed: t('cell.notNamed'),
      notSet: t('cell.notSet'),
      never: t('cell.never'),
      manual: t('cell.manual'),
      stale: t('cell.stale'),
      overdue: t('cell.overdue'),
      contributors: (names) => t('cell.contributors', { names }),
      progressOf: (kind, code) => tMain(kind === 'measure' ? 'progress.ofMeasure' : 'progress.ofActivity', { code }),
      quickChange: t('quick.open'),
    }),
    [t, tMain],
  );
  const meta = useMemo<MeasuresTableMeta>(
    () => ({
      canEdit,
      onQuickChange: (row) => {
        setMessage(null);
        setEditing(row);
      },
      labels,
    }),
    [canEdit, labels],
  );

  const areaCodes = useMemo(() => areas.map((a) => a.code), [areas]);
  const items = useMemo(() => groupedItems(rows, areaOf, areaCodes, view.groupByArea), [rows, areaCodes, view.groupByArea]);

  const virtual = items.length > virtualiseAbove;
  const fixedLayout = long || virtual;
  const theadRef = useRef<HTMLTableSectionElement>(null);
  const { first, end, rowHeight } = useRowWindow(items.length, virtual, theadRef);

  // The row with focus, and the one being changed, stay in the page however far the user scrolls,
  // so that focus is never dropped and can return to the row's button.
  const pinned = useMemo(() => {
    const ids = [focusedId, editing?.id ?? null].filter((id) => id !== null);
    return ids.length === 0 ? [] : items.flatMap((item, index) => (ids.includes(keyOf(item)) ? [index] : []));
  }, [focusedId, editing, items]);

  const entries = useMemo(() => {
    const list: Entry[] = [];
    if (!virtual) {
      for (let index = 0; index < items.length; index++) list.push({ type: 'item', index });
      return list;
    }
    const shown = [...pinned.filter((index) => index < first), ...Array.from({ length: end - first }, (_, offset) => first + offset), ...pinned.filter((index) => index >= end)];
    let next = 0;
    for (const index of shown) {
      if (index > next) list.push({ type: 'spacer', key: `before-${keyOf(items[index])}`, height: (index - next) * rowHeight });
      list.push({ type: 'item', index });
      next = index + 1;
    }
    if (items.length > next) list.push({ type: 'spacer', key: 'after', height: (items.length - next) * rowHeight });
    return list;
  }, [virtual, items, pinned, first, end, rowHeight]);

  const shownRows = useMemo(() => {
    const list: TableRow[] = [];
    for (const entry of entries) {
      const item = entry.type === 'item' ? items[entry.index] : undefined;
      if (item !== undefined && !isGroupHeading(item)) list.push(item);
    }
    return list;
  }, [entries, items]);

  const table = useTable({
    features: measuresTableFeatures,
    columns: measuresColumns,
    data: shownRows,
    getRowId,
    state: { sorting, columnVisibility },
    manualSorting: true,
    meta,
  });
  const tableRows = table.getRowModel().rowsById;

  // Focus goes back to the button that opened the quick change, once the dialog is gone (a modal
  // dialog leaves nothing else focusable while it is open).
  useEffect(() => {
    const id = returnFocusTo.current;
    if (editing !== null || id === null) return;
    returnFocusTo.current = null;
    (document.getElementById(quickChangeButtonId(id)) ?? document.getElementById('measures-table-region'))?.focus();
  }, [editing]);

  const closeQuickChange = () => {
    if (editingRef.current) returnFocusTo.current = editingRef.current.id;
    setEditing(null);
  };

  // Title links are plain links (see TitleCell): followed in the app, unless the user asks for a new tab or window.
  const onClick = (event: MouseEvent<HTMLTableElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    const href = (event.target as Element).closest(`a[${inAppLink}]`)?.getAttribute('href');
    if (!href) return;
    event.preventDefault();
    void navigate(href);
  };

  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    if (!virtual) return;
    const id = (event.target as Element).closest('tr[data-row-id]')?.getAttribute('data-row-id') ?? null;
    if (id !== focusedId) setFocusedId(id);
  };

  const visibleColumns = table.getVisibleLeafColumns();
  const visibleColumnCount = visibleColumns.length;
  const columnsKey = visibleColumns.map((column) => column.id).join(',');
  const areaName = (code: string) => areas.find((a) => a.code === code)?.name ?? code;

  const renderEntry = (entry: Entry): ReactNode => {
    if (entry.type === 'spacer') {
      return (
        <tr key={entry.key} aria-hidden="true" className="measures-table__spacer">
          <td colSpan={visibleColumnCount} style={{ height: entry.height }} />
        </tr>
      );
    }
    const item = items[entry.index];
    if (!item) return null;
    if (isGroupHeading(item)) {
      return (
        <tr key={keyOf(item)} data-index={entry.index} aria-rowindex={entry.index + 2} className="measures-table__group">
          <th scope="rowgroup" colSpan={visibleColumnCount}>
            {t('group.heading', { name: areaName(item.areaCode) })} <span className="count">({t('group.count', { count: item.count })})</span>
          </th>
        </tr>
      );
    }
    const row = tableRows[item.id];
    return row ? <MeasuresTableRow key={item.id} row={row} index={entry.index} columns={columnsKey} meta={meta} fixedHeight={fixedLayout} /> : null;
  };

  // Grouped, each area is a <tbody> of its own whose heading row names it (scope="rowgroup"). A
  // body keeps its key (its area) while the user scrolls, or React would replace it, and the
  // focus in it with it.
  const bodies: { entries: Entry[]; area: string | null }[] = [];
  for (const entry of entries) {
    const item = entry.type === 'item' ? items[entry.index] : undefined;
    const area = item === undefined ? null : item.areaCode;
    const current = bodies.at(-1);
    if (current === undefined || (view.groupByArea && item !== undefined && isGroupHeading(item) && current.area !== null)) {
      bodies.push({ entries: [entry], area });
    } else {
      current.entries.push(entry);
      current.area ??= area;
    }
  }

  return (
    <>
      <FormStatus message={message?.tone === 'success' ? message.text : null} />
      {message?.tone === 'error' ? (
        <div role="alert" className="status-message status-message--error">
          <p>{message.text}</p>
        </div>
      ) : null}
      {/* A focusable, named region lets keyboard users scroll the table sideways on narrow screens. */}
      <div className="table-scroll" id="measures-table-region" role="region" aria-labelledby="measures-caption" tabIndex={0}>
        <table
          className={`data-table measures-table${fixedLayout ? ' measures-table--fixed-rows' : ''}`}
          aria-rowcount={items.length + 1}
          onFocus={onFocus}
          onClick={onClick}
        >
          <caption id="measures-caption">{t('caption')}</caption>
          <thead ref={theadRef}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => {
                  const id = header.column.id;
                  const sortable = header.column.getCanSort() && (columnIds as readonly string[]).includes(id);
                  const sorted = view.sort?.id === id ? (view.sort.desc ? 'descending' : 'ascending') : undefined;
                  return (
                    <th key={header.id} scope="col" aria-sort={sorted} className={`measures-table__head measures-table__head--${id}`}>
                      {sortable ? (
                        <button type="button" className="measures-table__sort" onClick={() => onSort(id as ColumnId)}>
                          <table.FlexRender header={header} />
                          <SortIcon direction={sorted} />
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          {bodies.map((body) => (
            <tbody key={view.groupByArea ? `area-${body.area ?? ''}` : 'rows'}>{body.entries.map(renderEntry)}</tbody>
          ))}
        </table>
      </div>
      {editing ? (
        <QuickStatusDialog
          key={editing.id}
          row={editing}
          onClose={closeQuickChange}
          onSaved={(row) => {
            setMessage({ tone: 'success', text: t('quick.saved', { code: row.code }) });
            if (editingRef.current?.id === row.id) closeQuickChange();
          }}
          onRefusedAfterClose={(row) => setMessage({ tone: 'error', text: t('quick.refusedAfterClose', { code: row.code }) })}
        />
      ) : null}
    </>
  );
});

/** Which way a column is sorted, as a shape; the header's aria-sort says it in words. */
function SortIcon({ direction }: { direction: 'ascending' | 'descending' | undefined }) {
  const path = direction === 'ascending' ? 'M4 10l4-5 4 5z' : direction === 'descending' ? 'M4 6l4 5 4-5z' : 'M5 6.5l3-3.5 3 3.5zM5 9.5l3 3.5 3-3.5z';
  return (
    <svg className="measures-table__sort-icon" viewBox="0 0 16 16" width="0.9em" height="0.9em" aria-hidden="true" focusable="false">
      <path d={path} fill="currentColor" />
    </svg>
  );
}
