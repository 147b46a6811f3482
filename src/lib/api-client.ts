import type { z } from 'zod';
import type { ErrorBody } from '@/contract/common.ts';
import type { EndpointName, endpoints, ResponseOf } from '@/contract/endpoints.ts';

/**
 * The app's one HTTP client. Everything about the API is taken from the contract by type only:
 * the browser bundle never carries zod, yet a path or a parameter the contract does not know
 * fails to compile.
 */

type Endpoints = typeof endpoints;

type GetEndpointName = { [N in EndpointName]: Endpoints[N]['method'] extends 'get' ? N : never }[EndpointName];

/** The contract's paths of the GET endpoints, e.g. '/api/v1/measures/{code}'. */
export type GetPath = Endpoints[GetEndpointName]['path'];

type EndpointAt<P extends GetPath> = { [N in GetEndpointName]: Endpoints[N]['path'] extends P ? N : never }[GetEndpointName];

type PathParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParamNames<Rest> : never;

type QueryOf<N extends EndpointName> = Endpoints[N] extends { query: infer Q extends z.ZodType } ? z.input<Q> : never;

type RequestOptions<P extends GetPath> = ([PathParamNames<P>] extends [never] ? { params?: never } : { params: Record<PathParamNames<P>, string> }) &
  ([QueryOf<EndpointAt<P>>] extends [never] ? { query?: never } : { query?: QueryOf<EndpointAt<P>> }) & { signal?: AbortSignal };

/** What the API said went wrong, from its one error shape (or what we could tell without one). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

function isErrorBody(body: unknown): body is ErrorBody {
  const error: unknown = typeof body === 'object' && body !== null && 'error' in body ? body.error : undefined;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error && typeof error.message === 'string';
}

function urlOf(path: string, params: Record<string, string> | undefined, query: unknown): URL {
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

/** GET one of the contract's endpoints; resolves to its 200 body, rejects with an ApiError. */
export async function apiGet<P extends GetPath>(path: P, options: RequestOptions<P>): Promise<ResponseOf<EndpointAt<P>>> {
  const url = urlOf(path, options.params, options.query);
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', 'The server could not be reached.');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (isErrorBody(body)) throw new ApiError(response.status, body.error.code, body.error.message, body.error.details);
    throw new ApiError(response.status, 'http_error', `The server answered ${response.status} ${response.statusText}`.trim());
  }
  if (body === undefined) throw new ApiError(response.status, 'invalid_response', 'The server sent no readable answer.');
  // The contract types the body; the server and the mocks are held to it by the contract suite.
  return body as ResponseOf<EndpointAt<P>>;
}
