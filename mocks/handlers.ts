import { http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod';
import type { ValidationIssue } from '@/contract/common.ts';
import { endpoints, type Endpoint, type EndpointName, type ResponseOf } from '@/contract/endpoints.ts';
import { errorBody, notFoundBody, validationErrorBody } from '@/lib/api-errors.ts';
import { berlinDate } from '@/lib/freshness.ts';
import { resolveHistoryRange } from '@/lib/stats-periods.ts';
import * as db from './db.ts';
import { progressHistoryOf, statusReportOf, summaryFromPlan } from './stats.ts';

/**
 * MSW handlers for every endpoint of the contract, answering exactly as the real server does:
 * the contract suite runs the same cases against both.
 */

/**
 * The contract's OpenAPI path as an MSW path: `{code}` becomes `:code`. Any origin matches, so
 * the same handlers serve the browser and Node tests (which have no location to resolve a
 * relative path against); the path itself must start at the root, or the worker would answer
 * for modules such as /src/features/measures/api/get-measure.ts too.
 */
export const mswPath = (contractPath: string) => `*://:host${contractPath.replace(/\{(\w+)\}/g, ':$1')}`;

export const SESSION_COOKIE = 'apt_session';

/** Query parameters as the server's validator sees them: a repeated parameter becomes a list. */
function queryOf(request: Request): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    const seen = query[key];
    query[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return query;
}

const fail = (status: number, code: string, message: string) => HttpResponse.json(errorBody(code, message), { status });

const isJson = (contentType: string | null) => contentType !== null && /^application\/json\s*(;|$)/i.test(contentType.trim());

/**
 * Sets or clears the session cookie. Not through the response's init: MSW would then keep the
 * cookie in its own jar and, in Node, send it along with every later request, the anonymous ones
 * included. In Node the header goes on the response (the contract suite reads it and sends the
 * cookie back itself); in a browser, which never shows Set-Cookie to scripts, it goes to
 * document.cookie, where MSW finds it for the requests that follow.
 */
function withSessionCookie(response: Response, token: string | null): Response {
  const attributes = token === null ? 'Path=/; Max-Age=0; SameSite=Lax' : 'Path=/; SameSite=Lax';
  const cookie = `${SESSION_COOKIE}=${token ?? ''}; ${attributes}`;
  response.headers.append('Set-Cookie', `${cookie}; HttpOnly`);
  if (typeof document !== 'undefined') document.cookie = cookie;
  return response;
}

type Schema<E, K extends string> = E extends { [P in K]: infer S extends z.ZodType } ? z.output<S> : undefined;

/** What a resolver gets once the endpoint's guard and validation have passed. */
type Input<N extends EndpointName> = {
  request: Request;
  params: Schema<(typeof endpoints)[N], 'params'>;
  query: Schema<(typeof endpoints)[N], 'query'>;
  body: Schema<(typeof endpoints)[N], 'body'>;
  /** The caller's session, and the session cookie as sent (even a stale one). */
  session: (typeof endpoints)[N]['access'] extends 'public' ? db.CurrentSession | undefined : db.CurrentSession;
  sessionToken: string | undefined;
};

type Resolver<N extends EndpointName> = (input: Input<N>) => Response | Promise<Response>;

/**
 * The one place the contract's `access` is enforced, in the server's order: session (401), the
 * CSRF token on a state-changing request (403 csrf_failed), the role (403 forbidden), a JSON body
 * (415, 400 invalid_json), then parameters (400) and body (422) against the contract.
 */
function handlerFor<N extends EndpointName>(name: N, resolve: Resolver<N>): HttpHandler {
  const endpoint: Endpoint = endpoints[name];
  return http[endpoint.method](mswPath(endpoint.path), async ({ request, params, cookies }) => {
    const sessionToken = cookies[SESSION_COOKIE] || undefined;
    const session = db.findSession(sessionToken);

    if (endpoint.access !== 'public') {
      if (!session) {
        const response = fail(401, 'unauthenticated', sessionToken ? 'Your session has ended; please sign in again.' : 'Please sign in first.');
        return sessionToken ? withSessionCookie(response, null) : response;
      }
      if (endpoint.method !== 'get' && request.headers.get('X-CSRF-Token') !== session.csrfToken) {
        return fail(403, 'csrf_failed', "This request needs the session's CSRF token in the X-CSRF-Token header.");
      }
      if (endpoint.access === 'admin' && session.user.role !== 'admin') return fail(403, 'forbidden', 'Your role may not do this.');
    }

    let rawBody: unknown;
    if (endpoint.body) {
      if (!isJson(request.headers.get('Content-Type'))) {
        return fail(415, 'unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.');
      }
      try {
        rawBody = await request.json();
      } catch {
        return fail(400, 'invalid_json', 'The body is not valid JSON.');
      }
    }

    const parsedParams = endpoint.params?.safeParse(params);
    if (parsedParams && !parsedParams.success) return HttpResponse.json(validationErrorBody('params', parsedParams.error), { status: 400 });
    const parsedQuery = endpoint.query?.safeParse(queryOf(request));
    if (parsedQuery && !parsedQuery.success) return HttpResponse.json(validationErrorBody('query', parsedQuery.error), { status: 400 });
    const parsedBody = endpoint.body?.safeParse(rawBody);
    if (parsedBody && !parsedBody.success) return HttpResponse.json(validationErrorBody('body', parsedBody.error), { status: 422 });

    // The checks above are what the Input type promises; TypeScript cannot follow them through `endpoint`.
    const input = { request, params: parsedParams?.data, query: parsedQuery?.data, body: parsedBody?.data, session, sessionToken } as Input<N>;
    return resolve(input);
  });
}

const fieldError = (field: string, code: string, message: string) =>
  errorBody('validation_failed', `Invalid field '${field}': ${message}`, [{ path: `body.${field}`, code, message }]);

/** The answer for an account change that was not made, word for word as the server's. */
function problemResponse(result: db.AccountProblem): Response {
  switch (result.problem) {
    case 'not_found':
      return HttpResponse.json(notFoundBody('User'), { status: 404 });
    case 'username_taken':
      return fail(409, 'conflict', 'This username is taken.');
    case 'unknown_department':
      return HttpResponse.json(fieldError('departmentId', 'unknown_department', `there is no department '${result.departmentId}'`), { status: 422 });
    case 'department_mismatch':
      return HttpResponse.json(
        fieldError('departmentId', 'department_mismatch', 'a department head needs a department, and only a department head has one'),
        { status: 422 },
      );
    case 'own_account':
      return HttpResponse.json(
        fieldError(
          result.field,
          'own_account',
          result.field === 'disabled' ? 'you cannot disable your own account; another admin can' : 'you cannot take away your own admin role; another admin can',
        ),
        { status: 422 },
      );
  }
}

/** The 422 for rules beyond the contract's shapes, worded as validationErrorBody words a shape's. */
function issuesBody(issues: ValidationIssue[]) {
  const first = issues[0];
  const message = first ? `Invalid field '${first.path.replace(/^body\./, '')}': ${first.message}` : 'Invalid body';
  return errorBody('validation_failed', message, issues);
}

/** The answer for a write on `what` (e.g. "Measure 3.1") that was not made, in the server's words and with its headers. */
function refusalResponse(result: db.WriteRefusal, what: string): Response {
  switch (result.refused) {
    case 'not_found':
      return HttpResponse.json(notFoundBody(result.what), { status: 404 });
    case 'forbidden':
      return fail(403, 'forbidden', `Your role may not make this change to ${what}.`);
    case 'precondition_required':
      return fail(428, 'precondition_required', 'Send If-Match with the ETag of the version this change is based on, so that no one else’s change is overwritten.');
    case 'precondition_failed':
      return HttpResponse.json(
        errorBody('precondition_failed', `${what} has changed since you loaded it; details.current is how it is now.`, { current: result.current }),
        { status: 412, headers: { ETag: result.etag } },
      );
    case 'invalid':
      return HttpResponse.json(issuesBody(result.issues), { status: 422 });
  }
}

const ifMatchOf = (request: Request) => request.headers.get('If-Match');

const resolvers: { [N in EndpointName]: Resolver<N> } = {
  getHealth: () => HttpResponse.json<ResponseOf<'getHealth'>>({ status: 'ok', database: 'pglite' }),

  getPlan: () => HttpResponse.json<ResponseOf<'getPlan'>>(db.getPlan()),

  listMeasures: ({ query }) => HttpResponse.json<ResponseOf<'listMeasures'>>(db.listMeasures(query)),

  getMeasure: ({ params }) => {
    const found = db.findMeasure(params.code);
    if (!found) return HttpResponse.json(notFoundBody(`Measure ${params.code}`), { status: 404 });
    return HttpResponse.json<ResponseOf<'getMeasure'>>(found.measure, { headers: { ETag: found.etag } });
  },

  updateMeasure: ({ request, params, body, session }) => {
    const result = db.patchMeasure(session.user, params.code, body, ifMatchOf(request));
    if (db.isRefusal(result)) return refusalResponse(result, `Measure ${params.code}`);
    return HttpResponse.json<ResponseOf<'updateMeasure'>>(result.measure, { headers: { ETag: result.etag } });
  },

  listMeasureUpdates: ({ params, query }) => {
    const list = db.listProgressUpdates({ kind: 'measure', code: params.code }, query);
    if (!list) return HttpResponse.json(notFoundBody(`Measure ${params.code}`), { status: 404 });
    return HttpResponse.json<ResponseOf<'listMeasureUpdates'>>(list);
  },

  createMeasureUpdate: ({ request, params, body, session }) => {
    const result = db.reportProgress(session.user, { kind: 'measure', code: params.code }, body, ifMatchOf(request));
    if (db.isRefusal(result)) return refusalResponse(result, `Measure ${params.code}`);
    const { etag, ...created } = result;
    return HttpResponse.json<ResponseOf<'createMeasureUpdate', 201>>(created, { status: 201, headers: { ETag: etag } });
  },

  listActivityUpdates: ({ params, query }) => {
    const list = db.listProgressUpdates({ kind: 'activity', code: params.code }, query);
    if (!list) return HttpResponse.json(notFoundBody(`Activity ${params.code}`), { status: 404 });
    return HttpResponse.json<ResponseOf<'listActivityUpdates'>>(list);
  },

  createActivityUpdate: ({ request, params, body, session }) => {
    const result = db.reportProgress(session.user, { kind: 'activity', code: params.code }, body, ifMatchOf(request));
    if (db.isRefusal(result)) return refusalResponse(result, `Activity ${params.code}`);
    const { etag, ...created } = result;
    return HttpResponse.json<ResponseOf<'createActivityUpdate', 201>>(created, { status: 201, headers: { ETag: etag } });
  },

  listAudit: ({ query, session }) => {
    const result = db.listAudit(session.user, query);
    if (db.isRefusal(result) && result.refused === 'forbidden') {
      return fail(403, 'forbidden', `Your role may not see the audit trail of measure ${query.measure}.`);
    }
    if (db.isRefusal(result)) return refusalResponse(result, `Measure ${query.measure}`);
    return HttpResponse.json<ResponseOf<'listAudit'>>(result);
  },

  listPeople: () => HttpResponse.json<ResponseOf<'listPeople'>>(db.listPeople()),

  createPerson: ({ body, session }) => {
    const result = db.createPerson(session.user, body);
    if (db.isRefusal(result) && result.refused === 'forbidden') return fail(403, 'forbidden', 'Your role may not add responsible people.');
    if (db.isRefusal(result)) return refusalResponse(result, 'A person');
    return HttpResponse.json<ResponseOf<'createPerson', 201>>(result, { status: 201 });
  },

  listDepartments: () => HttpResponse.json<ResponseOf<'listDepartments'>>(db.listDepartments()),

  getStatsSummary: () => HttpResponse.json<ResponseOf<'getStatsSummary'>>(summaryFromPlan(db.getPlan())),

  getProgressHistory: ({ query }) => {
    const range = resolveHistoryRange(query, berlinDate(new Date()));
    if ('error' in range) return HttpResponse.json(range.error, { status: 400 });
    return HttpResponse.json<ResponseOf<'getProgressHistory'>>(progressHistoryOf(db.getPlan(), db.allProgressUpdates(), range));
  },

  getStatusReport: ({ query }) => {
    const now = new Date();
    const report = statusReportOf(db.getPlan(), db.allProgressUpdates(), db.measureCreatedAt, { ...query, asOf: query.asOf ?? berlinDate(now) }, now);
    return HttpResponse.json<ResponseOf<'getStatusReport'>>(report);
  },

  createSession: ({ body, sessionToken }) => {
    const result = db.signIn(body.username, body.password, sessionToken);
    if (!result.ok && result.problem === 'throttled') {
      const minutes = Math.ceil(result.retryAfterSeconds / 60);
      return HttpResponse.json(
        errorBody('too_many_requests', `Too many failed sign-ins for this username from here; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`),
        { status: 429, headers: { 'Retry-After': String(result.retryAfterSeconds) } },
      );
    }
    if (!result.ok) return fail(401, 'unauthenticated', 'The username or password is wrong, or the account is disabled.');
    return withSessionCookie(HttpResponse.json<ResponseOf<'createSession'>>(result.session), result.token);
  },

  getSession: ({ session: { token: _token, ...session } }) => HttpResponse.json<ResponseOf<'getSession'>>(session),

  deleteSession: ({ session }) => {
    db.endSession(session.token);
    return withSessionCookie(new HttpResponse(null, { status: 204 }), null);
  },

  listUsers: () => HttpResponse.json<ResponseOf<'listUsers'>>(db.listUsers()),

  createUser: ({ body }) => {
    const result = db.createUser(body);
    if (db.isProblem(result)) return problemResponse(result);
    return HttpResponse.json<ResponseOf<'createUser', 201>>(result, { status: 201 });
  },

  updateUser: ({ params, body, session }) => {
    const result = db.updateUser(session.user.id, params.id, body);
    if (db.isProblem(result)) return problemResponse(result);
    return HttpResponse.json<ResponseOf<'updateUser'>>(result);
  },

  resetUserPassword: ({ params, body, session }) => {
    const result = db.resetPassword(params.id, body.password, session.token);
    if (db.isProblem(result)) return problemResponse(result);
    return new HttpResponse(null, { status: 204 });
  },

  createDepartment: ({ body }) => {
    const created = db.createDepartment(body);
    if (!created) return fail(409, 'conflict', `A department with the id '${body.id}' exists.`);
    return HttpResponse.json<ResponseOf<'createDepartment', 201>>(created, { status: 201 });
  },

  updateDepartment: ({ params, body }) => {
    const renamed = db.renameDepartment(params.id, body);
    if (!renamed) return HttpResponse.json(notFoundBody('Department'), { status: 404 });
    return HttpResponse.json<ResponseOf<'updateDepartment'>>(renamed);
  },
};

// Object.keys loses the key type; the mapped type above already guarantees every endpoint has a resolver.
const endpointNames = Object.keys(resolvers) as EndpointName[];

export const handlers = [
  ...endpointNames.map((name) => handlerFor(name, resolvers[name] as Resolver<typeof name>)),
  // Last: whatever the contract does not name is a JSON 404, as on the server.
  http.all(mswPath('/api/*'), ({ request }) =>
    HttpResponse.json(notFoundBody(`Route ${request.method} ${new URL(request.url).pathname}`), { status: 404 }),
  ),
];
