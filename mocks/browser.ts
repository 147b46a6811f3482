import { setupWorker } from 'msw/browser';
import { handlers } from './handlers.ts';

/** The mock API in the browser, for `npm run dev:mock`: the app runs with no server at all. */
export const worker = setupWorker(...handlers);
