import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpoints } from '@/contract/endpoints.ts';
import { createApp } from '@/server/app.ts';
import { isApiPath } from '@/server/lib/api-fallbacks.ts';
import { type Caller, callers, type Request, type Target, targets } from './targets.ts';

/**
 * The permission matrix: every route × caller with the status it must get. Written out by hand,
 * not derived from the contract's `access` field, so that a wrong `access` fails here; and a
 * route of the real app (its registered routes, not only the contract's) missing from this table
 * fails too, so nothing under /api ships unguarded.
 */
type Cell = {
  path: string;
  /** The public API reference is the real server's; the mocks do not serve it. */
  serverOnly?: true;
  body?: unknown;
  fresh?: boolean;
  /** Send If-Match with this measure's current ETag. */
  ifMatchOf?: string;
  expect: Record<Caller, number>;
};

const json = { 'content-type': 'application/json' };
const signedIn = (ok: number) => ({ anonymous: 401, council: ok, coordinator: ok, head: ok, admin: ok });
const adminOnly = (ok: number) => ({ anonymous: 401, council: 403, coordinator: 403, head: 403, admin: ok });
const everyone = (ok: number) => ({ anonymous: ok, council: ok, coordinator: ok, head: ok, admin: ok });
/** Coordinators and admins; a department head only where their department leads (ownDepartment). */
const editors = (ok: number, ownDepartment: boolean) => ({ anonymous: 401, council: 403, coordinator: ok, head: ownDepartment ? ok : 403, admin: ok });

/** Filled in before the cells run: an account the matrix may change freely. */
const subject = { id: '' };

const matrix: Record<string, (caller: Caller) => Cell[]> = {
  'get /api/v1/health': () => [{ path: '/api/v1/health', expect: everyone(200) }],
  // The public API reference: the OpenAPI document and the pages and files that show it.
  'get /api/v1/openapi.json': () => [{ path: '/api/v1/openapi.json', serverOnly: true, expect: everyone(200) }],
  'get /api/v1/docs': () => [{ path: '/api/v1/docs', serverOnly: true, expect: everyone(200) }],
  'get /api/v1/docs/': () => [{ path: '/api/v1/docs/', serverOnly: true, expect: everyone(301) }],
  'get /api/v1/docs/init.js': () => [{ path: '/api/v1/docs/init.js', serverOnly: true, expect: everyone(200) }],
  'get /api/v1/docs/{file}': () =>
    ['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png'].map((file) => ({ path: `/api/v1/docs/${file}`, serverOnly: true as const, expect: everyone(200) })),
  'get /api/v1/plan': () => [{ path: '/api/v1/plan', expect: signedIn(200) }],
  'get /api/v1/measures': () => [{ path: '/api/v1/measures?area=1', expect: signedIn(200) }],
  // 1.1 is led by the demo head's department, 3.1 by another one: reading is open to both.
  'get /api/v1/measures/{code}': () => [
    { path: '/api/v1/measures/1.1', expect: signedIn(200) },
    { path: '/api/v1/measures/3.1', expect: signedIn(200) },
  ],
  // Dates are the department head's to change for their department's measure; owners are not.
  'patch /api/v1/measures/{code}': () => [
    { path: '/api/v1/measures/1.1', ifMatchOf: '1.1', body: { targetDate: '2027-12-31' }, expect: editors(200, true) },
    { path: '/api/v1/measures/3.1', ifMatchOf: '3.1', body: { targetDate: '2027-12-31' }, expect: editors(200, false) },
    { path: '/api/v1/measures/1.1', ifMatchOf: '1.1', body: { contributors: ['youth-services'] }, expect: editors(200, false) },
    { path: '/api/v1/measures/1.1', ifMatchOf: '1.1', body: { activities: [{ code: '1.1.1', weight: 2 }] }, expect: editors(200, true) },
  ],
  'get /api/v1/measures/{code}/updates': () => [{ path: '/api/v1/measures/3.1/updates', expect: signedIn(200) }],
  'post /api/v1/measures/{code}/updates': () => [
    { path: '/api/v1/measures/1.1/updates', ifMatchOf: '1.1', body: { phase: 'planned', narrative: 'Matrix' }, expect: editors(201, true) },
    { path: '/api/v1/measures/3.1/updates', ifMatchOf: '3.1', body: { phase: 'planned', narrative: 'Matrix' }, expect: editors(201, false) },
  ],
  'get /api/v1/activities/{code}/updates': () => [{ path: '/api/v1/activities/3.1.1/updates', expect: signedIn(200) }],
  'post /api/v1/activities/{code}/updates': () => [
    { path: '/api/v1/activities/1.1.1/updates', ifMatchOf: '1.1', body: { progress: 10, narrative: 'Matrix' }, expect: editors(201, true) },
    { path: '/api/v1/activities/3.1.1/updates', ifMatchOf: '3.1', body: { progress: 10, narrative: 'Matrix' }, expect: editors(201, false) },
  ],
  'get /api/v1/audit': () => [
    { path: '/api/v1/audit?measure=1.1', expect: editors(200, true) },
    { path: '/api/v1/audit?measure=3.1', expect: editors(200, false) },
  ],
  'get /api/v1/stats/summary': () => [{ path: '/api/v1/stats/summary', expect: signedIn(200) }],
  'get /api/v1/stats/progress-history': () => [{ path: '/api/v1/stats/progress-history?interval=quarter', expect: signedIn(200) }],
  'get /api/v1/reports/status': () => [{ path: '/api/v1/reports/status?department=international-affairs', expect: signedIn(200) }],
  'get /api/v1/people': () => [{ path: '/api/v1/people', expect: signedIn(200) }],
  'post /api/v1/people': (caller) => [{ path: '/api/v1/people', body: { name: `Matrix ${caller}`, departmentId: null }, expect: editors(201, false) }],
  'get /api/v1/departments': () => [{ path: '/api/v1/departments', expect: signedIn(200) }],
  // Signing in again replaces the session the cookie named, so it gets a session of its own.
  'post /api/v1/session': () => [{ path: '/api/v1/session', fresh: true, body: { username: 'coordinator', password: 'hannover-2030' }, expect: everyone(200) }],
  'get /api/v1/session': () => [{ path: '/api/v1/session', expect: signedIn(200) }],
  'delete /api/v1/session': () => [{ path: '/api/v1/session', fresh: true, expect: signedIn(204) }],
  'get /api/v1/users': () => [{ path: '/api/v1/users', expect: adminOnly(200) }],
  'post /api/v1/users': (caller) => [
    {
      path: '/api/v1/users',
      body: { username: `matrix-${caller}`, name: 'Matrix', role: 'council', password: 'a long enough secret' },
      expect: adminOnly(201),
    },
  ],
  'patch /api/v1/users/{id}': () => [{ path: `/api/v1/users/${subject.id}`, body: { name: 'Matrix Subject' }, expect: adminOnly(200) }],
  'post /api/v1/users/{id}/password': () => [
    { path: `/api/v1/users/${subject.id}/password`, body: { password: 'yet another long secret' }, expect: adminOnly(204) },
  ],
  'post /api/v1/departments': (caller) => [
    { path: '/api/v1/departments', body: { id: `matrix-${caller}`, name: { de: 'Matrix', en: 'Matrix' } }, expect: adminOnly(201) },
  ],
  'patch /api/v1/departments/{id}': () => [
    { path: '/api/v1/departments/cultural-office', body: { name: { de: 'Kulturbüro', en: 'Cultural Office' } }, expect: adminOnly(200) },
  ],
};

