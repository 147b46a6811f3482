import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';
import { isApiPath } from './lib/api-fallbacks.ts';
import type { AppEnv } from './lib/app-types.ts';

/**
 * Serves the built SPA from `distDir`: files as they are, and index.html for every other GET
 * outside /api, so that a client route such as /measures/3.1 survives a reload.
 */
export function serveSpa(app: Hono<AppEnv>, distDir: string) {
  const files = serveStatic<AppEnv>({ root: distDir });
  const withCaching = (cacheControl: string): MiddlewareHandler<AppEnv> => async (c, next) => {
    const res = await files(c, next);
    // Found: serveStatic's own response. Not found: it passed on, and what next() gave is not ours to change.
    if (res instanceof Response) res.headers.set('Cache-Control', cacheControl);
    return res;
  };

  // Vite puts a content hash in every file name under assets/, so a name never changes content.
  app.use('/assets/*', withCaching('public, max-age=31536000, immutable'));
  // A missing hashed file is a stale page asking for an old build; HTML in its place would only confuse.
  app.get('/assets/*', (c) => c.text('Not found', 404));

  const otherFiles = withCaching('no-cache');
  app.use('*', (c, next) => (isApiPath(c.req.path) ? next() : otherFiles(c, next)));
  app.get('*', async (c, next) => {
    if (isApiPath(c.req.path)) return next();
    c.header('Cache-Control', 'no-cache');
    return c.html(await readFile(join(distDir, 'index.html'), 'utf8'));
  });
}
