import { FlexRender, type Row } from '@tanstack/react-table';
import { memo } from 'react';
import type { measuresTableFeatures, MeasuresTableMeta } from './columns.tsx';
import type { TableRow } from './table-rows.ts';

type MeasuresTableRowProps = {
  row: Row<typeof measuresTableFeatures, TableRow>;
  /** Position among the body's rows, from 0. */
  index: number;
  /** The columns shown, joined: a new choice of columns renders the row again. */
  columns: string;
  /** Labels and permissions: a new language renders the row again. */
  meta: MeasuresTableMeta;
  /** Of a fixed height (the table shows only the rows near the viewport): each cell shows at most two lines. */
  fixedHeight: boolean;
};

/**
 * One measure or activity. Memoised on the plan's row rather than the table's: the table is given
 * only the rows in the page, so its row objects are new whenever those change (a scroll), while
 * a row whose data, position, columns and labels are as before has nothing new to show.
 */
export const MeasuresTableRow = memo(function MeasuresTableRow({ row, index, fixedHeight }: MeasuresTableRowProps) {
  return (
    <tr
      data-index={index}
      data-row-id={row.id}
      aria-rowindex={index + 2}
      className={row.original.kind === 'activity' ? 'measures-table__activity' : 'measures-table__measure'}
    >
      {row.getVisibleCells().map((cell) => {
        const columnMeta = cell.column.columnDef.meta;
        // Cut to two lines, the title says its whole text on hover (and its page in full).
        const content = fixedHeight && columnMeta?.clamp ? (
          <div className="measures-table__clamp" title={columnMeta?.rowHeader ? row.original.titleText : undefined}>
            <FlexRender cell={cell} />
          </div>
        ) : (
          <FlexRender cell={cell} />
        );
        return columnMeta?.rowHeader ? (
          <th key={cell.id} scope="row" className={columnMeta.className}>
            {content}
          </th>
        ) : (
          <td key={cell.id} className={columnMeta?.className}>
            {content}
          </td>
        );
      })}
    </tr>
  );
}, sameRow);

function sameRow(before: MeasuresTableRowProps, after: MeasuresTableRowProps) {
  return (
    before.row.original === after.row.original &&
    before.index === after.index &&
    before.columns === after.columns &&
    before.meta === after.meta &&
    before.fixedHeight === after.fixedHeight
  );
}
