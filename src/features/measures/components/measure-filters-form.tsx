import { memo, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { LocalizedText } from '@/contract/common.ts';
import { healthValues, phaseValues } from '@/components/status-badge.tsx';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { useTableTranslation } from '@/lib/i18n/use-table-translation.ts';
import { useTranslation } from '@/lib/i18n/use-translation.ts';
import { hasFilters, tableFiltersFrom, type TableFilters } from '../utils/measure-filters.ts';

type Option = { value: string; label: string };
const selectNames = ['area', 'phase', 'health', 'department', 'person', 'kind'] as const;
const flagNames = ['stale', 'overdue'] as const;
type Select = { name: (typeof selectNames)[number]; label: string; hint?: string; any?: string; options: Option[] };

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
 * table's page renders again on every sort, and the form has nothing to change then. A new URL
 * (back button, reset link, filters applied) puts its fields to the URL's filters in place: the
 * form stays, and with it the focus (remounting it cost a tenth of a filter at 10 000 rows).
 */
export const MeasureFiltersForm = memo(function MeasureFiltersForm({ filters, areas, departments, people, onApply, resetTo }: MeasureFiltersFormProps) {
  const { t } = useTranslation();
  const { t: tt } = useTableTranslation();
  const { localized } = useLocale();
  const formRef = useRef<HTMLFormElement>(null);

  // Only fields that differ are written: setting a select's value, even to the one it has, makes
  // the browser select the option again and lay the field out anew, on every filter.
  useLayoutEffect(() => {
    const fields = formRef.current?.elements;
    if (!fields) return;
    for (const name of selectNames) {
      const select = fields.namedItem(name);
      const value = filters[name] ?? '';
      if (select instanceof HTMLSelectElement && select.value !== value) select.value = value;
    }
    for (const name of flagNames) {
      const checkbox = fields.namedItem(name);
      const checked = filters[name] ?? false;
      if (checkbox instanceof HTMLInputElement && checkbox.checked !== checked) checkbox.checked = checked;
    }
    const q = fields.namedItem('q');
    const text = filters.q ?? '';
    if (q instanceof HTMLInputElement && q.value !== text) q.value = text;
  }, [filters]);

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

  // The fields start from the filters the form was made with; later ones are put in by the effect
  // above. So a new view (a sort, a filter) leaves the fields and their many options alone.
  const [initial] = useState(filters);
  const fields = useMemo(
    () => (
      <div className="filters__fields">
        {selects.map((select) => (
          <div className="field" key={select.name}>
            <label htmlFor={`filter-${select.name}`}>{select.label}</label>
            <select
              id={`filter-${select.name}`}
              name={select.name}
              defaultValue={initial[select.name] ?? ''}
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
          {flagNames.map((name) => (
            <div className="checkbox" key={name}>
              <input id={`filter-${name}`} name={name} type="checkbox" value="1" defaultChecked={initial[name] ?? false} />
              <label htmlFor={`filter-${name}`}>{tt(`filters.${name}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="field field--wide">
          <label htmlFor="filter-q">{tt('filterForm.search')}</label>
          <input id="filter-q" name="q" type="search" maxLength={200} defaultValue={initial.q ?? ''} aria-describedby="filter-q-hint" />
          <span className="field__hint" id="filter-q-hint">
            {tt('filterForm.searchHint')}
          </span>
        </div>
      </div>
    ),
    [selects, tt, initial],
  );

  return (
    <form ref={formRef} className="filters panel" role="search" aria-labelledby="filters-heading" onSubmit={onSubmit}>
      <h2 id="filters-heading">{tt('filterForm.filters')}</h2>
      {fields}
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
