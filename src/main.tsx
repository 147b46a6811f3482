import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from '@/lib/i18n/i18n.ts';
import { App } from './app/app.tsx';
import { createQueryClient } from './app/query-client.ts';
import { createAppRouter } from './app/router.tsx';
import './app/styles.css';

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
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/**
 * Start-up in pieces, each its own task, so that none keeps the page from answering for long on a
 * slow phone: the scripts' own evaluation, the router (which matches the URL and starts its loaders, and with them the first
 * requests) and then the first render. The render is a transition, which React splits into short
 * pieces as well; index.html's header is on screen meanwhile.
 */
async function start(container: HTMLElement) {
  await Promise.all([startMockApi(), i18nReady, nextTask()]);
  const queryClient = createQueryClient();
  const router = createAppRouter(queryClient);
  await nextTask();
  const app = createRoot(container);
  startTransition(() => {
    app.render(
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    );
  });
}

void start(root);
