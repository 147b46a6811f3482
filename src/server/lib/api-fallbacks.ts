import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { errorBody } from '@/lib/api-errors.ts';
import type { Logger } from './logger.ts';

export const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

type RouteEntry = { method: string; path: string };

/**
 * Unknown API paths answer with the API's JSON error, never the SPA's HTML. A known path asked
 * with the wrong method answers 405 with Allow, worked out from the routes actually registered.
 */
export function apiNotFound(routes: () => readonly RouteEntry[]): NotFoundHandler {
  let patterns: { regex: RegExp; method: string }[] | undefined;
  const allowedMethods = (path: string) => {
    patterns ??= routes()
      .filter((r) => r.method !== 'ALL' && isApiPath(r.path) && !r.path.includes('*'))
      .map((r) => ({ method: r.method, regex: new RegExp(`^${r.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[^/]+/g, '[^/]+')}$`) }));
    const methods = new Set(patterns.filter((p) => p.regex.test(path)).map((p) => p.method));
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods];
  };
  return (c) => {
    if (!isApiPath(c.req.path)) return c.text('Not found', 404);
    const allowed = allowedMethods(c.req.path);
    // A route that matched the method but found nothing (e.g. an unknown docs file) is plain 404.
    if (allowed.length > 0 && !allowed.includes(c.req.method)) {
      c.header('Allow', allowed.join(', '));
      return c.json(errorBody('method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}; allowed: ${allowed.join(', ')}`), 405);
    }
    return c.json(errorBody('not_found', `There is no API endpoint ${c.req.method} ${c.req.path}`), 404);
  };
}

/** Anything a handler throws ends as JSON; the details go to the log, never to the client. */
export function apiError(logger: Logger): ErrorHandler {
  return (error, c: Context) => {
    if (error instanceof HTTPException && error.status < 500) {
      const code = error.status === 404 ? 'not_found' : error.status === 405 ? 'method_not_allowed' : 'validation_failed';
      return c.json(errorBody(code, error.message || 'The request could not be understood'), error.status);
    }
    logger.error(`${c.req.method} ${c.req.path} failed`, error);
    return c.json(errorBody('internal_error', 'Something went wrong on the server; it has been logged.'), 500);
  };
}
