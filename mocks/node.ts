import { setupServer } from 'msw/node';
import { handlers } from './handlers.ts';

/** The mock API for Node: the app's component tests and the contract suite. */
export const server = setupServer(...handlers);
