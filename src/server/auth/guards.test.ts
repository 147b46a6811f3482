import { OpenAPIHono } from '@hono/zod-openapi';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Endpoint, endpoints } from '@/contract/endpoints.ts';
import { assertEveryApiRouteIsGuarded, createApp } from '../app.ts';
import { auditLog, departments, sessions, users } from '../db/schema.ts';
import { routeFromEndpoint } from '../lib/route-from-endpoint.ts';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { testDatabases } from '../testing/test-databases.ts';

const SOME_UUID = '00000000-0000-4000-8000-000000000000';

/** A request path for an endpoint, its parameters filled in with well-formed values. */
const pathOf = (e: Endpoint) =>
  e.path
    .replace('{code}', e.path.startsWith('/api/v1/activities') ? '3.1.1' : '3.1')
    .replace('{id}', e.path.startsWith('/api/v1/users') ? SOME_UUID : 'cultural-office') + (e === endpoints.listAudit ? '?measure=3.1' : '');

const everything = (t: TestApp) =>
  Promise.all([
    t.db.select().from(users).orderBy(asc(users.username)),
    t.db.select().from(departments).orderBy(asc(departments.id)),
    t.db.select({ userId: sessions.userId }).from(sessions).orderBy(asc(sessions.userId)),
  ]);

