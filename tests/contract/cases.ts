import { expect } from 'vitest';
import type { z } from 'zod';
import { ErrorBody } from '@/contract/common.ts';
import { endpoints, type ResponseOf } from '@/contract/endpoints.ts';
import { badBody, type ContractCase, issuePaths, json, ok, refused } from './case-helpers.ts';
import { statsCases } from './stats-cases.ts';
import { writeCases } from './write-cases.ts';

export type { ContractCase, Sent } from './case-helpers.ts';

type Body<S extends z.ZodType> = z.infer<S>;

const measureCodes = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3'];

const listOf = (query: string, codes: string[]): ContractCase => ({
  name: `GET /measures?${query} lists ${codes.length ? codes.join(', ') : 'nothing'}`,
  path: `/api/v1/measures?${query}`,
  status: 200,
  schema: ok('listMeasures'),
  check: (body: ResponseOf<'listMeasures'>) => expect(body.map((m) => m.code)).toEqual(codes),
});

const badQuery = (query: string, path: string): ContractCase => ({
  name: `GET /measures?${query} is a 400 naming ${path}`,
  path: `/api/v1/measures?${query}`,
  status: 400,
  schema: ErrorBody,
  check: (body: Body<typeof ErrorBody>) => {
    expect(body.error.code).toBe('validation_failed');
    expect(issuePaths(body)).toContain(path);
    expect(body.error.message).toMatch(new RegExp(path.split('.').pop() as string));
  },
});

const login = (body: unknown, headers: Record<string, string> = json) => ({
  method: 'POST',
  path: '/api/v1/session',
  as: 'anonymous' as const,
  headers,
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const newUser = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ username: 'contract-user', name: 'Vertrag Test', role: 'coordinator', password: 'a long enough secret', ...over });
const unknownUserId = '00000000-0000-4000-8000-000000000000';



