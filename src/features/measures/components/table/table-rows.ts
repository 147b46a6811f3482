import type { Health, Language, Lead, LocalizedText, Phase } from '@/contract/common.ts';
import { phases } from '@/contract/values.ts';
import type { Department } from '@/contract/departments.ts';
import type { Activity, Measure, ProgressSource } from '@/contract/measures.ts';
import type { Person } from '@/contract/people.ts';
import type { Plan } from '@/contract/plan.ts';
import { healthValues } from '@/components/status-badge.tsx';
import { columnIds, type ColumnId, type RowKind, type TableFilters, type TableSort } from '../../utils/measure-filters.ts';

/**
 * One row of the measures table: a measure, or one of its activities. Everything the table sorts
 * and searches by is worked out here, once per plan and language, so that sorting and filtering
 * thousands of rows only compares ready-made strings and numbers.
 */
export type TableRow = {
  /** The code: unique within the plan. */
  id: string;
  kind: RowKind;
  code: string;
  measureCode: string;
  areaCode: string;
  title: LocalizedText;
  /** The title in the page's language. */
  titleText: string;
  areaName: string;
  lead: Lead;
  leadName: string | null;
  personName: string | null;
  contributors: readonly string[];
  /** The contributing departments' names, in the page's language. */
  contributorNames: readonly string[];
  phase: Phase;
  health: Health | null;
  progress: number;
  /** For a measure: where its figure comes from. */
  progressSource: ProgressSource | null;
  targetDate: string | null;
  targetDateText: string | null;
  lastUpdateAt: string | null;
  lastUpdateText: string | null;
  stale: boolean;
  overdue: boolean;
  /** The measure the row belongs to (itself, for a measure): its version is what a status change is based on. */
  measure: Measure;
  sortKeys: {
    code: string;
    title: string;
    area: string;
    lead: string | undefined;
    person: string | undefined;
  };
  /** Both titles, folded for matching: the search finds German and English words whatever the page's language. */
  searchText: string;
};

/** Lower case without accents: "Europäisierung" is found by "europaisierung" too. Plain ASCII has no accents to take off. */
export const fold = (text: string) => (/[^\0-\x7f]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text).toLowerCase();

/** "3.1.4" as "0003.0001.0004": codes then sort as strings in plan order, 1.10 after 1.9, a measure before its activities. */
const codeKey = (code: string) =>
  code
    .split('.')
    .map((part) => part.padStart(4, '0'))
    .join('.');

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: Language, timeZone: string): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone })));
  return format;
}

/** A calendar date as written; a point in time as the date it was in Hannover. */
const formatDay = (isoDate: string, language: Language) => dateFormat(language, 'UTC').format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));
const formatInstant = (isoDateTime: string, language: Language) => dateFormat(language, 'Europe/Berlin').format(new Date(isoDateTime));

export type RowLookups = {
  departments: readonly Department[];
  people: readonly Person[];
  language: Language;
};

type Tracked = Pick<Activity, 'code' | 'title' | 'lead' | 'contributors' | 'phase' | 'health' | 'progress' | 'targetDate' | 'lastUpdateAt' | 'stale' | 'overdue'>;

