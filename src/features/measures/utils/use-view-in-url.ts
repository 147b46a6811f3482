import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { searchParamsFrom, tableViewFrom, type KnownValues, type TableView } from './measure-filters.ts';

/** How the URL is moved: react-router's setSearchParams, or a stand-in in tests. */
export type SetSearch = (search: string, options: { replace: boolean }) => void;

/** Changes still on their way to the URL: the last one sent, and every search seen or sent since the first. */
type Pending = { key: string; sent: readonly string[] };

/**
 * The measures table's view (filters, sort, grouping, columns), kept in the URL's search.
 *
 * A change goes into the URL by a navigation, which React shows a little later (the router hands
 * its state over in a transition). The table shows the change at once and waits for the URL to
 * reach the last change sent; searches it sent itself on the way there (an earlier change
 * arriving) do not undo a later one. A search it did not send (back button, a link) ends the wait.
 * Changes in quick succession (two checkboxes) each build on the one before.
 */
export function useViewInUrl(search: string, setSearch: SetSearch, known: KnownValues) {
  /** The URL's view, tidied: what the table cannot use is left out. */
  const urlKey = useMemo(() => searchParamsFrom(tableViewFrom(new URLSearchParams(search), known)).toString(), [search, known]);

  const [pending, setPending] = useState<Pending | null>(null);
  if (pending !== null && (search === pending.key || urlKey === pending.key || !pending.sent.includes(search))) setPending(null);
  const shownKey = pending?.key ?? urlKey;
  const view = useMemo(() => tableViewFrom(new URLSearchParams(shownKey), known), [shownKey, known]);

  // A hand-edited URL is tidied up to the view actually shown, so that a bookmark of it is clean.
  useEffect(() => {
    if (pending === null && urlKey !== search) setSearch(urlKey, { replace: true });
  }, [pending, urlKey, search, setSearch]);

  // Read by changeView, so that it stays the same function (and the table, the form and the view
  // options stay as they are) while the URL catches up. Set during the commit, before any event
  // can read it.
  const latest = useRef({ view, search, urlKey, setSearch });
  useLayoutEffect(() => {
    latest.current = { view, search, urlKey, setSearch };
  }, [view, search, urlKey, setSearch]);

  const changeView = useCallback((change: (view: TableView) => TableView, replace = false) => {
    const { view: before, search: shown, urlKey: tidied } = latest.current;
    const next = change(before);
    const key = searchParamsFrom(next).toString();
    latest.current = { ...latest.current, view: next };
    // The search shown, and its tidy form (which may be on its way to the URL too).
    setPending((old) => ({ key, sent: [...(old?.sent ?? [shown, tidied]), key] }));
    latest.current.setSearch(key, { replace });
  }, []);

  return { view, changeView };
}
