import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import { endpoints, type EndpointName, type ResponseOf } from '@/contract/endpoints.ts';
import { notFoundBody, validationErrorBody } from '@/lib/api-errors.ts';
import * as db from './db.ts';

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

/** Query parameters as the server's validator sees them: a repeated parameter becomes a list. */
function queryOf(request: Request): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    const seen = query[key];
    query[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return query;
}

const badRequest = (location: 'query' | 'params', error: Parameters<typeof validationErrorBody>[1]) =>
  HttpResponse.json(validationErrorBody(location, error), { status: 400 });

const resolvers = {
  getHealth: () => HttpResponse.json<ResponseOf<'getHealth'>>({ status: 'ok', database: 'pglite' }),

  getPlan: () => HttpResponse.json<ResponseOf<'getPlan'>>(db.getPlan()),

  listMeasures: ({ request }) => {
    const query = endpoints.listMeasures.query.safeParse(queryOf(request));
    if (!query.success) return badRequest('query', query.error);
    return HttpResponse.json<ResponseOf<'listMeasures'>>(db.listMeasures(query.data));
  },

  getMeasure: ({ params }) => {
    const parsed = endpoints.getMeasure.params.safeParse(params);
    if (!parsed.success) return badRequest('params', parsed.error);
    const found = db.findMeasure(parsed.data.code);
    if (!found) return HttpResponse.json(notFoundBody(`Measure ${parsed.data.code}`), { status: 404 });
    return HttpResponse.json<ResponseOf<'getMeasure'>>(found.measure, { headers: { ETag: found.etag } });
  },

  listDepartments: () => HttpResponse.json<ResponseOf<'listDepartments'>>(db.listDepartments()),
} satisfies Record<EndpointName, HttpResponseResolver>;

// Object.keys loses the key type; `satisfies` above already guarantees every endpoint has a resolver.
const endpointNames = Object.keys(resolvers) as EndpointName[];

export const handlers = [
  ...endpointNames.map((name) => http[endpoints[name].method](mswPath(endpoints[name].path), resolvers[name])),
  // Last: whatever the contract does not name is a JSON 404, as on the server.
  http.all(mswPath('/api/*'), ({ request }) =>
    HttpResponse.json(notFoundBody(`Route ${request.method} ${new URL(request.url).pathname}`), { status: 404 }),
  ),
];
