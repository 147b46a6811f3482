import { useState } from 'react';
import { phases } from '@/contract/values.ts';
import { healthValues } from '@/components/status-badge.tsx';
import { useReportsTranslation } from '@/lib/i18n/use-reports-translation.ts';
import { useTableTranslation } from '@/lib/i18n/use-table-translation.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { columnIds, type TableView } from '../../utils/measure-filters.ts';
import { csvMime, exportFileName, exportTable, toCsv, toWorkbook, xlsxMime, type ExportLabels } from './export-rows.ts';
import { sortRows, type TableRow } from './table-rows.ts';
import './export-buttons.css';

function download(data: BlobPart, type: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download only after the click's task: the URL must outlive it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const identity = (row: TableRow) => row;

/** The rows the table shows (filtered and sorted as there), in its visible columns, as CSV or Excel. */
export function ExportButtons({ rows, view }: { rows: readonly TableRow[]; view: TableView }) {
  const { t } = useReportsTranslation();
  const { t: tTable } = useTableTranslation();
  const { t: tMain } = useTranslation();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const table = () => {
    const labels: ExportLabels = {
      column: Object.fromEntries(columnIds.map((id) => [id, tTable(`column.${id}`)])) as ExportLabels['column'],
      phase: Object.fromEntries(phases.map((p) => [p, tMain(`phase.${p}`)])) as ExportLabels['phase'],
      health: Object.fromEntries([...healthValues, 'none' as const].map((h) => [h, tMain(`health.${h}`)])) as ExportLabels['health'],
      notAssigned: tTable('cell.notAssigned'),
      contributors: (names) => tTable('cell.contributors', { names }),
      stale: tTable('cell.stale'),
      overdue: tTable('cell.overdue'),
    };
    return exportTable(sortRows(rows, view.sort, identity), view.columns, labels);
  };

  const exportCsv = () => {
    setFailed(false);
    download(toCsv(table()), csvMime, exportFileName('csv'));
  };

  const exportXlsx = async () => {
    if (busy) return;
    setFailed(false);
    setBusy(true);
    try {
      const workbook = await toWorkbook(table(), t('export.sheet'));
      download(await workbook.xlsx.writeBuffer(), xlsxMime, exportFileName('xlsx'));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="measures-export" role="group" aria-labelledby="measures-export-label" aria-describedby="measures-export-hint">
      <span id="measures-export-label" className="measures-export__label">
        {t('export.label')}
      </span>
      <button type="button" className="button button--secondary button--small" onClick={exportCsv}>
        {t('export.csv')}
      </button>
      <button type="button" className="button button--secondary button--small" onClick={() => void exportXlsx()} aria-disabled={busy || undefined}>
        {t('export.xlsx')}
      </button>
      <span id="measures-export-hint" className="field__hint">
        {t('export.hint')}
      </span>
      {failed ? (
        <p role="alert" className="status-message status-message--error">
          {t('export.failed')}
        </p>
      ) : null}
    </div>
  );
}
