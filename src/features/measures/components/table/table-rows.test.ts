import { describe, expect, it } from 'vitest';
import type { Plan } from '@/contract/plan.ts';
import { changeActivity, changeMeasure, getPlan, listDepartments } from '~mocks/db.ts';
import { columnIds } from '../../utils/measure-filters.ts';
import { filterRows, groupedItems, isGroupHeading, rowSearch, rowSorter, sortRows, tableRowsFrom, tableRowsOfKind, type TableRow } from './table-rows.ts';

const person = { id: '5f0c6a3e-2b1d-4c8e-9a7f-0d3e2c1b4a59', name: 'Erika Mustermann', departmentId: null };

const rowsOf = (plan: Plan = getPlan(), language: 'de' | 'en' = 'de') => tableRowsFrom(plan, { departments: listDepartments(), people: [person], language });
const codesOf = (rows: readonly { code: string }[]) => rows.map((row) => row.code);

describe('the rows of the measures table', () => {
  it('are every measure followed by its activities, each knowing its measure and its names in the page language', () => {
    changeMeasure('4.1', { lead: { departmentId: 'youth-services', personId: person.id }, contributors: ['cultural-office', 'gone-office'] });
    const rows = rowsOf(getPlan(), 'en');

    expect(rows).toHaveLength(44);
    expect(codesOf(rows).slice(0, 4)).toEqual(['1.1', '1.1.1', '1.1.2', '1.2']);
    const activity = rows.find((row) => row.code === '4.1.1');
    expect(activity).toMatchObject({ kind: 'activity', measureCode: '4.1', areaCode: '4', leadName: null, personName: null });
    expect(activity?.measure.etag).toBe(rows.find((row) => row.code === '4.1')?.measure.etag);
    expect(rows.find((row) => row.code === '4.1')).toMatchObject({
      kind: 'measure',
      leadName: 'Youth Services',
      personName: 'Erika Mustermann',
      // A department nobody knows any more is shown by its id rather than left out.
      contributorNames: ['Cultural Office', 'gone-office'],
      progressSource: 'computed',
    });
  });

  it('of one kind are those rows alone, as they are among both kinds', () => {
    const lookups = { departments: listDepartments(), people: [person], language: 'de' as const };
    const both = tableRowsFrom(getPlan(), lookups);
    const measures = tableRowsFrom(getPlan(), lookups, 'measure');
    const activities = tableRowsFrom(getPlan(), lookups, 'activity');

    expect(measures).toHaveLength(13);
    expect(activities).toHaveLength(31);
    expect(measures).toEqual(both.filter((row) => row.kind === 'measure'));
    expect(activities).toEqual(both.filter((row) => row.kind === 'activity'));
  });

  it('of a kind are made once per plan, kind and lookups', () => {
    const plan = getPlan();
    const lookups = { departments: listDepartments(), people: [person], language: 'de' as const };
    const measures = tableRowsOfKind(plan, lookups, 'measure');

    expect(tableRowsOfKind(plan, { ...lookups }, 'measure')).toBe(measures);
    expect(tableRowsOfKind(plan, lookups)).toHaveLength(44);
    expect(tableRowsOfKind(plan, lookups, 'measure')).toBe(measures);
    expect(tableRowsOfKind(plan, { ...lookups, language: 'en' }, 'measure')).not.toBe(measures);
    expect(tableRowsOfKind(getPlan(), lookups, 'measure')).not.toBe(measures);
  });

  it('sort by code in plan order, 1.10 after 1.9, a measure before its activities', () => {
    const plan = getPlan();
    const area = plan.areas[0]!;
    const template = area.measures[0]!;
    area.measures = [9, 10].map((n) => ({ ...template, code: `1.${n}`, activities: [{ ...template.activities[0]!, code: `1.${n}.1` }] }));
    const keys = rowsOf(plan).map((row) => row.sortKeys.code);

    expect([...keys].sort()).toEqual(keys);
    expect(codesOf(rowsOf(plan)).slice(0, 4)).toEqual(['1.9', '1.9.1', '1.10', '1.10.1']);
  });
});

