import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The table's floor app (see main.tsx), served by the benchmark under /bench-floor/ on the app's origin. */
export default defineConfig({
  root: import.meta.dirname,
  base: '/bench-floor/',
  plugins: [react()],
  build: { modulePreload: { polyfill: false } },
});
