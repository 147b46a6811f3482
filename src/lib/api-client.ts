import type { z } from 'zod';
import type { ErrorBody } from '@/contract/common.ts';
import type { BodyOf, EndpointName, endpoints, ResponseOf } from '@/contract/endpoints.ts';

/**
 * The app's one HTTP client. Everything about the API is taken from the contract by type only:
 * the browser bundle never carries zod, yet a path or a parameter the contract does not know
 * fails to compile.
 *
 * It also holds what a signed-in browser needs besides its (HttpOnly) session cookie: the
 * session's CSRF token, learnt from every Session the API sends and sent back as X-CSRF-Token
 * with every state-changing request.
 */

type Endpoints = typeof endpoints;
type Method = Endpoints[EndpointName]['method'];

type EndpointFor<M extends Method, P extends string> = {
  [N in EndpointName]: Endpoints[N]['method'] extends M ? (Endpoints[N]['path'] extends P ? N : never) : never;
}[EndpointName];

type GetEndpointName = { [N in EndpointName]: Endpoints[N]['method'] extends 'get' ? N : never }[EndpointName];
type SendEndpointName = Exclude<EndpointName, GetEndpointName>;

/** The contract's paths of the GET endpoints, e.g. '/api/v1/measures/{code}'. */
export type GetPath = Endpoints[GetEndpointName]['path'];
export type SendMethod = Endpoints[SendEndpointName]['method'];
export type SendPath<M extends SendMethod> = Endpoints[EndpointFor<M, Endpoints[SendEndpointName]['path']>]['path'];

type PathParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParamNames<Rest> : never;
type ParamsOption<P extends string> = [PathParamNames<P>] extends [never] ? { params?: never } : { params: Record<PathParamNames<P>, string> };

type QueryOf<N extends EndpointName> = Endpoints[N] extends { query: infer Q extends z.ZodType } ? z.input<Q> : never;

type GetOptions<P extends GetPath> = ParamsOption<P> &
  ([QueryOf<EndpointFor<'get', P>>] extends [never] ? { query?: never } : { query?: QueryOf<EndpointFor<'get', P>> }) & { signal?: AbortSignal };

type IfMatchOption<N extends EndpointName> = Endpoints[N] extends { ifMatch: true }
  ? { /** The ETag of the version this write is based on (a measure's `etag`). */ ifMatch: string }
  : { ifMatch?: never };

type SendOptions<N extends EndpointName, P extends string> = ParamsOption<P> &
  ([BodyOf<N>] extends [never] ? { body?: never } : { body: BodyOf<N> }) &
  IfMatchOption<N>;

type SuccessStatus<N extends EndpointName> = Extract<keyof Endpoints[N]['responses'], 200 | 201 | 204>;
/** What a state-changing request resolves to: its 200 or 201 body, or nothing for a 204. */
type SuccessBody<N extends EndpointName> = 204 extends SuccessStatus<N> ? void : ResponseOf<N, SuccessStatus<N> & number>;

/** What the API said went wrong, from its one error shape (or what we could tell without one). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  /** Seconds, from a 429's Retry-After. */
  readonly retryAfter: number | undefined;

  constructor(status: number, code: string, message: string, details?: unknown, retryAfter?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
    this.retryAfter = retryAfter;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

const sessionPath = '/api/v1/session' satisfies Endpoints['getSession']['path'];

let csrfToken: string | null = null;
let onSessionEnded: (() => void) | null = null;

/**
 * What to do when a request other than signing in or out is refused with 401: the session has
 * ended (timed out, signed out elsewhere, account disabled). One handler at a time: the app's.
 */
export function handleSessionEnd(handler: () => void): () => void {
  onSessionEnded = handler;
  return () => {
    if (onSessionEnded === handler) onSessionEnded = null;
  };
}

function isErrorBody(body: unknown): body is ErrorBody {
  const error: unknown = typeof body === 'object' && body !== null && 'error' in body ? body.error : undefined;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error && typeof error.message === 'string';
}

function urlOf(path: string, params: Record<string, string> | undefined, query?: unknown): URL {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`Missing path parameter ${name} for ${path}`);
    return encodeURIComponent(value);
  });
  // Same origin always: the server serves the app, Vite proxies in development, MSW answers in mock mode.
  const url = new URL(filled, window.location.origin);
  for (const [key, value] of Object.entries(typeof query === 'object' && query !== null ? query : {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  return url;
}

async function request(
  method: Method,
  path: string,
  url: URL,
  init: { body?: unknown; signal?: AbortSignal | undefined; ifMatch?: string | undefined },
): Promise<unknown> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'get') {
    headers['Content-Type'] = 'application/json';
    if (csrfToken !== null) headers['X-CSRF-Token'] = csrfToken;
    if (init.ifMatch !== undefined) headers['If-Match'] = init.ifMatch;
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method: method.toUpperCase(),
      headers,
      credentials: 'same-origin',
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', 'The server could not be reached.');
  }
  const body: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);

  if (path === sessionPath) {
    if (response.ok && method !== 'delete') {
      // Every Session the API sends carries the token; the contract types it.
      csrfToken = (body as ResponseOf<'getSession'>).csrfToken;
    } else if (response.ok || response.status === 401) {
      csrfToken = null;
    }
  } else if (response.status === 401) {
    csrfToken = null;
    onSessionEnded?.();
  }

  if (!response.ok) {
    const retryAfter = Number(response.headers.get('Retry-After') ?? Number.NaN);
    const seconds = Number.isFinite(retryAfter) ? retryAfter : undefined;
    if (isErrorBody(body)) throw new ApiError(response.status, body.error.code, body.error.message, body.error.details, seconds);
    throw new ApiError(response.status, 'http_error', `The server answered ${response.status} ${response.statusText}`.trim());
  }
  if (body === undefined && response.status !== 204) throw new ApiError(response.status, 'invalid_response', 'The server sent no readable answer.');
  return body;
}

/** GET one of the contract's endpoints; resolves to its 200 body, rejects with an ApiError. */
export async function apiGet<P extends GetPath>(path: P, options: GetOptions<P>): Promise<ResponseOf<EndpointFor<'get', P>>> {
  const body = await request('get', path, urlOf(path, options.params, options.query), { signal: options.signal });
  // The contract types the body; the server and the mocks are held to it by the contract suite.
  return body as ResponseOf<EndpointFor<'get', P>>;
}

/**
 * POST, PATCH, PUT or DELETE one of the contract's endpoints, with the session's CSRF token;
 * resolves to its 200/201 body (nothing for a 204), rejects with an ApiError.
 */
export async function apiSend<M extends SendMethod, P extends SendPath<M>>(
  method: M,
  path: P,
  options: SendOptions<EndpointFor<M, P>, P>,
): Promise<SuccessBody<EndpointFor<M, P>>> {
  const body = await request(method, path, urlOf(path, options.params), { body: options.body, ifMatch: options.ifMatch });
  return body as SuccessBody<EndpointFor<M, P>>;
}
