import { setupWorker } from 'msw/browser';
import { exportMockDb, importMockDb, resetMockDb } from './db.ts';
import { handlers } from './handlers.ts';

/**
 * The mock API in the browser, for `npm run dev:mock`: the app runs with no server at all. It
 * starts as a new demo database does (demo accounts, owners and eighteen months of demo history;
 * `VITE_DEMO_HISTORY=false npm run dev:mock` leaves the history out) and keeps its state,
 * sessions included, in sessionStorage, so a reload keeps you signed in and keeps your changes,
 * as the real app would; a new tab starts afresh.
 */
const storageKey = 'action-plan-tracker:mock-db';

const history = import.meta.env.VITE_DEMO_HISTORY !== 'false';

if (!importMockDb(sessionStorage.getItem(storageKey) ?? '')) resetMockDb({ demo: true, history });

export const worker = setupWorker(...handlers);

worker.events.on('response:mocked', () => {
  try {
    sessionStorage.setItem(storageKey, exportMockDb());
  } catch {
    // Storage full or switched off: the mock API still works, it just forgets on reload.
  }
});