describe('filtering the rows', () => {
  it('finds words of either language, without accents, all of them, and codes from their start', () => {
    const rows = rowsOf();

    expect(codesOf(filterRows(rows, { q: 'Welcoming culture' }))).toEqual(['3.3.2']);
    expect(codesOf(filterRows(rows, { q: 'culture welcoming' }))).toEqual(['3.3.2']);
    expect(codesOf(filterRows(rows, { q: 'europaischen netzwerken' }))).toEqual(['1.2', '1.2.1']);
    expect(codesOf(filterRows(rows, { q: 'EUROCITIES' }))).toEqual(['1.2.2']);
    expect(codesOf(filterRows(rows, { q: '3.1' }))).toEqual(['3.1', '3.1.1', '3.1.2', '3.1.3', '3.1.4', '3.1.5']);
    expect(codesOf(filterRows(rows, { q: '3.1 membership' }))).toEqual([]);
  });

  it('by department finds leads and contributors; by person, leads; by kind, stale and overdue, what they say', () => {
    changeMeasure('1.3', { contributors: ['climate-protection'] });
    changeActivity('3.4.1', { lead: { departmentId: 'climate-protection', personId: person.id } });
    changeActivity('2.1.1', { phase: 'in_progress', targetDate: '2020-01-31' });
    const rows = rowsOf();

    expect(codesOf(filterRows(rows, { department: 'climate-protection' }))).toEqual(['1.3', '3.4.1']);
    expect(codesOf(filterRows(rows, { person: person.id }))).toEqual(['3.4.1']);
    expect(codesOf(filterRows(rows, { overdue: true }))).toEqual(['2.1.1']);
    expect(filterRows(rows, { stale: true })).toEqual([]);
    expect(filterRows(rows, { kind: 'measure' })).toHaveLength(13);
    expect(codesOf(filterRows(rows, { kind: 'activity', area: '3', q: 'Akteure' }))).toEqual(['3.1.2']);
  });
});

describe('searching many rows at once', () => {
  /** What a search must find: each term at the start of the code, or anywhere in the folded titles. */
  const oneByOne = (rows: readonly TableRow[], terms: readonly string[]) =>
    rows.filter((row) => terms.every((term) => row.code.startsWith(term) || row.searchText.includes(term))).map((row) => row.code);
  const found = (rows: readonly TableRow[], terms: readonly string[]) => {
    const matched = rowSearch(rows).matching(terms);
    return rows.filter((_, index) => matched[index] === 1).map((row) => row.code);
  };

  it('finds what a search of each row finds, for words, parts of words, codes and parts of codes', () => {
    const rows = rowsOf();
    const words = [...new Set(rows.flatMap((row) => row.searchText.split(/\s+/)))].filter(Boolean);
    const terms = [...words, ...words.map((word) => word.slice(1, 4)), ...rows.map((row) => row.code), '1', '.1', '1.', '3.1.', '.', 'x', 'ung', 'e'];
    expect(terms.length).toBeGreaterThan(200);
    for (const term of terms) expect(found(rows, [term]), term).toEqual(oneByOne(rows, [term]));
    for (const [a, b] of [['3.1', 'akteure'], ['netz', 'europ'], ['1', 'ung'], ['2.1', '2.1'], ['e', 'x']] as const) expect(found(rows, [a, b]), `${a} ${b}`).toEqual(oneByOne(rows, [a, b]));
    // Codes match from their start only: "1" is in "2.1" but no title of 2.1 has it.
    expect(oneByOne(rows, ['.1'])).toEqual([]);
    expect(found(rows, ['3.1'])).toEqual(['3.1', '3.1.1', '3.1.2', '3.1.3', '3.1.4', '3.1.5']);
  });

  it('takes an empty term as asking for nothing, and finds nothing for a term holding the marks it joins the rows with', () => {
    expect(found(rowsOf(), ['', 'eurocities'])).toEqual(['1.2.2']);
    expect(found(rowsOf(), [''])).toHaveLength(rowsOf().length);
    // More terms than a byte counts: 300 times "netz" still finds what "netz" finds.
    expect(found(rowsOf(), Array.from({ length: 300 }, () => 'netz'))).toEqual(found(rowsOf(), ['netz']));
    expect(found(rowsOf(), ['\u0001'])).toEqual([]);
    expect(found(rowsOf(), ['\u00023'])).toEqual([]);
  });
});

