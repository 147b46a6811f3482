import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const modules = fileURLToPath(new URL('../../../node_modules/', import.meta.url));

/**
 * The floor app's build, apart from the app's vite.config.ts but with the same byte savings, so
 * that the floor is what these libraries cost at best: react-router's production build (its
 * package exports only the development one) and no modulepreload polyfill.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  logLevel: 'error',
  resolve: {
    alias: [
      { find: /^react-router$/, replacement: `${modules}react-router/dist/production/index.mjs` },
      { find: /^react-router\/dom$/, replacement: `${modules}react-router/dist/production/dom-export.mjs` },
    ],
  },
  build: { modulePreload: { polyfill: false } },
});