const readCases: ContractCase[] = [
  {
    name: 'GET /health says the server is up and which database it uses',
    path: '/api/v1/health',
    status: 200,
    schema: ok('getHealth'),
    check: (body: ResponseOf<'getHealth'>, _res, target) => {
      expect(body.status).toBe('ok');
      if (target.database) expect(body.database).toBe(target.database);
    },
  },
  {
    name: 'GET /plan has the whole plan: 3 goals, 4 areas, 13 measures, 31 activities, verbatim in both languages',
    path: '/api/v1/plan',
    status: 200,
    schema: ok('getPlan'),
    check: (plan: ResponseOf<'getPlan'>) => {
      expect(plan.title).toEqual({ de: 'Hannover – internationale Stadt', en: 'Hannover – International City' });
      expect(plan.goals.map((g) => g.code)).toEqual(['1', '2', '3']);
      expect(plan.areas.map((a) => a.code)).toEqual(['1', '2', '3', '4']);
      expect(plan.areas[2]?.shortTitle.de).toBe('Internationale Profilierung und Attraktivität');
      const measures = plan.areas.flatMap((a) => a.measures);
      expect(measures.map((m) => m.code)).toEqual(measureCodes);
      expect(measures.flatMap((m) => m.activities)).toHaveLength(31);
      const m12 = measures.find((m) => m.code === '1.2');
      expect(m12?.activities.map((a) => a.title.en)).toEqual(['Participation in European/international networks', 'membership of EUROCITIES']);
      expect(m12?.activities.map((a) => a.code)).toEqual(['1.2.1', '1.2.2']);
      expect(plan.reportingIntervalDays).toBe(90);
      // A fresh plan: nothing started, nothing assigned, and that is visible rather than an error.
      expect(measures.every((m) => m.phase === 'not_started' && m.health === null && m.progress === 0 && m.lead === null)).toBe(true);
      expect(plan.progress).toBe(0);
    },
  },
  listOf('', measureCodes),
  listOf('area=3', ['3.1', '3.2', '3.3', '3.4']),
  listOf('area=9', []),
  listOf('phase=not_started', measureCodes),
  listOf('phase=completed', []),
  listOf('health=at_risk', []),
  listOf('department=international-affairs', []),
  listOf('q=eurocities', ['1.2']),
  listOf('q=st%C3%A4dtepartnerschaften', ['1.1', '4.1']),
  listOf('q=Welcoming%20culture', ['3.3']),
  listOf('q=%25', []),
  listOf('area=2&q=datenbank', ['2.1']),
  {
    name: 'GET /measures lists summaries with owners and progress, without activities',
    path: '/api/v1/measures?area=1',
    status: 200,
    schema: ok('listMeasures'),
    check: (body: ResponseOf<'listMeasures'>) => {
      expect(body[0]).toMatchObject({ code: '1.1', areaCode: '1', lead: null, contributors: [], activityCount: 2, progressSource: 'computed' });
      expect('activities' in (body[0] ?? {})).toBe(false);
    },
  },
  badQuery('phase=bogus', 'query.phase'),
  badQuery('health=green', 'query.health'),
  badQuery('area=three', 'query.area'),
  badQuery('department=Not%20An%20Id', 'query.department'),
  badQuery('colour=red', 'query.colour'),
  {
    name: 'GET /measures/3.1 has its 5 activities and an ETag that stays while nothing changes',
    path: '/api/v1/measures/3.1',
    status: 200,
    schema: ok('getMeasure'),
    check: async (m: ResponseOf<'getMeasure'>, res, target) => {
      expect(m.code).toBe('3.1');
      expect(m.title).toEqual({ de: 'Attraktives internationales Profil', en: 'Attractive international profile' });
      expect(m.activities.map((a) => a.code)).toEqual(['3.1.1', '3.1.2', '3.1.3', '3.1.4', '3.1.5']);
      expect(m.activityCount).toBe(5);
      const etag = res.headers.get('etag');
      expect(etag).toMatch(/^"[^"]+"$/);
      const again = await target.request('/api/v1/measures/3.1');
      expect(again.headers.get('etag')).toBe(etag);
      const other = await target.request('/api/v1/measures/3.2');
      expect(other.headers.get('etag') === etag).toBe(false);
    },
  },
  {
    name: 'GET /measures/9.9 is a 404 for a measure that does not exist',
    path: '/api/v1/measures/9.9',
    status: 404,
    schema: ErrorBody,
    check: (body: Body<typeof ErrorBody>) => {
      expect(body.error.code).toBe('not_found');
      expect(body.error.message).toMatch(/9\.9/);
    },
  },
  {
    name: 'GET /measures/not-a-code is a 400 naming the path parameter',
    path: '/api/v1/measures/not-a-code',
    status: 400,
    schema: ErrorBody,
    check: (body: Body<typeof ErrorBody>) => expect(issuePaths(body)).toContain('params.code'),
  },
  {
    name: 'GET /departments lists the 7 departments the plan names, in both languages',
    path: '/api/v1/departments',
    status: 200,
    schema: ok('listDepartments'),
    check: (body: ResponseOf<'listDepartments'>) => {
      expect(body).toHaveLength(7);
      expect(body.find((d) => d.id === 'international-affairs')?.name).toEqual({
        de: 'Büro für internationale Angelegenheiten',
        en: 'International Affairs Office',
      });
    },
  },
  {
    name: 'an unknown API route is a JSON 404',
    path: '/api/v1/no-such-thing',
    status: 404,
    schema: ErrorBody,
    check: (body: Body<typeof ErrorBody>) => expect(body.error.code).toBe('not_found'),
  },

  // Sessions
  {
    name: 'GET /session says who is signed in, with a CSRF token',
    path: '/api/v1/session',
    status: 200,
    schema: endpoints.getSession.responses[200].schema,
    check: (body: ResponseOf<'getSession'>) => {
      expect(body.user).toMatchObject({ username: 'coordinator', role: 'coordinator', departmentId: null });
      expect(body.csrfToken.length).toBeGreaterThanOrEqual(16);
    },
  },
  {
    name: 'GET /session as the demo department head names their department',
    path: '/api/v1/session',
    as: 'head',
    status: 200,
    check: (body: ResponseOf<'getSession'>) => expect(body.user).toMatchObject({ role: 'department_head', departmentId: 'international-affairs' }),
  },
  refused('GET /session without signing in is a 401', { path: '/api/v1/session', as: 'anonymous', status: 401 }, 'unauthenticated'),
  refused('GET /plan without signing in is a 401', { path: '/api/v1/plan', as: 'anonymous', status: 401 }, 'unauthenticated'),
  refused('GET /measures/3.1 without signing in is a 401', { path: '/api/v1/measures/3.1', as: 'anonymous', status: 401 }, 'unauthenticated'),
  {
    name: 'POST /session with a wrong password is a 401, answered exactly as for an unknown user',
    ...login({ username: 'coordinator', password: 'not the password' }),
    status: 401,
    schema: ErrorBody,
    check: async (body: Body<typeof ErrorBody>, _res, target) => {
      expect(body.error.code).toBe('unauthenticated');
      const anonymous = await target.as('anonymous');
      const unknown = await anonymous('/api/v1/session', { method: 'POST', headers: json, body: JSON.stringify({ username: 'nobody-here', password: 'not the password' }) });
      expect(unknown.status).toBe(401);
      expect(await unknown.json()).toEqual(body);
    },
  },
  {
    name: 'POST /session with the right password starts a session with an HttpOnly cookie',
    ...login({ username: 'council', password: 'hannover-2030' }),
    status: 200,
    schema: endpoints.createSession.responses[200].schema,
    check: (body: ResponseOf<'createSession'>, res) => {
      expect(body.user.role).toBe('council');
      expect(res.headers.get('set-cookie') ?? '').toMatch(/^apt_session=[^;]+;.*HttpOnly/i);
      expect(res.headers.get('set-cookie') ?? '').toMatch(/SameSite=(Lax|Strict)/i);
    },
  },
  badBody('POST /session without a password is a 422 naming it', login({ username: 'coordinator' }), 'body.password'),
  badBody('POST /session with a field it does not take is a 422 naming it', login({ username: 'coordinator', password: 'x', role: 'admin' }), 'body.role'),
  refused('POST /session with a form body is a 415', { ...login('username=coordinator', { 'content-type': 'application/x-www-form-urlencoded' }), status: 415 }, 'unsupported_media_type'),
  refused('POST /session with broken JSON is a 400', { ...login('{"username":'), status: 400 }, 'invalid_json'),
  {
    name: 'DELETE /session ends the session on the server',
    method: 'DELETE',
    path: '/api/v1/session',
    as: 'anonymous',
    status: 401,
    check: async (_body: unknown, _res, target) => {
      const own = await target.signIn('council');
      expect((await own('/api/v1/session', { method: 'DELETE' })).status).toBe(204);
      expect((await own('/api/v1/session')).status).toBe(401);
    },
  },
  // Administration
  {
    name: 'GET /users lists the accounts for an admin',
    path: '/api/v1/users',
    as: 'admin',
    status: 200,
    schema: endpoints.listUsers.responses[200].schema,
    check: (body: ResponseOf<'listUsers'>) => {
      for (const username of ['admin', 'coordinator', 'council', 'head']) expect(body.map((u) => u.username)).toContain(username);
      expect(JSON.stringify(body)).not.toMatch(/password|hash|scrypt/i);
    },
  },
  refused('GET /users is refused to a council member', { path: '/api/v1/users', as: 'council', status: 403 }, 'forbidden'),
  refused('GET /users is refused to a coordinator', { path: '/api/v1/users', status: 403 }, 'forbidden'),
  refused('GET /users without signing in is a 401', { path: '/api/v1/users', as: 'anonymous', status: 401 }, 'unauthenticated'),
  {
    name: 'POST /users creates an account, and the same username again is a 409',
    method: 'POST',
    path: '/api/v1/users',
    as: 'admin',
    headers: json,
    body: newUser(),
    status: 201,
    schema: endpoints.createUser.responses[201].schema,
    check: async (body: ResponseOf<'createUser', 201>, _res, target) => {
      expect(body).toMatchObject({ username: 'contract-user', role: 'coordinator', disabled: false, departmentId: null });
      const admin = await target.as('admin');
      const again = await admin('/api/v1/users', { method: 'POST', headers: json, body: newUser() });
      expect(again.status).toBe(409);
      expect(((await again.json()) as Body<typeof ErrorBody>).error.code).toBe('conflict');
      const renamed = await admin(`/api/v1/users/${body.id}`, { method: 'PATCH', headers: json, body: JSON.stringify({ name: 'Umbenannt' }) });
      expect(renamed.status).toBe(200);
      expect(((await renamed.json()) as ResponseOf<'updateUser'>).name).toBe('Umbenannt');
      const reset = await admin(`/api/v1/users/${body.id}/password`, { method: 'POST', headers: json, body: JSON.stringify({ password: 'another long secret' }) });
      expect(reset.status).toBe(204);
      const disabled = await admin(`/api/v1/users/${body.id}`, { method: 'PATCH', headers: json, body: JSON.stringify({ disabled: true }) });
      expect(((await disabled.json()) as ResponseOf<'updateUser'>).disabled).toBe(true);
      const anonymous = await target.as('anonymous');
      const signIn = await anonymous('/api/v1/session', { method: 'POST', headers: json, body: JSON.stringify({ username: 'contract-user', password: 'another long secret' }) });
      expect(signIn.status).toBe(401);
    },
  },
  badBody('POST /users with a short password is a 422 naming it', { method: 'POST', path: '/api/v1/users', as: 'admin', headers: json, body: newUser({ username: 'short-pw', password: 'too short' }) }, 'body.password'),
  badBody(
    'POST /users for a department head without a department is a 422 naming it',
    { method: 'POST', path: '/api/v1/users', as: 'admin', headers: json, body: newUser({ username: 'no-dept', role: 'department_head' }) },
    'body.departmentId',
  ),
  badBody('POST /users with a field it does not take is a 422', { method: 'POST', path: '/api/v1/users', as: 'admin', headers: json, body: newUser({ username: 'extra', isAdmin: true }) }, 'body.isAdmin'),
  refused(
    'POST /users with a wrong CSRF token is a 403',
    { method: 'POST', path: '/api/v1/users', as: 'admin', headers: { ...json, 'x-csrf-token': 'forged' }, body: newUser({ username: 'csrf-user' }), status: 403 },
    'csrf_failed',
  ),
  refused('POST /users by a coordinator is a 403', { method: 'POST', path: '/api/v1/users', headers: json, body: newUser({ username: 'by-coordinator' }), status: 403 }, 'forbidden'),
  refused('PATCH /users/{id} for an unknown account is a 404', { method: 'PATCH', path: `/api/v1/users/${unknownUserId}`, as: 'admin', headers: json, body: '{"name":"X"}', status: 404 }, 'not_found'),
  badBody('PATCH /users/{id} with a malformed id is a 400 naming it', { method: 'PATCH', path: '/api/v1/users/42', as: 'admin', headers: json, body: '{"name":"X"}' }, 'params.id', 400),
  {
    name: 'POST /departments adds a department, a rename changes both names, and an existing id is a 409',
    method: 'POST',
    path: '/api/v1/departments',
    as: 'admin',
    headers: json,
    body: JSON.stringify({ id: 'europe-office', name: { de: 'Europabüro', en: 'Europe Office' } }),
    status: 201,
    schema: endpoints.createDepartment.responses[201].schema,
    check: async (body: ResponseOf<'createDepartment', 201>, _res, target) => {
      expect(body).toEqual({ id: 'europe-office', name: { de: 'Europabüro', en: 'Europe Office' } });
      const admin = await target.as('admin');
      const again = await admin('/api/v1/departments', { method: 'POST', headers: json, body: JSON.stringify(body) });
      expect(again.status).toBe(409);
      const renamed = await admin('/api/v1/departments/europe-office', { method: 'PATCH', headers: json, body: JSON.stringify({ name: { de: 'Büro für Europa', en: 'Office for Europe' } }) });
      expect(renamed.status).toBe(200);
      const list = (await (await target.request('/api/v1/departments')).json()) as ResponseOf<'listDepartments'>;
      expect(list.find((d) => d.id === 'europe-office')?.name.de).toBe('Büro für Europa');
    },
  },
  refused('PATCH /departments/{id} for an unknown department is a 404', { method: 'PATCH', path: '/api/v1/departments/no-such-office', as: 'admin', headers: json, body: '{"name":{"de":"A","en":"B"}}', status: 404 }, 'not_found'),
  refused('POST /departments by a department head is a 403', { method: 'POST', path: '/api/v1/departments', as: 'head', headers: json, body: '{"id":"x","name":{"de":"A","en":"B"}}', status: 403 }, 'forbidden'),
];

export const cases: ContractCase[] = [...readCases, ...writeCases, ...statsCases];
