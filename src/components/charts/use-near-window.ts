import { useCallback, useState } from 'react';

/** How far below (or above) the window a chart starts drawing, so that it is drawn by the time it is scrolled to. */
const margin = '100px 0px';

/**
 * Whether an element has come near the window. Drawing a chart
 * takes the browser long (recharts: a few hundred milliseconds each on a phone), so charts further
 * down the page are drawn when they are about to be seen rather than while the page loads. Where
 * the browser cannot tell (no IntersectionObserver, as in tests), at once.
 */
export function useNearWindow(): [(element: Element | null) => (() => void) | undefined, boolean] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useCallback((element: Element | null) => {
    if (!element || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, near];
}