describe('sorting the rows', () => {
  it('orders by a column either way, ties in plan order, rows without a value last', () => {
    changeMeasure('2.1', { lead: { departmentId: 'youth-services', personId: null } });
    changeMeasure('1.3', { lead: { departmentId: 'cultural-office', personId: null } });
    changeActivity('1.1.2', { progress: 30 });
    changeActivity('3.1.1', { progress: 30 });
    changeActivity('4.2.1', { progress: 70 });
    const rows = rowsOf().filter((row) => row.areaCode !== '2' || row.kind === 'measure');
    const sorted = (id: 'lead' | 'progress' | 'lastUpdate', desc: boolean) => codesOf(sortRows(rows, { id, desc }, (row) => row));

    // Measures roll up their activities' progress; only the activities are compared here.
    const activities = (id: 'progress', desc: boolean) => sorted(id, desc).filter((code) => code.split('.').length === 3);
    expect(activities('progress', true).slice(0, 3)).toEqual(['4.2.1', '1.1.2', '3.1.1']);
    expect(activities('progress', false).slice(-3)).toEqual(['1.1.2', '3.1.1', '4.2.1']);
    // German names: Fachbereich Jugend before Kulturbüro; unassigned last in both directions.
    expect(sorted('lead', false).slice(0, 2)).toEqual(['2.1', '1.3']);
    expect(sorted('lead', true).slice(0, 2)).toEqual(['1.3', '2.1']);
    expect(sorted('lead', true).at(-1)).toBe(rows.at(-1)?.code);
    expect(sortRows(rows, null, (row) => row)).toBe(rows);
  });

  it('counts never updated as the oldest update', () => {
    const plan = getPlan();
    plan.areas[0]!.measures[0]!.lastUpdateAt = '2025-03-01T09:00:00Z';
    plan.areas[1]!.measures[0]!.lastUpdateAt = '2025-01-01T09:00:00Z';
    const rows = rowsOf(plan).filter((row) => row.kind === 'measure');

    expect(codesOf(sortRows(rows, { id: 'lastUpdate', desc: false }, (row) => row)).slice(-2)).toEqual(['2.1', '1.1']);
    expect(codesOf(sortRows(rows, { id: 'lastUpdate', desc: true }, (row) => row)).slice(0, 3)).toEqual(['1.1', '2.1', '1.2']);
  });
});

describe('sorting with the orders worked out once per set of rows', () => {
  it('gives what sortRows gives, for every column either way, for the whole set and for a filtered part', () => {
    changeMeasure('2.1', { lead: { departmentId: 'youth-services', personId: person.id } });
    changeMeasure('1.3', { lead: { departmentId: 'cultural-office', personId: null } });
    changeActivity('1.1.2', { progress: 30 });
    changeActivity('3.1.1', { progress: 30 });
    changeActivity('2.1.1', { phase: 'in_progress', targetDate: '2020-01-31' });
    const plan = getPlan();
    plan.areas[0]!.measures[0]!.lastUpdateAt = '2025-03-01T09:00:00Z';
    plan.areas[1]!.measures[0]!.lastUpdateAt = '2025-03-01T09:00:00Z';
    plan.areas[2]!.measures[0]!.lastUpdateAt = '2025-01-01T09:00:00Z';
    const rows = rowsOf(plan);
    const sorter = rowSorter(rows);
    const subsets = [rows, filterRows(rows, { kind: 'activity' }), filterRows(rows, { area: '3' }), []];

    for (const id of columnIds) {
      for (const desc of [false, true]) {
        for (const subset of subsets) expect(codesOf(sorter.sort(subset, { id, desc })), `${id} ${desc}`).toEqual(codesOf(sortRows(subset, { id, desc }, (row) => row)));
      }
    }
    expect(sorter.sort(rows, null)).toBe(rows);
  });
});

describe('grouping by Area of Action', () => {
  it('puts each area heading before its rows, areas in plan order, rows in the order given, empty areas left out', () => {
    const rows = [
      { code: '3.2', area: '3' },
      { code: '1.1', area: '1' },
      { code: '3.1', area: '3' },
    ];
    const items = groupedItems(rows, (row) => row.area, ['1', '2', '3', '4'], true);

    expect(items.map((item) => (isGroupHeading(item) ? `area ${item.areaCode} (${item.count})` : item.code))).toEqual([
      'area 1 (1)',
      '1.1',
      'area 3 (2)',
      '3.2',
      '3.1',
    ]);
    expect(groupedItems(rows, (row) => row.area, ['1', '2', '3', '4'], false)).toBe(rows);
  });
});
