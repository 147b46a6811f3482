import { memo, useMemo, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { LocalizedText } from '@/contract/common.ts';
import { healthValues, phaseValues } from '@/components/status-badge.tsx';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { useTableTranslation } from '@/lib/i18n/use-table-translation.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { hasFilters, tableFiltersFrom, type TableFilters } from '../utils/measure-filters.ts';

type Option = { value: string; label: string };
type Select = { name: 'area' | 'phase' | 'health' | 'department' | 'person' | 'kind'; label: string; hint?: string; any?: string; options: Option[] };

type MeasureFiltersFormProps = {
  filters: TableFilters;
  areas: readonly { code: string; shortTitle: LocalizedText }[];
  departments: readonly { id: string; name: LocalizedText }[];
  people: readonly { id: string; name: string }[];
  onApply: (filters: TableFilters) => void;
  /** Where "reset" leads: the table without filters (sort, grouping and columns stay). */
  resetTo: string;
};

const byName = (a: Option, b: Option) => a.label.localeCompare(b.label);

/**
 * The table's filters. They apply on submit, not on every change, so choosing in a select never
 * moves a keyboard or screen-reader user's context (WCAG 3.2.2). Memoised, with its options: the
 * table's page renders again on every sort, and the form has nothing to change then.
 */
export const MeasureFiltersForm = memo(function MeasureFiltersForm({ filters, areas, departments, people, onApply, resetTo }: MeasureFiltersFormProps) {
  const { t } = useTranslation();
  const { t: tt } = useTableTranslation();
  const { localized } = useLocale();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const [name, value] of data) if (typeof value === 'string') params.set(name, value);
    onApply(tableFiltersFrom(params));
  };

  const selects = useMemo<Select[]>(
    () => [
      { name: 'area', label: tt('filterForm.area'), options: areas.map((a) => ({ value: a.code, label: `${a.code} – ${localized(a.shortTitle)}` })) },
      { name: 'phase', label: tt('filterForm.phase'), options: phaseValues.map((p) => ({ value: p, label: t(`phase.${p}`) })) },
      { name: 'health', label: tt('filterForm.health'), options: healthValues.map((h) => ({ value: h, label: t(`health.${h}`) })) },
      {
        name: 'department',
        label: tt('filterForm.department'),
        hint: tt('filterForm.departmentHint'),
        options: departments.map((d) => ({ value: d.id, label: localized(d.name) })).sort(byName),
      },
      { name: 'person', label: tt('filters.person'), options: people.map((p) => ({ value: p.id, label: p.name })).sort(byName) },
      {
        name: 'kind',
        label: tt('filters.kind'),
        any: tt('filters.kindAll'),
        options: [
          { value: 'measure', label: tt('filters.kindMeasure') },
          { value: 'activity', label: tt('filters.kindActivity') },
        ],
      },
    ],
    [areas, departments, people, t, tt, localized],
  );

  return (
    <form className="filters panel" role="search" aria-labelledby="filters-heading" onSubmit={onSubmit}>
      <h2 id="filters-heading">{tt('filterForm.filters')}</h2>
      <div className="filters__fields">
        {selects.map((select) => (
          <div className="field" key={select.name}>
            <label htmlFor={`filter-${select.name}`}>{select.label}</label>
            <select
              id={`filter-${select.name}`}
              name={select.name}
              defaultValue={filters[select.name] ?? ''}
              aria-describedby={select.hint ? `filter-${select.name}-hint` : undefined}
            >
              <option value="">{select.any ?? tt('filterForm.any')}</option>
              {select.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            {select.hint ? (
              <span className="field__hint" id={`filter-${select.name}-hint`}>
                {select.hint}
              </span>
            ) : null}
          </div>
        ))}
        <fieldset className="filters__flags">
          <legend>{tt('filters.flags')}</legend>
          {(['stale', 'overdue'] as const).map((name) => (
            <div className="checkbox" key={name}>
              <input id={`filter-${name}`} name={name} type="checkbox" value="1" defaultChecked={filters[name] ?? false} />
              <label htmlFor={`filter-${name}`}>{tt(`filters.${name}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="field field--wide">
          <label htmlFor="filter-q">{tt('filterForm.search')}</label>
          <input id="filter-q" name="q" type="search" maxLength={200} defaultValue={filters.q ?? ''} aria-describedby="filter-q-hint" />
          <span className="field__hint" id="filter-q-hint">
            {tt('filterForm.searchHint')}
          </span>
        </div>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          {tt('filterForm.apply')}
        </button>
        {hasFilters(filters) ? (
          <Link to={resetTo} className="button button--secondary">
            {tt('filterForm.reset')}
          </Link>
        ) : null}
      </div>
    </form>
  );
});
