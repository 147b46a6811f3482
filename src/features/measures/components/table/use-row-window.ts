import { useLayoutEffect, useState, type RefObject } from 'react';

/** A row's fixed height when the table shows only part of its rows (see measures-table.css), in rem. */
export const windowedRowHeightRem = 4;
/**
 * Rows kept in the page above and below those in view, so that scrolling does not show gaps:
 * three rows are about 190 px. Every row in the page is built again on a sort or a filter; with 8,
 * a sort of 10 000 rows took about twice as long at 4× CPU slowdown (issue 6).
 */
const overscan = 3;

export type RowWindow = {
  /** The first row in the page, and the one after the last. */
  first: number;
  end: number;
  /** Every row's height in pixels (it follows the text size). */
  rowHeight: number;
};

const rootFontSize = () => Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/**
 * Which rows of a long table are near the viewport. Every row has the same height, so that this is
 * arithmetic on the window's scroll position: no row is measured, and a new order or filter of
 * 10 000 rows costs nothing here. `bodyTop` is the element the rows start below (the table's head).
 * It renders again only when the rows in the page change, not on every scroll event.
 */
export function useRowWindow(count: number, enabled: boolean, bodyTop: RefObject<HTMLElement | null>): RowWindow {
  const [state, setState] = useState({ top: 0, viewTop: 0, viewHeight: 1000, rowHeight: windowedRowHeightRem * 16 });

  useLayoutEffect(() => {
    if (!enabled) return;
    const update = () => {
      const head = bodyTop.current;
      if (!head) return;
      const top = Math.round(head.getBoundingClientRect().bottom + window.scrollY);
      const next = { top, viewTop: window.scrollY, viewHeight: window.innerHeight, rowHeight: windowedRowHeightRem * rootFontSize() };
      setState((old) => (sameRows(old, next) ? old : next));
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    // Anything above the table that changes height (a message, the filters) moves the rows' start.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(document.body);
    return () => {
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
      observer?.disconnect();
    };
  }, [enabled, bodyTop]);

  return windowOf(state, count);
}

type Measured = { top: number; viewTop: number; viewHeight: number; rowHeight: number };

function windowOf({ top, viewTop, viewHeight, rowHeight }: Measured, count: number): RowWindow {
  const first = Math.min(count, Math.max(0, Math.floor((viewTop - top) / rowHeight) - overscan));
  const end = Math.min(count, Math.max(first, Math.ceil((viewTop + viewHeight - top) / rowHeight) + overscan));
  return { first, end, rowHeight };
}

/** Whether two measurements put the same rows in the page, whatever the count. */
const sameRows = (a: Measured, b: Measured) => {
  if (a.top !== b.top || a.viewHeight !== b.viewHeight || a.rowHeight !== b.rowHeight) return false;
  const many = Number.MAX_SAFE_INTEGER;
  const x = windowOf(a, many);
  const y = windowOf(b, many);
  return x.first === y.first && x.end === y.end;
};
