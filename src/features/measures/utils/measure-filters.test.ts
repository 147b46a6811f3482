import { describe, expect, it } from 'vitest';
import { columnIds, nextSort, searchParamsFrom, tableViewFrom, type TableView } from './measure-filters.ts';

const viewOf = (query: string, known = {}) => tableViewFrom(new URLSearchParams(query), known);
const person = '5f0c6a3e-2b1d-4c8e-9a7f-0d3e2c1b4a59';

describe('the measures table view in the URL', () => {
  it('reads every part of a bookmarked view and writes it back the same', () => {
    const query = `area=3&phase=in_progress&health=at_risk&department=youth-services&person=${person}&kind=activity&stale=1&overdue=1&q=Willkommen&sort=-progress&group=area&cols=code%2Ctitle%2Cphase%2Cprogress`;
    const view = viewOf(query);

    expect(view).toEqual<TableView>({
      filters: {
        area: '3',
        phase: 'in_progress',
        health: 'at_risk',
        department: 'youth-services',
        person,
        kind: 'activity',
        stale: true,
        overdue: true,
        q: 'Willkommen',
      },
      sort: { id: 'progress', desc: true },
      groupByArea: true,
      columns: ['code', 'title', 'phase', 'progress'],
    });
    expect(searchParamsFrom(view).toString()).toBe(query);
  });

  it('leaves out what it cannot use, and what is as it would be anyway', () => {
    const view = viewOf('area=x&phase=bogus&health=&department=Not_An_Id&person=42&kind=both&stale=perhaps&sort=-shoe&group=tree&cols=&q=%20%20');

    expect(view).toEqual<TableView>({ filters: {}, sort: null, groupByArea: false, columns: columnIds });
    expect(searchParamsFrom(view).toString()).toBe('');
  });

  it('drops values the plan does not know, when it is told what the plan knows', () => {
    const known = { areas: new Set(['1', '2']), departments: new Set(['youth-services']), people: new Set([person]) };

    expect(viewOf(`area=9&department=ghost-office&person=${person.replace('5f', '6f')}`, known).filters).toEqual({});
    expect(viewOf(`area=2&department=youth-services&person=${person.toUpperCase()}`, known).filters).toEqual({ area: '2', department: 'youth-services', person });
  });

  it('always shows the title, keeps columns in table order, and shows all when none usable is asked for', () => {
    expect(viewOf('cols=progress,code').columns).toEqual(['code', 'title', 'progress']);
    expect(viewOf('cols=title').columns).toEqual(columnIds);
    expect(viewOf('cols=nonsense').columns).toEqual(columnIds);
    expect(searchParamsFrom(viewOf('cols=progress,code')).get('cols')).toBe('code,title,progress');
  });

  it('takes a search text trimmed and at most 200 characters long', () => {
    expect(viewOf(`q=${encodeURIComponent(`  ${'a'.repeat(250)}  `)}`).filters.q).toHaveLength(200);
    expect(viewOf('q=+3.1+').filters.q).toBe('3.1');
  });

  it('sorts a column ascending, then descending, then not at all; another column starts ascending', () => {
    expect(nextSort(null, 'progress')).toEqual({ id: 'progress', desc: false });
    expect(nextSort({ id: 'progress', desc: false }, 'progress')).toEqual({ id: 'progress', desc: true });
    expect(nextSort({ id: 'progress', desc: true }, 'progress')).toBeNull();
    expect(nextSort({ id: 'progress', desc: true }, 'title')).toEqual({ id: 'title', desc: false });
  });
});
