import type { Health, Phase } from '@/contract/common.ts';
import { healthValues, phaseValues } from '@/components/status-badge.tsx';

/*
 * The measures table's view as it lives in the URL, so that a view can be bookmarked and sent:
 * filters, sort, grouping and the columns shown. Whatever a hand-edited URL holds that the table
 * cannot use is left out (and the page then writes the tidy URL back), never an error.
 *
 *   ?area=3&phase=in_progress&health=at_risk&department=youth-services&person=<uuid>
 *   &kind=activity&stale=1&overdue=1&q=welcome&sort=-progress&group=area&cols=code,title,phase
 */

export const rowKinds = ['measure', 'activity'] as const;
export type RowKind = (typeof rowKinds)[number];

/** Every column of the table, in the order shown. */
export const columnIds = ['code', 'title', 'area', 'lead', 'person', 'phase', 'health', 'progress', 'targetDate', 'lastUpdate'] as const;
export type ColumnId = (typeof columnIds)[number];

/** The title names each row (it is the row's header), so it is always shown. */
export const requiredColumns: readonly ColumnId[] = ['title'];

export type TableFilters = {
  area?: string;
  phase?: Phase;
  health?: Health;
  /** Leading or contributing. */
  department?: string;
  /** The lead's responsible person. */
  person?: string;
  kind?: RowKind;
  stale?: true;
  overdue?: true;
  /** Free text: codes and titles, in German and in English whatever the page's language. */
  q?: string;
};

export type TableSort = { id: ColumnId; desc: boolean };

export type TableView = {
  filters: TableFilters;
  /** Null: in plan order (by code). */
  sort: TableSort | null;
  groupByArea: boolean;
  /** The columns shown, in table order. */
  columns: readonly ColumnId[];
};

/** What the plan holds today; a value it does not know is left out rather than matching nothing. */
export type KnownValues = {
  areas?: ReadonlySet<string>;
  departments?: ReadonlySet<string>;
  people?: ReadonlySet<string>;
};

// The contract's own patterns for these parameters (src/contract/common.ts), repeated because the
// browser bundle carries no zod.
const areaCodePattern = /^[1-9]\d*$/;
const departmentIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const maxSearchLength = 200;

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T => value !== null && (values as readonly string[]).includes(value);
const isPhase = (value: string | null): value is Phase => isOneOf(phaseValues, value);
const isHealth = (value: string | null): value is Health => isOneOf(healthValues, value);
const isColumn = (value: string | null): value is ColumnId => isOneOf(columnIds, value);

/** A yes/no filter is on for "1" (what the form sends) and, forgivingly, for "true". */
const isOn = (value: string | null) => value === '1' || value === 'true';

const known = (set: ReadonlySet<string> | undefined, value: string) => set === undefined || set.has(value);

/** The filters a URL's search parameters (or a submitted form) ask for. */
export function tableFiltersFrom(params: URLSearchParams, values: KnownValues = {}): TableFilters {
  const filters: TableFilters = {};
  const area = params.get('area');
  if (area && areaCodePattern.test(area) && known(values.areas, area)) filters.area = area;
  const phase = params.get('phase');
  if (isPhase(phase)) filters.phase = phase;
  const health = params.get('health');
  if (isHealth(health)) filters.health = health;
  const department = params.get('department');
  if (department && departmentIdPattern.test(department) && known(values.departments, department)) filters.department = department;
  const person = params.get('person')?.toLowerCase();
  if (person && uuidPattern.test(person) && known(values.people, person)) filters.person = person;
  const kind = params.get('kind');
  if (isOneOf(rowKinds, kind)) filters.kind = kind;
  if (isOn(params.get('stale'))) filters.stale = true;
  if (isOn(params.get('overdue'))) filters.overdue = true;
  const q = params.get('q')?.trim().slice(0, maxSearchLength).trim();
  if (q) filters.q = q;
  return filters;
}

function sortFrom(value: string | null): TableSort | null {
  if (!value) return null;
  const desc = value.startsWith('-');
  const id = desc ? value.slice(1) : value;
  return isColumn(id) ? { id, desc } : null;
}

function columnsFrom(value: string | null): readonly ColumnId[] {
  if (value === null) return columnIds;
  const asked = new Set(value.split(','));
  const shown = columnIds.filter((id) => asked.has(id) || requiredColumns.includes(id));
  // Nothing usable asked for: all columns, rather than a table of titles only.
  return shown.length > requiredColumns.length ? shown : columnIds;
}

/** The whole view a URL asks for. */
export function tableViewFrom(params: URLSearchParams, values: KnownValues = {}): TableView {
  return {
    filters: tableFiltersFrom(params, values),
    sort: sortFrom(params.get('sort')),
    groupByArea: params.get('group') === 'area',
    columns: columnsFrom(params.get('cols')),
  };
}

const filterOrder = ['area', 'phase', 'health', 'department', 'person', 'kind', 'stale', 'overdue', 'q'] as const satisfies readonly (keyof TableFilters)[];

/** The search parameters that bookmark this view; what is as it would be anyway is left out. */
export function searchParamsFrom(view: TableView): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of filterOrder) {
    const value = view.filters[name];
    if (value === true) params.set(name, '1');
    else if (value) params.set(name, value);
  }
  if (view.sort) params.set('sort', `${view.sort.desc ? '-' : ''}${view.sort.id}`);
  if (view.groupByArea) params.set('group', 'area');
  if (view.columns.length < columnIds.length) params.set('cols', columnIds.filter((id) => view.columns.includes(id)).join(','));
  return params;
}

/** A column's sort button goes ascending, descending, then back to plan order. */
export const nextSort = (current: TableSort | null, id: ColumnId): TableSort | null =>
  current?.id !== id ? { id, desc: false } : current.desc ? null : { id, desc: true };

export const hasFilters = (filters: TableFilters) => filterOrder.some((name) => filters[name] !== undefined);
