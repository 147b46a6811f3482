import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { i18nReady } from '@/lib/i18n/i18n.ts';
import { nextTask } from '@/lib/next-task.ts';
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

/**
 * Starts the app in `container`, in pieces, each its own task, so that none keeps the page from
 * answering for long on a slow phone: the scripts' own evaluation, the request for the session,
 * the router (which matches the URL and starts its loaders, and with them the page's requests),
 * then the first render. The render is a transition, which React splits into short pieces too;
 * index.html's header is on screen meanwhile.
 */
export async function startApp(container: HTMLElement) {
  await Promise.all([startMockApi(), i18nReady, nextTask()]);
  const queryClient = createQueryClient();
  // Every page's guard waits for the session (src/app/session.ts), and it finds this request under
  // way. Asked in a task of its own, before the router's: together they were one task of about
  // 25 ms, which Lighthouse's phone counts four times over (issue 6). A failure is the route's to show.
  const session = loadSession(queryClient).catch(() => null);
  await nextTask();
  const router = createAppRouter(queryClient);
  // The shell draws nothing until the session is known (RootLayout), and a query's answer that
  // arrives after the first render makes React draw the whole shell again at once, not in pieces.
  await Promise.all([session, nextTask()]);
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
