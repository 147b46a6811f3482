import { memo } from 'react';
import { useTableTranslation } from '@/lib/i18n/use-table-translation.ts';
import { columnIds, requiredColumns, type ColumnId, type TableView } from '../../utils/measure-filters.ts';

type ViewOptionsProps = {
  groupByArea: boolean;
  /** The columns shown, in table order. */
  columns: readonly ColumnId[];
  /** Gets what to change, applied to the latest view (an earlier change may still be on its way to the URL). */
  onChange: (change: (view: TableView) => TableView) => void;
};

/**
 * How the table is laid out: grouped by Area of Action or not, and which columns it shows. These
 * change the table in place (not the page or focus), so they apply at once, and go into the URL
 * like the filters. Memoised: a sort or a filter leaves it as it is.
 */
export const ViewOptions = memo(function ViewOptions({ groupByArea, columns, onChange }: ViewOptionsProps) {
  const { t } = useTableTranslation();

  const toggleColumn = (id: ColumnId, shown: boolean) =>
    onChange((latest) => ({ ...latest, columns: columnIds.filter((c) => (c === id ? shown : latest.columns.includes(c))) }));

  return (
    <section className="panel measures-view" aria-labelledby="view-heading">
      <h2 id="view-heading">{t('view.heading')}</h2>
      <div className="measures-view__controls">
        <div className="checkbox">
          <input id="view-group" type="checkbox" checked={groupByArea} onChange={(e) => {
              const groupByArea = e.target.checked;
              onChange((latest) => ({ ...latest, groupByArea }));
            }} />
          <label htmlFor="view-group">{t('view.groupByArea')}</label>
        </div>
        <details className="measures-view__columns">
          <summary>{t('view.columns', { shown: columns.length, total: columnIds.length })}</summary>
          <fieldset>
            <legend>{t('view.columnsLegend')}</legend>
            {columnIds.map((id) => {
              const required = requiredColumns.includes(id);
              return (
                <div className="checkbox" key={id}>
                  <input
                    id={`view-column-${id}`}
                    type="checkbox"
                    checked={required || columns.includes(id)}
                    disabled={required}
                    aria-describedby={required ? 'view-column-required' : undefined}
                    onChange={(e) => toggleColumn(id, e.target.checked)}
                  />
                  <label htmlFor={`view-column-${id}`}>{t(`column.${id}`)}</label>
                </div>
              );
            })}
            <p id="view-column-required" className="field__hint">
              {t('view.titleAlways')}
            </p>
          </fieldset>
        </details>
      </div>
    </section>
  );
});
