/**
 * A page's first Intl object costs 20–35 ms in Chromium (measured on this project's machines: the
 * first DateTimeFormat, NumberFormat or PluralRules, whichever comes first), while ICU loads its
 * data; every later one costs well under a millisecond. ICU's data is kept per process, not per
 * thread, so a worker that makes that first object while the page's scripts load leaves the main
 * thread's first one at 0.3–0.5 ms: the app's first render, which formats dates, percentages and
 * plurals, no longer carries it. Nothing waits for the worker; where there is none (an old
 * browser, tests), the main thread pays as before.
 */
export function warmUpIntl() {
  try {
    new Worker(new URL('./warm-up-intl.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // No workers here: the first format is slower, nothing else changes.
  }
}
