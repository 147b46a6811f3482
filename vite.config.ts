/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const alias = {
  '@': fileURLToPath(new URL('./src', import.meta.url)),
  '~mocks': fileURLToPath(new URL('./mocks', import.meta.url)),
};

// react-router's package exports only its development build (dev-time warnings and checks included);
// the production build it ships as well is smaller, and the first page has no bytes to spare.
const productionReactRouter = [
  { find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) },
  { find: /^react-router\/dom$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/dom-export.mjs', import.meta.url)) },
];

/** The modules of the first page (sign-in or overview shell), kept in the `shell` chunk. */
const firstPage = [
  /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|i18next|@tanstack[\\/](query-core|react-query))[\\/]/,
  /src[\\/]lib[\\/](api-client|i18n[\\/](i18n|use-translation|locales[\\/]de))\.ts$/,
  /src[\\/]app[\\/](router|app|session|query-client|language-switch|routes[\\/](root-layout|route-error|not-found|no-access))\.tsx?$/,
  /src[\\/](components[\\/](status-message|page-title)|features[\\/]auth[\\/](api[\\/][\w-]+|components[\\/]user-menu|utils[\\/]next-path))\.tsx?$/,
];

/**
 * The mock API's service worker, served by `npm run dev:mock` only. It lives in mocks/, not in
 * public/, so no build can ship it.
 */
function mockServiceWorker(): Plugin {
  const worker = fileURLToPath(new URL('./mocks/worker/mockServiceWorker.js', import.meta.url));
  return {
    name: 'mock-service-worker',
    apply: (_config, { command, mode }) => command === 'serve' && mode === 'mock',
    configureServer(server) {
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        res.end(readFileSync(worker));
      });
    },
  };
}

export default defineConfig(({ command }) => ({
  plugins: [react(), mockServiceWorker()],
  resolve: {
    alias: [
      ...Object.entries(alias).map(([find, replacement]) => ({ find, replacement })),
      ...(command === 'build' && process.env.NODE_ENV === 'production' ? productionReactRouter : []),
    ],
  },
  server: {
    // `npm run dev` talks to the real API started with `npm run dev:api`.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  build: {
    // Maps are written for debugging but not referenced from the scripts, which saves the first page bytes.
    sourcemap: 'hidden',
    chunkSizeWarningLimit: 600,
    // Every browser the city runs supports <link rel="modulepreload">: the polyfill would only cost
    // the first page bytes, and it has a budget (tests/e2e/bundle-size.test.ts).
    modulePreload: {
      polyfill: false,
      // A lazy page's stylesheets are still loaded before it shows (tests/e2e/summary.test.ts); its
      // scripts the browser fetches itself as it loads the page's module. Vite's helper would
      // otherwise add a <link rel="modulepreload"> per script from the router's first task (the
      // overview has eight), each a request started from script: Lighthouse on the overview,
      // 12 interleaved runs each, median mobile TBT about 280 → 180 ms and desktop LCP
      // 720–890 → 635–725 ms. The cost is one round trip on a page's first visit.
      resolveDependencies: (_file, dependencies, { hostType }) => (hostType === 'html' ? dependencies : dependencies.filter((file) => file.endsWith('.css'))),
    },
    rolldownOptions: {
      output: {
        // What the first page needs, in one chunk. Left to itself the bundler splits it into four or
        // five chunks as more lazy pages share parts of it, and each compresses worse on its own:
        // about 1.5 KB over the first page's budget (tests/e2e/bundle-size.test.ts).
        codeSplitting: { groups: [{ name: 'shell', test: (id: string) => firstPage.some((pattern) => pattern.test(id)) }] },
      },
    },
  },
  test: {
    reporters: ['default', './tests/setup/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['src/{app,features,components}/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/app.ts'],
          // A whole page rendered in jsdom takes seconds on a busy 2-core machine; no test is about speed.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/{unit,contract}/**/*.test.ts', 'src/{server,lib}/**/*.test.ts'],
          setupFiles: ['tests/setup/node.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
}));
