import { useTable } from '@tanstack/react-table';
import { defaultRangeExtractor, measureElement, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { FormStatus } from '@/components/form-field.tsx';
import { useTableTranslation } from '@/lib/i18n/use-table-translation.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { columnIds, type ColumnId, type TableView } from '../utils/measure-filters.ts';
import { measuresColumns, measuresTableFeatures, quickChangeButtonId, type CellLabels, type MeasuresTableMeta } from './table/columns.tsx';
import { MeasuresTableRow } from './table/measures-table-row.tsx';
import { QuickStatusDialog } from './table/quick-status-dialog.tsx';
import { groupedItems, isGroupHeading, sortRows, type GroupHeading, type TableRow } from './table/table-rows.ts';
import './table/measures-table.css';

/** Up to this many rows, all are in the page; above it, only those near the viewport (issue 6 measures 10 000). */
export const virtualiseAbove = 500;

/** A row's height before it is measured: one line of text with a badge. */
const rowEstimate = 52;
const estimateSize = () => rowEstimate;
// A row not laid out (yet) keeps its estimate rather than counting as nothing.
const measureRow: typeof measureElement<HTMLTableRowElement> = (element, entry, instance) => measureElement(element, entry, instance) || rowEstimate;

type MeasuresTableProps = {
  /** The rows the filters let through, in plan order. */
  rows: readonly TableRow[];
  view: TableView;
  /** Areas of Action in plan order, with their names, for grouping. */
  areas: readonly { code: string; name: string }[];
  canEdit: (row: TableRow) => boolean;
  /** A column's sort button was pressed (see nextSort). */
  onSort: (id: ColumnId) => void;
};

type Entry = { type: 'item'; index: number } | { type: 'spacer'; key: string; height: number };

const getRowId = (row: TableRow) => row.id;
const keyOf = (item: { id: string } | GroupHeading | undefined) => (item === undefined ? '' : isGroupHeading(item) ? `area-${item.areaCode}` : item.id);
const originalOf = (row: { original: TableRow }) => row.original;
const areaOf = (row: { original: TableRow }) => row.original.areaCode;

/**
 * Every measure and activity as one table: sortable by its column headers, grouped by Area of
 * Action on request, and with a quick status change for the rows the user may edit. A real table
 * throughout: with many rows, the rows far from the viewport are left out and stand-in rows of
 * their height keep the scrollbar true, while aria-rowcount and aria-rowindex tell screen
 * readers where they are.
 */
export const MeasuresTable = memo(function MeasuresTable({ rows, view, areas, canEdit, onSort }: MeasuresTableProps) {
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

  const table = useTable({
    features: measuresTableFeatures,
    columns: measuresColumns,
    data: rows,
    getRowId,
    state: { sorting, columnVisibility },
    manualSorting: true,
    meta,
  });

  // The table's rows stay in plan order; a new sort only reorders them (see sortRows).
  const tableRows = table.getRowModel().rows;
  const sortedRows = useMemo(() => sortRows(tableRows, sortId ? { id: sortId, desc: sortDesc } : null, originalOf), [tableRows, sortId, sortDesc]);
  const areaCodes = useMemo(() => areas.map((a) => a.code), [areas]);
  const items = useMemo(() => groupedItems(sortedRows, areaOf, areaCodes, view.groupByArea), [sortedRows, areaCodes, view.groupByArea]);
  const getItemKey = useCallback((index: number) => keyOf(items[index]), [items]);

  const virtual = items.length > virtualiseAbove;
  const theadRef = useRef<HTMLTableSectionElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // Where the rows start on the page: it moves whenever anything above the table changes height.
  useLayoutEffect(() => {
    if (!virtual || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const head = theadRef.current;
      if (head) setScrollMargin(Math.round(head.getBoundingClientRect().bottom + window.scrollY));
    });
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [virtual]);

  // The row with focus, and the one being changed, stay in the page however far the user scrolls,
  // so that focus is never dropped and can return to the row's button.
  const pinned = useMemo(() => {
    const ids = [focusedId, editing?.id ?? null].filter((id) => id !== null);
    return ids.length === 0 ? [] : items.flatMap((item, index) => (ids.includes(keyOf(item)) ? [index] : []));
  }, [focusedId, editing, items]);
  const rangeExtractor = useCallback(
    (range: Range) => [...new Set([...defaultRangeExtractor(range), ...pinned])].sort((a, b) => a - b),
    [pinned],
  );

  const virtualizer = useWindowVirtualizer<HTMLTableRowElement>({
    count: virtual ? items.length : 0,
    estimateSize,
    overscan: 12,
    scrollMargin,
    rangeExtractor,
    getItemKey,
    measureElement: measureRow,
    useFlushSync: false,
  });

  const entries: Entry[] = [];
  if (virtual) {
    let end = scrollMargin;
    for (const item of virtualizer.getVirtualItems()) {
      if (item.start > end) entries.push({ type: 'spacer', key: `before-${item.key}`, height: item.start - end });
      entries.push({ type: 'item', index: item.index });
      end = Math.max(end, item.end);
    }
    const bottom = virtualizer.getTotalSize() + scrollMargin - end;
    if (bottom > 0) entries.push({ type: 'spacer', key: 'after', height: bottom });
  } else {
    for (let index = 0; index < items.length; index++) entries.push({ type: 'item', index });
  }

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
    const common = {
      'data-index': entry.index,
      'aria-rowindex': entry.index + 2,
      ref: virtual ? virtualizer.measureElement : undefined,
    };
    if (isGroupHeading(item)) {
      return (
        <tr key={keyOf(item)} {...common} className="measures-table__group">
          <th scope="rowgroup" colSpan={visibleColumnCount}>
            {t('group.heading', { name: areaName(item.areaCode) })} <span className="count">({t('group.count', { count: item.count })})</span>
          </th>
        </tr>
      );
    }
    return <MeasuresTableRow key={item.id} row={item} index={entry.index} columns={columnsKey} meta={meta} measureRef={common.ref} />;
  };

  // Grouped, each area is a <tbody> of its own whose heading row names it (scope="rowgroup"). A
  // body keeps its key (its area) while the user scrolls, or React would replace it, and the
  // focus in it with it.
  const bodies: { entries: Entry[]; area: string | null }[] = [];
  for (const entry of entries) {
    const item = entry.type === 'item' ? items[entry.index] : undefined;
    const area = item === undefined ? null : isGroupHeading(item) ? item.areaCode : item.original.areaCode;
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
        <table className="data-table measures-table" aria-rowcount={items.length + 1} onFocus={onFocus}>
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
