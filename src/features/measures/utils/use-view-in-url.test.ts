import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { columnIds, type TableView } from './measure-filters.ts';
import { useViewInUrl, type SetSearch } from './use-view-in-url.ts';

const known = {};
const hide = (id: (typeof columnIds)[number]) => (view: TableView) => ({ ...view, columns: view.columns.filter((c) => c !== id) });
const show = (id: (typeof columnIds)[number]) => (view: TableView) => ({
  ...view,
  columns: columnIds.filter((c) => c === id || view.columns.includes(c)),
});

/** The hook over a URL that moves only when the test says so, as the router's does after a navigation. */
function setup(initial: string) {
  const sent: string[] = [];
  const setSearch = vi.fn<SetSearch>((search) => void sent.push(search));
  const hook = renderHook(({ search }) => useViewInUrl(search, setSearch, known), { initialProps: { search: initial } });
  return {
    sent,
    setSearch,
    view: () => hook.result.current.view,
    change: (change: (view: TableView) => TableView) => act(() => hook.result.current.changeView(change, true)),
    urlMovesTo: (search: string) => hook.rerender({ search }),
  };
}

describe('the measures table view in the URL', () => {
  it('keeps each of several quick changes while the URL shows them one by one, late', () => {
    const url = setup('');
    url.change(hide('area'));
    url.change(hide('person'));
    const bothHidden = url.sent[1];
    expect(bothHidden).toBe('cols=code%2Ctitle%2Clead%2Cphase%2Chealth%2Cprogress%2CtargetDate%2ClastUpdate');
    expect(url.view().columns).not.toContain('person');

    // Before the URL has shown those, the person shows both columns again.
    url.change(show('area'));
    // The first change reaches the URL: the table does not go back to it.
    url.urlMovesTo(url.sent[0]!);
    expect(url.view().columns).toContain('area');
    url.change(show('person'));
    expect(url.sent.at(-1)).toBe('');

    url.urlMovesTo(bothHidden!);
    expect(url.view().columns).toEqual(columnIds);
    url.urlMovesTo(url.sent[2]!);
    expect(url.view().columns).toEqual(columnIds);
    url.urlMovesTo('');
    expect(url.view().columns).toEqual(columnIds);
    expect(url.setSearch).toHaveBeenCalledTimes(4);
  });

  it('shows the URL again when it moves somewhere the table did not send it, as with the back button', () => {
    const url = setup('');
    url.change(hide('area'));
    expect(url.view().columns).not.toContain('area');
    url.urlMovesTo('sort=-progress');
    expect(url.view().columns).toEqual(columnIds);
    expect(url.view().sort).toEqual({ id: 'progress', desc: true });
  });

  it('tidies a hand-edited URL, and a change made meanwhile builds on the tidy view', () => {
    const url = setup('cols=nonsense%2Cphase&sort=weird');
    expect(url.sent).toEqual(['cols=title%2Cphase']);
    url.change(show('progress'));
    url.urlMovesTo('cols=title%2Cphase');
    expect(url.view().columns).toEqual(['title', 'phase', 'progress']);
    url.urlMovesTo(url.sent[1]!);
    expect(url.view().columns).toEqual(['title', 'phase', 'progress']);
    expect(url.setSearch).toHaveBeenCalledTimes(2);
  });
});
