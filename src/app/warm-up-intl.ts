/**
 * A page's first Intl.DateTimeFormat costs 20–35 ms in Chromium while ICU loads its data (measured
 * on this project's machines; a first NumberFormat about 3 ms, PluralRules well under 1); every
 * later one costs well under a millisecond. ICU's data is kept per process, not per thread, so a
 * worker that makes one while the page's scripts load leaves the main thread's first at 0.3–0.5
 * ms: the router's first loader and the first render, which format dates, no longer carry it.
 * Nothing waits for the worker; where there is none (an old browser, tests), the main thread pays
 * as before.
 */
export function warmUpIntl() {
  try {
    new Worker(new URL('./warm-up-intl.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // No workers here: the first format is slower, nothing else changes.
  }
}
