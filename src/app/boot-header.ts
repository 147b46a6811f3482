import { useLayoutEffect } from 'react';

/** The id of the header index.html paints before any script has run. */
export const bootHeaderId = 'boot-header';

/**
 * index.html carries a copy of the site header's brand, so that the page shows something at its
 * first paint instead of nothing until the scripts have loaded and the session has answered. Once
 * the app draws its own header (or a page without one), the copy goes, in the same frame: the two
 * sit at the same place, so nothing moves.
 */
export function useReplaceBootHeader(drawn: boolean) {
  useLayoutEffect(() => {
    if (drawn) document.getElementById(bootHeaderId)?.remove();
  }, [drawn]);
}
