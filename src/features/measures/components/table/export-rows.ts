import { unparse } from 'papaparse';
import type { Health, Phase } from '@/contract/common.ts';
import { berlinDate } from '@/lib/freshness.ts';
import { columnIds, type ColumnId } from '../../utils/measure-filters.ts';
import type { TableRow } from './table-rows.ts';

/** The words an export writes, in the user's language. */
export type ExportLabels = {
  column: Record<ColumnId, string>;
  phase: Record<Phase, string>;
  health: Record<Health | 'none', string>;
  notAssigned: string;
  contributors: (names: string) => string;
  stale: string;
  overdue: string;
};

/** A cell: text, or a number a spreadsheet can calculate with (progress). */
export type ExportCell = string | number;
export type ExportTable = { header: string[]; rows: ExportCell[][] };

const withFlag = (text: string, flag: string | false) => (flag ? (text ? `${text} (${flag})` : flag) : text);

const cellOf: { [K in ColumnId]: (row: TableRow, labels: ExportLabels) => ExportCell } = {
  code: (row) => row.code,
  title: (row) => row.titleText,
  area: (row) => row.areaName,
  lead: (row, labels) => {
    const lead = row.leadName ?? labels.notAssigned;
    return row.contributorNames.length > 0 ? `${lead}; ${labels.contributors(row.contributorNames.join(', '))}` : lead;
  },
  person: (row) => row.personName ?? '',
  phase: (row, labels) => labels.phase[row.phase],
  health: (row, labels) => labels.health[row.health ?? 'none'],
  progress: (row) => row.progress,
  // Dates as ISO dates: every spreadsheet reads them as dates, whatever its language.
  targetDate: (row, labels) => withFlag(row.targetDate ?? '', row.overdue && labels.overdue),
  lastUpdate: (row, labels) => withFlag(row.lastUpdateAt === null ? '' : berlinDate(new Date(row.lastUpdateAt)), row.stale && labels.stale),
};

/** The rows as shown, in the columns shown (in the table's order), with headers in the user's language. */
export function exportTable(rows: readonly TableRow[], columns: readonly ColumnId[], labels: ExportLabels): ExportTable {
  const shown = columnIds.filter((id) => columns.includes(id));
  return {
    header: shown.map((id) => labels.column[id]),
    rows: rows.map((row) => shown.map((id) => cellOf[id](row, labels))),
  };
}

/**
 * CSV as Excel opens it correctly: UTF-8 with a byte order mark (without it Excel guesses the
 * local code page and garbles umlauts), every field quoted, Windows line ends.
 */
export function toCsv({ header, rows }: ExportTable): string {
  return `\uFEFF${unparse({ fields: header, data: rows }, { quotes: true, newline: '\r\n' })}`;
}

/** An Excel workbook of one sheet; exceljs is big, so it loads only when someone exports. */
export async function toWorkbook({ header, rows }: ExportTable, sheetName: string) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(header[index]?.length ?? 0, ...rows.map((row) => String(row[index] ?? '').length));
    column.width = Math.min(60, Math.max(8, longest + 2));
  });
  return workbook;
}

export const csvMime = 'text/csv;charset=utf-8';
export const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** massnahmen-2026-10-31.csv: the day in Hannover. */
export const exportFileName = (extension: 'csv' | 'xlsx', now = new Date()) => `massnahmen-${berlinDate(now)}.${extension}`;
