import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { i18nReady } from '@/lib/i18n/i18n.ts';
import { AppProvider } from './provider.tsx';
import { createQueryClient } from './query-client.ts';
import { createAppRouter } from './router.tsx';
import { loadSession } from './session.ts';

/**
 * In mock mode (`npm run dev:mock`) the mock API runs in a service worker and the app needs no
 * server. The import is dynamic and behind a build-time constant, so neither MSW nor zod ever
 * reaches the production bundle.
 */
async function startMockApi() {
  if (import.meta.env.MODE !== 'mock') return;
  const { worker } = await import('~mocks/browser.ts');
  await worker.start({ onUnhandledRequest: 'bypass' });
}

/** Lets the browser handle input and paint before the next piece of start-up work. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Starts the app in `container`, in pieces, each its own task, so that none keeps the page from
 * answering for long on a slow phone: the scripts' own evaluation, the router (which matches the
 * URL and starts its loaders, and with them the first requests), then the first render. The
 * render is a transition, which React splits into short pieces too; index.html's header is on
 * screen meanwhile.
 */
export async function startApp(container: HTMLElement) {
  await Promise.all([startMockApi(), i18nReady, nextTask()]);
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  // The shell draws nothing until the session is known (RootLayout), and a query's answer that
  // arrives after the first render makes React draw the whole shell again at once, not in pieces.
  // The router has already asked for it; a failure is the route's to show.
  await Promise.all([loadSession(queryClient).catch(() => null), nextTask()]);
  const root = createRoot(container);
  startTransition(() => {
    root.render(
      <StrictMode>
        <AppProvider queryClient={queryClient}>
          <RouterProvider router={router} />
        </AppProvider>
      </StrictMode>,
    );
  });
}
