import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import type { Endpoint } from '@/contract/endpoints.ts';
import { guardFor } from '../auth/guards.ts';

type None = Record<never, never>;

type ResponseOf<R> = R extends { schema: infer T extends z.ZodType }
  ? { description: string; content: { 'application/json': { schema: T } } }
  : { description: string };

type Responses<R extends Endpoint['responses']> = { [S in keyof R]: ResponseOf<R[S]> };

/** An endpoint that sends an ETag also answers a matching If-None-Match with 304 and no body. */
type ConditionalResponses<E extends Endpoint> = E extends { headers: { 200: readonly string[] } } ? { 304: { description: string } } : None;

type RequestOf<E extends Endpoint> = (E extends { params: infer P extends z.ZodObject } ? { params: P } : None) &
  (E extends { query: infer Q extends z.ZodObject } ? { query: Q } : None) &
  (E extends { body: infer B extends z.ZodType } ? { body: { content: { 'application/json': { schema: B } }; required: true } } : None) &
  (E extends { ifMatch: true } ? { headers: typeof IfMatchHeader } : None);

type RouteOf<E extends Endpoint> = {
  method: E['method'];
  path: E['path'];
  operationId: string;
  summary: string;
  tags: string[];
  request: RequestOf<E>;
  responses: Responses<E['responses']> & ConditionalResponses<E>;
};

/**
 * Documented, and optional to the validator: a write without If-Match is the handler's to answer
 * (428), after it has answered 404 and 403, which a missing header must not get ahead of.
 */
const IfMatchHeader = z.object({
  'if-match': z
    .string()
    .optional()
    .meta({ description: 'The ETag of the measure version this write is based on (GET /api/v1/measures/{code}, or a measure’s `etag`).' }),
});

/** OpenAPI security requirements: the names are registered as security schemes in docs.index.ts. */
export const SESSION_SCHEME = 'sessionCookie';
export const CSRF_SCHEME = 'csrfToken';

/**
 * The OpenAPI route of one contract endpoint: path, method, parameter, body and response schemas
 * all come from src/contract/endpoints.ts, so the server cannot drift from what the SPA and mocks
 * use. So does its guard (session, CSRF token, role, JSON body), from the endpoint's `access`:
 * a route made here cannot be registered without the checks its contract entry asks for.
 */
export function routeFromEndpoint<const E extends Endpoint>(operationId: string, endpoint: E) {
  const request: { params?: z.ZodObject; query?: z.ZodObject; headers?: z.ZodObject; body?: object } = {};
  if (endpoint.params) request.params = endpoint.params;
  if (endpoint.query) request.query = endpoint.query;
  if (endpoint.ifMatch) request.headers = IfMatchHeader;
  if (endpoint.body) request.body = { content: { 'application/json': { schema: endpoint.body } }, required: true };

  const responses: Record<number, object> = {};
  for (const [status, { description, schema }] of Object.entries(endpoint.responses) as [string, Endpoint['responses'][number]][]) {
    const headers = endpoint.headers?.[Number(status)];
    responses[Number(status)] = {
      description,
      ...(schema && { content: { 'application/json': { schema } } }),
      ...(headers && { headers: Object.fromEntries(headers.map((name) => [name, { schema: { type: 'string' } }])) }),
    };
  }
  if (endpoint.headers?.[200]?.includes('ETag')) {
    responses[304] = { description: 'Not modified: the If-None-Match ETag is still current.' };
  }
  if (endpoint.responses[429] && !endpoint.headers?.[429]) {
    responses[429] = { ...responses[429], headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } };
  }

  const security =
    endpoint.access === 'public' ? [] : endpoint.method === 'get' ? [{ [SESSION_SCHEME]: [] }] : [{ [SESSION_SCHEME]: [], [CSRF_SCHEME]: [] }];

  const route = {
    method: endpoint.method,
    path: endpoint.path,
    operationId,
    summary: endpoint.summary,
    tags: [...endpoint.tags],
    request,
    responses,
    security,
    middleware: [guardFor(endpoint)],
  };
  return createRoute(route as unknown as RouteOf<E>);
}
