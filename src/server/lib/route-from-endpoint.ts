import { createRoute } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { Endpoint } from '@/contract/endpoints.ts';

type None = Record<never, never>;

type JsonResponses<R extends Endpoint['responses']> = {
  [S in keyof R]: { description: string; content: { 'application/json': { schema: R[S] extends { schema: infer T extends z.ZodType } ? T : never } } };
};

/** An endpoint that sends an ETag also answers a matching If-None-Match with 304 and no body. */
type ConditionalResponses<E extends Endpoint> = E extends { headers: { 200: readonly string[] } } ? { 304: { description: string } } : None;

type RequestOf<E extends Endpoint> = (E extends { params: infer P extends z.ZodObject } ? { params: P } : None) &
  (E extends { query: infer Q extends z.ZodObject } ? { query: Q } : None);

type RouteOf<E extends Endpoint> = {
  method: E['method'];
  path: E['path'];
  operationId: string;
  summary: string;
  tags: string[];
  request: RequestOf<E>;
  responses: JsonResponses<E['responses']> & ConditionalResponses<E>;
};

/**
 * The OpenAPI route of one contract endpoint: path, method, parameter and response schemas all
 * come from src/contract/endpoints.ts, so the server cannot drift from what the SPA and mocks use.
 */
export function routeFromEndpoint<const E extends Endpoint>(operationId: string, endpoint: E) {
  const request: { params?: z.ZodObject; query?: z.ZodObject } = {};
  if (endpoint.params) request.params = endpoint.params;
  if (endpoint.query) request.query = endpoint.query;

  const responses: Record<number, object> = {};
  for (const [status, { description, schema }] of Object.entries(endpoint.responses)) {
    const headers = endpoint.headers?.[Number(status)];
    responses[Number(status)] = {
      description,
      content: { 'application/json': { schema } },
      ...(headers && { headers: Object.fromEntries(headers.map((name) => [name, { schema: { type: 'string' } }])) }),
    };
  }
  if (endpoint.headers?.[200]?.includes('ETag')) {
    responses[304] = { description: 'Not modified: the If-None-Match ETag is still current.' };
  }

  const route = {
    method: endpoint.method,
    path: endpoint.path,
    operationId,
    summary: endpoint.summary,
    tags: [...endpoint.tags],
    request,
    responses,
  };
  return createRoute(route as unknown as RouteOf<E>);
}