/** Every measure and, right after it, its activities, in plan order; or only the rows of one kind. */
export function tableRowsFrom(plan: Plan, { departments, people, language }: RowLookups, kind?: RowKind): TableRow[] {
  const departmentNames = new Map(departments.map((d) => [d.id, d.name[language]]));
  const personNames = new Map(people.map((p) => [p.id, p.name]));
  const rows: TableRow[] = [];

  const rowOf = (kind: RowKind, item: Tracked, measure: Measure, areaCode: string, areaName: string): TableRow => {
    const leadName = item.lead ? (departmentNames.get(item.lead.departmentId) ?? item.lead.departmentId) : null;
    const personId = item.lead?.personId ?? null;
    const personName = personId === null ? null : (personNames.get(personId) ?? personId);
    const titleText = item.title[language];
    return {
      id: item.code,
      kind,
      code: item.code,
      measureCode: measure.code,
      areaCode,
      title: item.title,
      titleText,
      areaName,
      lead: item.lead,
      leadName,
      personName,
      contributors: item.contributors,
      contributorNames: item.contributors.map((id) => departmentNames.get(id) ?? id),
      phase: item.phase,
      health: item.health,
      progress: item.progress,
      progressSource: kind === 'measure' ? measure.progressSource : null,
      targetDate: item.targetDate,
      targetDateText: item.targetDate === null ? null : formatDay(item.targetDate, language),
      lastUpdateAt: item.lastUpdateAt,
      lastUpdateText: item.lastUpdateAt === null ? null : formatInstant(item.lastUpdateAt, language),
      stale: item.stale,
      overdue: item.overdue,
      measure,
      sortKeys: {
        code: codeKey(item.code),
        title: fold(titleText),
        area: codeKey(areaCode),
        lead: leadName === null ? undefined : fold(leadName),
        person: personName === null ? undefined : fold(personName),
      },
      searchText: fold(`${item.title.de}\n${item.title.en}`),
    };
  };

  for (const area of plan.areas) {
    const areaName = `${area.code} – ${area.shortTitle[language]}`;
    for (const measure of area.measures) {
      if (kind !== 'activity') rows.push(rowOf('measure', measure, measure, area.code, areaName));
      if (kind !== 'measure') for (const activity of measure.activities) rows.push(rowOf('activity', activity, measure, area.code, areaName));
    }
  }
  return rows;
}

const rowSets = new WeakMap<Plan, { lookups: RowLookups; sets: Map<RowKind | 'both', TableRow[]> }>();

/**
 * tableRowsFrom, kept per plan and kind for as long as the lookups stay the same: a table that
 * goes back to a kind it showed before gets the same rows (and its sort orders and search with them).
 */
export function tableRowsOfKind(plan: Plan, lookups: RowLookups, kind?: RowKind): readonly TableRow[] {
  let cached = rowSets.get(plan);
  const { departments, people, language } = lookups;
  if (!cached || cached.lookups.departments !== departments || cached.lookups.people !== people || cached.lookups.language !== language) {
    rowSets.set(plan, (cached = { lookups, sets: new Map() }));
  }
  let rows = cached.sets.get(kind ?? 'both');
  if (!rows) cached.sets.set(kind ?? 'both', (rows = tableRowsFrom(plan, lookups, kind)));
  return rows;
}

/** The rows the filters let through, in the order given. Search terms must all match: a code from its start, titles anywhere. */
export function filterRows(rows: readonly TableRow[], filters: TableFilters): TableRow[] {
  const terms = filters.q ? fold(filters.q).split(/\s+/).filter(Boolean) : [];
  const { area, phase, health, department, person, kind, stale, overdue } = filters;
  // Only the filters asked for are tested: 10 000 rows pass through here on every filter (issue 6).
  const tests: ((row: TableRow) => boolean)[] = [];
  if (area !== undefined) tests.push((row) => row.areaCode === area);
  if (phase !== undefined) tests.push((row) => row.phase === phase);
  if (health !== undefined) tests.push((row) => row.health === health);
  if (department !== undefined) tests.push((row) => row.lead?.departmentId === department || row.contributors.includes(department));
  if (person !== undefined) tests.push((row) => row.lead?.personId === person);
  if (kind !== undefined) tests.push((row) => row.kind === kind);
  if (stale !== undefined) tests.push((row) => row.stale);
  if (overdue !== undefined) tests.push((row) => row.overdue);
  const test = tests.length === 0 ? undefined : tests.length === 1 ? tests[0] : (row: TableRow) => tests.every((one) => one(row));
  if (terms.length === 0) return test ? rows.filter(test) : [...rows];
  const found = searchOf(rows).matching(terms);
  const list: TableRow[] = [];
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as TableRow;
    if (found[index] === 1 && (test === undefined || test(row))) list.push(row);
  }
  return list;
}

/** Never in a code, a folded title or a search term (the terms are checked): they mark where a row's text begins. */
const codeMark = '\u0001';
const textMark = '\u0002';

const searches = new WeakMap<readonly TableRow[], ReturnType<typeof rowSearch>>();

/** The search over a set of rows, made once per set (the table's rows are the same array until the plan or language changes). */
function searchOf(rows: readonly TableRow[]) {
  let search = searches.get(rows);
  if (!search) searches.set(rows, (search = rowSearch(rows)));
  return search;
}

