import { FlexRender, type Row } from '@tanstack/react-table';
import { memo, type Ref } from 'react';
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
  measureRef: Ref<HTMLTableRowElement> | undefined;
};

/**
 * One measure or activity. Memoised: when the table renders again (a sort, a navigation, another
 * row's change), rows whose data, position and columns are as before are left alone.
 */
export const MeasuresTableRow = memo(function MeasuresTableRow({ row, index, measureRef }: MeasuresTableRowProps) {
  return (
    <tr
      ref={measureRef}
      data-index={index}
      data-row-id={row.id}
      aria-rowindex={index + 2}
      className={row.original.kind === 'activity' ? 'measures-table__activity' : 'measures-table__measure'}
    >
      {row.getVisibleCells().map((cell) => {
        const columnMeta = cell.column.columnDef.meta;
        const content = <FlexRender cell={cell} />;
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
});
