import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { type Endpoint, endpoints } from '@/contract/endpoints.ts';
import { errorBody } from '@/lib/api-errors.ts';
import type { AppEnv, CurrentSession } from '../lib/app-types.ts';
import { auditRefusal } from './audit.ts';
import { cameOverHttps } from './client-address.ts';
import { canAdminister } from '@/lib/permissions.ts';
import { resumeSession, SESSION_COOKIE, tokensMatch } from './sessions.ts';

export const CSRF_HEADER = 'X-CSRF-Token';

type Access = Endpoint['access'];
type RefusalStatus = 401 | 403 | 429;

/**
 * Answers a refused request and records it in the audit log. For handlers too: a finer rule
 * (a department head and another department's measure) refuses through here.
 */
export async function refuse(c: Context<AppEnv>, status: RefusalStatus, code: string, message: string) {
  await auditRefusal(c, status, code);
  return c.json(errorBody(code, message), status);
}

/** The session a guard has checked; a handler of a signed-in endpoint can rely on it. */
export function currentSession(c: Context<AppEnv>): CurrentSession {
  const session = c.var.session;
  if (!session) throw new Error(`${c.req.method} ${c.req.path} ran without a session: its route has no guard`);
  return session;
}

export function setSessionCookie(c: Context<AppEnv>, sessionId: string) {
  // No Max-Age: the browser forgets the session when it closes; the server ends it sooner or later anyway.
  setCookie(c, SESSION_COOKIE, sessionId, { path: '/', httpOnly: true, sameSite: 'Lax', secure: cameOverHttps(c, c.var.auth.trustProxy) });
}

export function clearSessionCookie(c: Context<AppEnv>) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax', secure: cameOverHttps(c, c.var.auth.trustProxy) });
}

const stateChanging = (method: Endpoint['method']) => method !== 'get';

/** Functions that are guards, so that createApp can check every API route has one. */
const guardFunctions = new WeakSet<MiddlewareHandler<AppEnv>>();
export const isGuard = (handler: unknown) => guardFunctions.has(handler as MiddlewareHandler<AppEnv>);

/**
 * The checks an endpoint's requests pass before its handler runs, all from its contract entry:
 * session (401), CSRF token on state-changing requests (403 csrf_failed), role (403 forbidden),
 * then a JSON body (415, 400 invalid_json). Parameter and body validation (400, 422) follow.
 */
export function guardFor(endpoint: Pick<Endpoint, 'method' | 'path' | 'access' | 'body'>): MiddlewareHandler<AppEnv> {
  const access: Access = endpoint.access;
  const needsSession = requiresSession(access);
  const checkCsrf = needsSession && stateChanging(endpoint.method);
  const needsJson = endpoint.body !== undefined;

  const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (needsSession) {
      const sessionId = getCookie(c, SESSION_COOKIE);
      const session = sessionId ? await resumeSession(c.var.db, sessionId, c.var.clock(), c.var.auth) : undefined;
      if (!session) {
        if (sessionId) clearSessionCookie(c);
        const message = sessionId ? 'Your session has ended; please sign in again.' : 'Please sign in first.';
        // Asking who is signed in, without a cookie, is how the app learns that nobody is: nothing was refused.
        if (!sessionId && endpoint.method === endpoints.getSession.method && endpoint.path === endpoints.getSession.path) {
          return c.json(errorBody('unauthenticated', message), 401);
        }
        return refuse(c, 401, 'unauthenticated', message);
      }
      c.set('session', session);
      if (checkCsrf && !tokensMatch(c.req.header(CSRF_HEADER), session.csrfToken)) {
        return refuse(c, 403, 'csrf_failed', `This request needs the session's CSRF token in the ${CSRF_HEADER} header.`);
      }
      if (!roleAllows(access, session.user)) {
        return refuse(c, 403, 'forbidden', 'Your role may not do this.');
      }
    }
    if (needsJson) {
      if (!isJson(c.req.header('Content-Type'))) {
        return c.json(errorBody('unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.'), 415);
      }
      try {
        await c.req.json();
      } catch {
        return c.json(errorBody('invalid_json', 'The body is not valid JSON.'), 400);
      }
    }
    await next();
  };
  guardFunctions.add(guard);
  return guard;
}

function requiresSession(access: Access): boolean {
  switch (access) {
    case 'public':
      return false;
    case 'signed_in':
    case 'admin':
      return true;
    default:
      // A value the contract does not know (a cast, a typo in JavaScript) must not open anything.
      throw new Error(`Unknown access ${JSON.stringify(access satisfies never)}`);
  }
}

function roleAllows(access: Access, user: CurrentSession['user']): boolean {
  return access !== 'admin' || canAdminister(user);
}

const isJson = (contentType: string | undefined) => contentType !== undefined && /^application\/json\s*(;|$)/i.test(contentType.trim());
