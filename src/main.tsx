import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from '@/lib/i18n/i18n.ts';
import { App } from './app/app.tsx';
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

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

void Promise.all([startMockApi(), i18nReady]).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
