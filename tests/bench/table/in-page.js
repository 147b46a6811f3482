/*
 * Injected into every page of the table benchmark (the app and its floor) before the page's own
 * scripts. Times are taken inside the page, so that Playwright's round trips are not in them:
 * from the event (or the navigation's start) to the end of the next frame after the DOM shows
 * the change (requestAnimationFrame, then a task, which runs once that frame's style, layout and
 * paint are done). Both pages offer the same hooks: the title column's sort button, a form with
 * the search field #filter-q, the .result-count status and rows as tr[data-row-id].
 */
(() => {
  const rowSelector = 'tbody tr[data-row-id]';
  const firstRowId = () => document.querySelector(rowSelector)?.getAttribute('data-row-id') ?? null;
  const sortButton = () => document.querySelector('th.measures-table__head--title button');
  const titleSort = () => sortButton()?.closest('th')?.getAttribute('aria-sort') ?? 'none';
  const resultCount = () => document.querySelector('.result-count')?.textContent ?? null;
  /** A sort button goes ascending, descending, then back to plan order (both pages alike). */
  const sortAfter = { none: 'ascending', ascending: 'descending', descending: 'none' };

  /** performance.now() once the next frame is on screen. */
  const afterNextFrame = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );

  /** Milliseconds from `act` until the frame after the DOM first satisfies `done`. */
  const timeChange = (act, done, what) =>
    new Promise((resolve, reject) => {
      let start = 0;
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        clearTimeout(timer);
        void afterNextFrame().then((end) => resolve(end - start));
      });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`${what}: the page did not show the change within 30 s`));
      }, 30_000);
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      start = performance.now();
      act();
    });

  // From the navigation's start (performance.now() counts from it) to the frame showing the first rows.
  const firstRows = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (document.querySelector(rowSelector) === null) return;
      observer.disconnect();
      void afterNextFrame().then(resolve);
    });
    observer.observe(document, { subtree: true, childList: true });
  });

  window.benchTable = {
    firstRows: () => firstRows,
    /** A word of the last row shown's title: found in some rows, not in all. */
    searchTerm: () => {
      const titles = [...document.querySelectorAll(`${rowSelector} th[scope="row"]`)].map((cell) => cell.textContent ?? '');
      return (titles.at(-1) ?? '').split(/\s+/).find((word) => word.length >= 5) ?? null;
    },
    /** One press of the title column's sort button: the order must change and the header say so. */
    sort: () => {
      const before = firstRowId();
      const expected = sortAfter[titleSort()];
      return timeChange(
        () => sortButton().click(),
        () => titleSort() === expected && firstRowId() !== before,
        'sort',
      );
    },
    /** Submits the search form with `term` ('' clears it): the count of rows must change. */
    filter: (term) => {
      const input = document.getElementById('filter-q');
      const before = resultCount();
      input.value = term;
      return timeChange(
        () => input.form.requestSubmit(),
        () => resultCount() !== before && document.querySelector(rowSelector) !== null,
        'filter',
      );
    },
  };
})();