/**
 * Finds search terms in many rows at once. Every row's code and folded titles are joined into one
 * text, which each term is looked for in: one search through 10 000 rows' text takes a fraction
 * of what 10 000 searches of one row each take (issue 6). A match is then placed in its row by
 * where it was found.
 */
export function rowSearch(rows: readonly TableRow[]) {
  /** Where each row's part of the text starts (its code mark), and where its titles start. */
  const starts = new Int32Array(rows.length + 1);
  const textStarts = new Int32Array(rows.length);
  const parts: string[] = [];
  let length = 0;
  rows.forEach((row, index) => {
    starts[index] = length;
    textStarts[index] = length + 1 + row.code.length + 1;
    const part = `${codeMark}${row.code}${textMark}${row.searchText}`;
    parts.push(part);
    length += part.length;
  });
  starts[rows.length] = length;
  const text = parts.join('');

  /** The row whose part of the text holds `position`. */
  const rowAt = (position: number) => {
    let low = 0;
    let high = rows.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= position) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  return {
    /** For each row, 1 where its code starts with, or its titles contain, every (folded) term. */
    matching(words: readonly string[]): Uint8Array {
      // An empty term is in every row: it asks for nothing.
      const terms = words.filter((term) => term !== '');
      // How many terms each row has matched so far: a term counts only in the rows that matched all before it.
      const matched = new Uint16Array(rows.length);
      if (terms.some((term) => term.includes(codeMark) || term.includes(textMark))) return new Uint8Array(rows.length);
      terms.forEach((term, done) => {
        const mark = (row: number) => {
          if (matched[row] === done) matched[row] = done + 1;
        };
        // Codes are digits and dots (the contract's MeasureCode, ActivityCode): a word is looked for in the titles only.
        const codeStart = codeMark + term;
        for (let at = /^[\d.]+$/.test(term) ? text.indexOf(codeStart) : -1; at !== -1; ) {
          const row = rowAt(at);
          mark(row);
          at = text.indexOf(codeStart, starts[row + 1]);
        }
        for (let at = text.indexOf(term); at !== -1; ) {
          const row = rowAt(at);
          // A find in the code (not from its start) is no match; the row's titles may still hold the term.
          if (at < (textStarts[row] as number)) {
            at = text.indexOf(term, textStarts[row]);
            continue;
          }
          mark(row);
          at = text.indexOf(term, starts[row + 1]);
        }
      });
      const found = new Uint8Array(rows.length);
      for (let row = 0; row < rows.length; row++) if (matched[row] === terms.length) found[row] = 1;
      return found;
    },
  };
}

const phaseOrder = new Map<string, number>(phases.map((phase, index) => [phase, index]));
const healthOrder = new Map<string, number>(healthValues.map((health, index) => [health, index]));

/** What each column sorts by; undefined where a row has no value (unassigned, no health, no date). */
export const sortKeyOf: { [K in ColumnId]: (row: TableRow) => string | number | undefined } = {
  code: (row) => row.sortKeys.code,
  title: (row) => row.sortKeys.title,
  area: (row) => row.sortKeys.area,
  lead: (row) => row.sortKeys.lead,
  person: (row) => row.sortKeys.person,
  phase: (row) => phaseOrder.get(row.phase),
  health: (row) => (row.health === null ? undefined : healthOrder.get(row.health)),
  progress: (row) => row.progress,
  targetDate: (row) => row.targetDate ?? undefined,
  lastUpdate: (row) => row.lastUpdateAt ?? undefined,
};

/**
 * The rows in the order asked for, ties in the order given (plan order). A row without a value
 * comes last either way (a gap to fill is not the top or bottom of a scale), except that never
 * updated counts as the oldest update there is. Works on the table's rows as on plain ones.
 */
export function sortRows<T>(items: readonly T[], sort: TableSort | null, rowOf: (item: T) => TableRow): readonly T[] {
  if (sort === null) return items;
  const keyOf = sortKeyOf[sort.id];
  const keys = items.map((item) => keyOf(rowOf(item)));
  const keyed: number[] = [];
  const without: number[] = [];
  keys.forEach((key, index) => (key === undefined ? without : keyed).push(index));
  const direction = sort.desc ? -1 : 1;
  keyed.sort((a, b) => {
    const x = keys[a] as string | number;
    const y = keys[b] as string | number;
    return x < y ? -direction : x > y ? direction : a - b;
  });
  const order = sort.id === 'lastUpdate' && !sort.desc ? [...without, ...keyed] : [...keyed, ...without];
  return order.map((index) => items[index] as T);
}

