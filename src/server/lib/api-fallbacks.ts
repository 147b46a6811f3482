import { DrizzleQueryError } from 'drizzle-orm/errors';
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
      const code =
        error.status === 404 ? 'not_found' : error.status === 405 ? 'method_not_allowed' : error.status === 415 ? 'unsupported_media_type' : 'validation_failed';
      return c.json(errorBody(code, error.message || 'The request could not be understood'), error.status);
    }
    logger.error(`${c.req.method} ${c.req.path} failed`, withoutQueryParameters(error));
    return c.json(errorBody('internal_error', 'Something went wrong on the server; it has been logged.'), 500);
  };
}

/**
 * Drizzle puts a failed query's parameters into its error message, and PostgreSQL a failing row's
 * values into its error's `detail`; either can be a password hash, a session id's hash or a CSRF
 * token. The log gets the statement and the database's message and codes, never the values.
 */
export function withoutQueryParameters(error: unknown): unknown {
  if (!(error instanceof DrizzleQueryError)) return error;
  const redacted = new Error(`Failed query: ${error.query}`, { cause: withoutDetail(error.cause) });
  redacted.name = 'DrizzleQueryError';
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  redacted.stack = [`${redacted.name}: ${redacted.message}`, ...frames].join('\n');
  return redacted;
}

function withoutDetail(cause: unknown): unknown {
  if (!(cause instanceof Error)) return cause;
  const { code, constraint, table, column, severity } = cause as Error & Record<string, unknown>;
  const kept = new Error(cause.message);
  kept.name = cause.name;
  kept.stack = cause.stack?.replace(/^.*$/m, `${cause.name}: ${cause.message}`);
  return Object.assign(kept, Object.fromEntries(Object.entries({ code, constraint, table, column, severity }).filter(([, v]) => v !== undefined)));
}
