import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Runs `show` when the page is about to be printed, and applies React's update at once
 * (flushSync): the browser lays the page out for paper right after the event, and an update
 * left for later would not be on it.
 */
function onBeforePrint(show: () => void): () => void {
  const listener = () => flushSync(show);
  window.addEventListener('beforeprint', listener);
  return () => window.removeEventListener('beforeprint', listener);
}

/** Whether the page has been printed (or is being printed): from then on, what paper needs (drawing, table) stays in the page. */
export function usePrinted(): boolean {
  const [printed, setPrinted] = useState(false);
  useEffect(() => (printed ? undefined : onBeforePrint(() => setPrinted(true))), [printed]);
  return printed;
}