const routeKeys = Object.values(endpoints).map((e) => `${e.method} ${e.path}`);

/** Every route the real app answers under /api, as `method /path/{param}`; building the app touches no database. */
const appRouteKeys = [
  ...new Set(
    createApp({ db: undefined as never, databaseKind: 'pglite' })
      .routes.filter((r) => r.method !== 'ALL' && isApiPath(r.path))
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
  ),
];

describe('the permission matrix covers every route', () => {
  it('has a row for every route the real app registers, the contract’s endpoints and the public reference alike', () => {
    expect(appRouteKeys.filter((key) => !(key in matrix))).toEqual([]);
    expect(routeKeys.filter((key) => !appRouteKeys.includes(key))).toEqual([]);
  });

  it('has no row for a route the app does not have', () => {
    expect(Object.keys(matrix).filter((key) => !appRouteKeys.includes(key))).toEqual([]);
  });
});

describe.each(targets)('permission matrix: $name', (factory) => {
  let target: Target;
  beforeAll(async () => {
    target = await factory.open({ demo: true });
    const admin = await target.as('admin');
    const res = await admin('/api/v1/users', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ username: 'matrix-subject', name: 'Matrix Subject', role: 'council', password: 'a long enough secret' }),
    });
    subject.id = ((await res.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await target?.close();
  });

  if (factory.database) {
    it('documents exactly the routes of the contract, so none exists outside the matrix', async () => {
      const doc = (await (await target.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>> };
      const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
      expect(documented.sort()).toEqual([...routeKeys].sort());
    });
  }

  const rows = Object.entries(matrix).flatMap(([route, cellsFor]) => callers.map((caller) => ({ route, caller, cellsFor })));
  it.each(rows)('$route as $caller', async ({ route, caller, cellsFor }) => {
    const method = route.split(' ')[0]?.toUpperCase() ?? 'GET';
    for (const cell of cellsFor(caller)) {
      if (cell.serverOnly && !target.database) continue;
      const request: Request = cell.fresh ? await target.signIn(caller) : await target.as(caller);
      const headers = new Headers(cell.body !== undefined ? json : {});
      if (cell.ifMatchOf) headers.set('if-match', (await target.request(`/api/v1/measures/${cell.ifMatchOf}`)).headers.get('etag') ?? '');
      const res = await request(cell.path, { method, headers, ...(cell.body !== undefined && { body: JSON.stringify(cell.body) }) });
      expect(res.status, `${method} ${cell.path} as ${caller}: ${await res.text()}`).toBe(cell.expect[caller]);
    }
  });
});
