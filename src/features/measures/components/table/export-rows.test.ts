import { parse } from 'papaparse';
import { describe, expect, it } from 'vitest';
import { de } from '@/lib/i18n/locales/de.ts';
import { en } from '@/lib/i18n/locales/en.ts';
import { tableDe } from '@/lib/i18n/locales/table.de.ts';
import { tableEn } from '@/lib/i18n/locales/table.en.ts';
import { changeMeasure, getPlan, listDepartments } from '~mocks/db.ts';
import { columnIds } from '../../utils/measure-filters.ts';
import { exportFileName, exportTable, toCsv, toWorkbook, type ExportLabels } from './export-rows.ts';
import { filterRows, tableRowsFrom } from './table-rows.ts';

const person = { id: '5f0c6a3e-2b1d-4c8e-9a7f-0d3e2c1b4a59', name: 'Jürgen Müller', departmentId: null };

const labelsIn = (language: 'de' | 'en'): ExportLabels => {
  const main = language === 'de' ? de : en;
  const table = language === 'de' ? tableDe : tableEn;
  return {
    column: { ...table.column },
    phase: main.phase,
    health: main.health,
    notAssigned: table.cell.notAssigned,
    contributors: (names) => table.cell.contributors.replace('{{names}}', names),
    stale: table.cell.stale,
    overdue: table.cell.overdue,
  };
};

const rowsIn = (language: 'de' | 'en') => tableRowsFrom(getPlan(), { departments: listDepartments(), people: [person], language });

describe('the export of the measures table', () => {
  it('writes CSV that Excel opens with umlauts: a BOM, every field quoted, headers in the user’s language', () => {
    changeMeasure('1.2', { lead: { departmentId: 'international-affairs', personId: person.id } });
    const rows = filterRows(rowsIn('de'), { department: 'international-affairs', kind: 'measure' });
    const csv = toCsv(exportTable(rows, ['code', 'title', 'lead', 'person', 'phase', 'progress'], labelsIn('de')));

    expect(csv.startsWith('\uFEFF"Nr.","Titel","Federführung","Verantwortliche Person","Phase","Fortschritt"\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.every((line) => line.startsWith('"') && line.endsWith('"'))).toBe(true);
    expect(csv).toContain('"1.2","');
    expect(csv).toContain('"Büro für internationale Angelegenheiten","Jürgen Müller","Nicht begonnen","0"');
  });

  it('exports only the rows the filters let through, in the visible columns and the table’s column order', () => {
    changeMeasure('3.1', { lead: { departmentId: 'economic-affairs', personId: null } });
    const rows = filterRows(rowsIn('en'), { department: 'economic-affairs' });
    const table = exportTable(rows, ['phase', 'code'], labelsIn('en'));
    const parsed = parse<string[]>(toCsv(table).slice(1), { skipEmptyLines: true }).data;

    expect(parsed[0]).toEqual([tableEn.column.code, 'Phase']);
    const codes = parsed.slice(1).map((row) => row[0]);
    expect(codes).toEqual(rows.map((row) => row.code));
    expect(codes).toContain('3.1');
    expect(codes.every((code) => code?.startsWith('3.1'))).toBe(true);
  });

  it('says stale and overdue next to the dates, and the file is named after the day', () => {
    const rows = rowsIn('de').slice(0, 1).map((row) => ({ ...row, targetDate: '2020-01-31', overdue: true, lastUpdateAt: null, stale: true }));
    const table = exportTable(rows, columnIds, labelsIn('de'));

    expect(table.header).toEqual(columnIds.map((id) => tableDe.column[id]));
    expect(table.rows[0]).toContain('2020-01-31 (Überfällig)');
    expect(table.rows[0]).toContain('Veraltet');
    expect(exportFileName('csv', new Date('2026-10-31T23:30:00Z'))).toBe('massnahmen-2026-11-01.csv');
  });

  it('builds an Excel workbook with the header row and one row per exported row', async () => {
    const rows = filterRows(rowsIn('de'), { area: '2' });
    const workbook = await toWorkbook(exportTable(rows, ['code', 'title', 'progress'], labelsIn('de')), 'Maßnahmen');
    const { default: ExcelJS } = await import('exceljs');
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(await workbook.xlsx.writeBuffer());
    const sheet = reread.getWorksheet('Maßnahmen');

    expect(sheet?.getRow(1).values).toEqual([undefined, 'Nr.', 'Titel', 'Fortschritt']);
    expect(sheet?.rowCount).toBe(rows.length + 1);
    expect(sheet?.getRow(2).getCell(1).value).toBe('2.1');
    expect(sheet?.getRow(2).getCell(3).value).toBe(0);
  });
});