describe.each(testDatabases)('who may call what (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  let council: TestClient;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp({ databaseUrl });
    [council, admin] = [await t.signIn('council'), await t.signIn('admin')];
  });
  afterAll(async () => {
    await t?.close();
  });

  const refusals = () => t.db.select().from(auditLog).where(eq(auditLog.action, 'request.refused')).orderBy(asc(auditLog.id));

  it('asks for a session on every endpoint but the health check and sign-in, and records the refusal', async () => {
    const before = await everything(t);
    const open: string[] = [];
    for (const [name, e] of Object.entries(endpoints)) {
      const res = await t.request(pathOf(e), { method: e.method.toUpperCase() });
      if (e.access === 'public') {
        open.push(name);
        expect(res.status, name).not.toBe(401);
      } else {
        expect(res.status, name).toBe(401);
        expect(await res.json()).toMatchObject({ error: { code: 'unauthenticated' } });
      }
    }
    expect(open).toEqual(['getHealth', 'createSession']);
    expect(await everything(t)).toEqual(before);

    const [first] = await refusals();
    expect(first).toMatchObject({ actorUserId: null, address: 'unknown', details: { method: 'GET', path: '/api/v1/plan', status: 401, code: 'unauthenticated' } });
  });

  it('does not count asking who is signed in, without a cookie, as a refused request', async () => {
    const before = (await refusals()).length;
    expect((await t.request('/api/v1/session')).status).toBe(401);
    expect(await refusals()).toHaveLength(before);
  });

  it('lets every signed-in role read, and only admins administer; a refused change changes nothing and is recorded', async () => {
    for (const e of Object.values(endpoints).filter((e) => e.access === 'signed_in' && e.method === 'get')) {
      // The audit trail is the one thing to read that council members may not (see audit.test.ts).
      expect((await council.request(pathOf(e))).status, e.path).toBe(e === endpoints.listAudit ? 403 : 200);
    }
    const before = await everything(t);
    for (const e of Object.values(endpoints).filter((e) => e.access === 'admin')) {
      const res = e.method === 'get' ? await council.request(pathOf(e)) : await council.send(e.method.toUpperCase() as 'POST', pathOf(e), {});
      expect(res.status, `${e.method} ${e.path}`).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect(await everything(t)).toEqual(before);
    const last = (await refusals()).at(-1)!;
    expect(last).toMatchObject({ actorUsername: 'council', details: { method: 'PATCH', path: '/api/v1/departments/cultural-office', status: 403, code: 'forbidden' } });
  });

  it('refuses a state-changing request without the session’s CSRF token, or with a wrong one, and changes nothing', async () => {
    const newDepartment = JSON.stringify({ id: 'town-twinning', name: { de: 'Städtepartnerschaften', en: 'Town Twinning' } });
    const post = (headers: Record<string, string>) =>
      admin.request('/api/v1/departments', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: newDepartment });
    const before = await everything(t);
    for (const headers of [{ 'X-CSRF-Token': '' }, { 'X-CSRF-Token': 'guessed' }, { 'X-CSRF-Token': council.csrfToken }, { 'X-CSRF-Token': `${admin.csrfToken}x` }]) {
      const res = await post(headers);
      expect(res.status).toBe(403);
      expect(await res.json()).toMatchObject({ error: { code: 'csrf_failed' } });
    }
    // Without the header at all; the client adds it to anything but GET unless told otherwise.
    const bare = await t.request('/api/v1/departments', { method: 'POST', headers: { Cookie: admin.cookie, 'Content-Type': 'application/json' }, body: newDepartment });
    expect(bare.status).toBe(403);
    const signOut = await t.request('/api/v1/session', { method: 'DELETE', headers: { Cookie: admin.cookie } });
    expect(signOut.status).toBe(403);
    expect(await everything(t)).toEqual(before);
    expect((await refusals()).at(-1)).toMatchObject({ actorUsername: 'admin', details: { method: 'DELETE', status: 403, code: 'csrf_failed' } });

    expect((await post({ 'X-CSRF-Token': admin.csrfToken })).status).toBe(201);
  });

  it('takes bodies as JSON only, says when it is broken, and refuses fields the endpoint does not have', async () => {
    const patch = (body: string | Uint8Array<ArrayBuffer>, contentType?: string) =>
      admin.request('/api/v1/departments/cultural-office', { method: 'PATCH', body, headers: contentType ? { 'Content-Type': contentType } : {} });
    const rename = JSON.stringify({ name: { de: 'Kulturbüro', en: 'Cultural Office' } });
    expect((await patch(rename, 'text/plain')).status).toBe(415);
    // Bytes, so that nothing adds a Content-Type of its own.
    const untyped = await patch(new TextEncoder().encode(rename));
    expect(untyped.status).toBe(415);
    expect(await untyped.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
    expect((await patch(rename, 'application/json; charset=utf-8')).status).toBe(200);
    expect(await (await patch('{"name":', 'application/json')).json()).toMatchObject({ error: { code: 'invalid_json' } });

    // No mass assignment: a field the contract does not name is refused, not ignored.
    const res = await admin.send('POST', '/api/v1/users', {
      username: 'mallory',
      name: 'Mallory',
      role: 'council',
      password: 'long-enough-password',
      disabled: false,
      passwordHash: 'x',
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: { code: string; details: { path: string }[] } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.map((d) => d.path).sort()).toEqual(['body.disabled', 'body.passwordHash']);
    expect(await t.db.$count(users, eq(users.username, 'mallory'))).toBe(0);
  });
});

describe('an API route outside the contract’s guards', () => {
  it('stops the app from being built', () => {
    const app = new OpenAPIHono();
    const guarded = routeFromEndpoint('getPlan', endpoints.getPlan);
    app.openapi(guarded, (c) => c.json({} as never, 200));
    const others = Object.entries(endpoints).filter(([name]) => name !== 'getPlan');
    for (const [name, e] of others) app.openapi(routeFromEndpoint(name, e), (c) => c.body(null, 204));

    expect(() => assertEveryApiRouteIsGuarded(app.routes)).not.toThrow();
    app.get('/api/v1/secrets', (c) => c.text('all of them'));
    expect(() => assertEveryApiRouteIsGuarded(app.routes)).toThrow(
      /GET \/api\/v1\/secrets is not an endpoint of src\/contract\/endpoints\.ts/,
    );

    const partial = new OpenAPIHono();
    partial.get('/api/v1/plan', (c) => c.text('no guard'));
    expect(() => assertEveryApiRouteIsGuarded(partial.routes)).toThrow(/GET \/api\/v1\/plan was registered without its guard/);
  });

  it('is not in the real app', () => {
    // Building the app touches no database.
    expect(() => createApp({ db: undefined as never, databaseKind: 'pglite' })).not.toThrow();
  });
});