/**
 * Sorts the rows of one set (the plan's rows, or its measures or activities alone) and any of its
 * subsets, as sortRows does. Each column's order over the whole set is worked out once, the other
 * direction from it without comparing again; a subset (the rows a filter lets through, in plan
 * order) is then that order with the others left out. A sort or a filter of 10 000 rows thus
 * costs one pass over them, where a sort from scratch costs ten times that (issue 6).
 */
export function rowSorter(all: readonly TableRow[]) {
  const orders = new Map<string, readonly TableRow[]>();

  function orderOf(sort: TableSort): readonly TableRow[] {
    const name = `${sort.desc ? '-' : ''}${sort.id}`;
    let order = orders.get(name);
    if (!order) {
      const ascending = orders.get(sort.id) ?? sortRows(all, { id: sort.id, desc: false }, identity);
      orders.set(sort.id, ascending);
      if (sort.desc) orders.set(name, (order = reversed(ascending, sort.id)));
      else order = ascending;
    }
    return order;
  }

  return {
    /** `rows` (a subset of the set, in its order) in the order asked for. */
    sort(rows: readonly TableRow[], sort: TableSort | null): readonly TableRow[] {
      if (sort === null) return rows;
      const order = orderOf(sort);
      if (rows.length === all.length) return order;
      const shown = new Set(rows);
      return order.filter((row) => shown.has(row));
    },
    /** Works out every column's order while the browser has nothing else to do; returns a cancel. */
    prepareWhenIdle(): () => void {
      if (typeof requestIdleCallback === 'undefined') return () => {};
      const pending = columnIds.filter((id) => !orders.has(id));
      let handle = 0;
      const next = () => {
        const id = pending.shift();
        if (id === undefined) return;
        handle = requestIdleCallback(() => {
          orderOf({ id, desc: false });
          next();
        });
      };
      next();
      return () => cancelIdleCallback(handle);
    },
  };
}

export type RowSorter = ReturnType<typeof rowSorter>;

const identity = (row: TableRow) => row;

/**
 * The descending order from the ascending one: runs of equal values in reverse, each run still in
 * plan order, and the rows without a value where sortRows puts them (last, except for never updated).
 */
function reversed(ascending: readonly TableRow[], id: ColumnId): TableRow[] {
  const keyOf = sortKeyOf[id];
  const keys = ascending.map(keyOf);
  const withoutFirst = id === 'lastUpdate';
  // The rows without a value, at the start or the end of the ascending order.
  let from = 0;
  let to = keys.length;
  if (withoutFirst) while (from < to && keys[from] === undefined) from++;
  else while (to > from && keys[to - 1] === undefined) to--;
  const order: TableRow[] = [];
  let end = to;
  for (let start = to - 1; start >= from; start--) {
    if (start > from && keys[start - 1] === keys[start]) continue;
    for (let index = start; index < end; index++) order.push(ascending[index] as TableRow);
    end = start;
  }
  const without = withoutFirst ? ascending.slice(0, from) : ascending.slice(to);
  for (const row of without) order.push(row);
  return order;
}

/** The heading row of an Area of Action when the table is grouped. */
export type GroupHeading = { group: true; areaCode: string; count: number };

export const isGroupHeading = (item: unknown): item is GroupHeading => typeof item === 'object' && item !== null && 'group' in item;

/**
 * Rows under a heading for each Area of Action, areas in plan order and rows in the order given
 * (the table's sort). Without grouping, the rows as they are.
 */
export function groupedItems<T>(rows: readonly T[], areaOf: (row: T) => string, areaOrder: readonly string[], grouped: boolean): readonly (T | GroupHeading)[] {
  if (!grouped) return rows;
  const byArea = new Map<string, T[]>(areaOrder.map((code) => [code, []]));
  for (const row of rows) {
    const code = areaOf(row);
    let list = byArea.get(code);
    if (!list) byArea.set(code, (list = []));
    list.push(row);
  }
  const items: (T | GroupHeading)[] = [];
  for (const [areaCode, list] of byArea) {
    if (list.length === 0) continue;
    items.push({ group: true, areaCode, count: list.length });
    for (const row of list) items.push(row);
  }
  return items;
}
