import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { i18n, i18nReady } from '@/lib/i18n/i18n.ts';
import { resetMockDb } from '~mocks/db.ts';
import { server } from '~mocks/node.ts';

// Every request a test makes must be one the mock API knows: an unknown one is a bug, not a 404.
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await i18nReady;
});
afterAll(() => server.close());

// A page is often two lazy modules and three requests away; on a busy CI machine that takes
// longer than findBy's default second.
configure({ asyncUtilTimeout: 10_000 });

// jsdom does no layout, so it has no scrolling; the app scrolls to the top after a navigation.
window.scrollTo = () => {};

// A test that logs console.error fails: React's warnings and act() complaints are bugs the test would otherwise hide.
let consoleErrors: unknown[][] = [];
beforeEach(() => {
  consoleErrors = [];
  const original = console.error;
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
    original(...args);
  });
});

afterEach(async () => {
  cleanup();
  server.resetHandlers();
  resetMockDb();
  // German again, and nothing remembered: changeLanguage stores the choice, so clear after it.
  await i18n.changeLanguage('de');
  localStorage.clear();
  vi.restoreAllMocks();
  if (consoleErrors.length > 0) {
    throw new Error(`console.error was called:\n${consoleErrors.map((args) => args.map(String).join(' ')).join('\n')}`);
  }
});
