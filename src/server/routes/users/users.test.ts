import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@/contract/users.ts';
import { demoPassword } from '@/lib/demo-data.ts';
import { auditLog, sessions, users } from '../../db/schema.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testDatabases } from '../../testing/test-databases.ts';

describe.each(testDatabases)('an admin manages accounts (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  let admin: TestClient;
  const idOf = async (username: string) => (await t.db.select().from(users).where(eq(users.username, username)))[0]!.id;
  const auditFor = async (action: string, targetId: string) =>
    t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.id)).then((rows) => rows.filter((r) => r.targetId === targetId));

  beforeAll(async () => {
    t = await createTestApp({ databaseUrl });
    admin = await t.signIn('admin');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists every account by username, without any password hash', async () => {
    const res = await admin.request('/api/v1/users');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toMatch(/scrypt|password/i);
    const list = JSON.parse(text) as User[];
    expect(list.map((u) => [u.username, u.role, u.departmentId, u.disabled])).toEqual([
      ['admin', 'admin', null, false],
      ['coordinator', 'coordinator', null, false],
      ['council', 'council', null, false],
      ['head', 'department_head', 'international-affairs', false],
    ]);
    expect(list[0]!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('creates an account that can sign in, and records who created it, never the password', async () => {
    const res = await admin.send('POST', '/api/v1/users', {
      username: 'e.mustermann',
      name: 'Erika Mustermann',
      role: 'department_head',
      departmentId: 'cultural-office',
      password: 'ein-langes-passwort',
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as User;
    expect(created).toMatchObject({ username: 'e.mustermann', name: 'Erika Mustermann', role: 'department_head', departmentId: 'cultural-office', disabled: false });

    const erika = await t.signIn('e.mustermann', 'ein-langes-passwort');
    expect(await (await erika.request('/api/v1/session')).json()).toMatchObject({ user: { role: 'department_head', departmentId: 'cultural-office' } });

    const [entry] = await auditFor('user.created', created.id);
    expect(entry).toMatchObject({
      actorUsername: 'admin',
      targetType: 'user',
      details: { username: 'e.mustermann', name: 'Erika Mustermann', role: 'department_head', departmentId: 'cultural-office' },
    });
    expect(JSON.stringify(await t.db.select().from(auditLog))).not.toMatch(/ein-langes-passwort|scrypt/);
  });

  it('refuses a taken username (409), an unknown department and a short password (422)', async () => {
    const base = { name: 'Someone', role: 'coordinator', password: 'long-enough-password' };
    const taken = await admin.send('POST', '/api/v1/users', { ...base, username: 'council' });
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ error: { code: 'conflict' } });

    const nowhere = await admin.send('POST', '/api/v1/users', { ...base, username: 'someone', role: 'department_head', departmentId: 'no-such-office' });
    expect(nowhere.status).toBe(422);
    expect(await nowhere.json()).toMatchObject({ error: { details: [{ path: 'body.departmentId', code: 'unknown_department' }] } });

    const short = await admin.send('POST', '/api/v1/users', { ...base, username: 'someone', password: 'short' });
    expect(short.status).toBe(422);
    expect(await short.json()).toMatchObject({ error: { details: [{ path: 'body.password' }] } });
    expect(await t.db.$count(users, eq(users.username, 'someone'))).toBe(0);
  });

  it('changes name, role and department, applies the role at the user’s next request, and records old and new values', async () => {
    const council = await t.signIn('council');
    const id = await idOf('council');
    expect((await council.request('/api/v1/users')).status).toBe(403);

    const res = await admin.send('PATCH', `/api/v1/users/${id}`, { role: 'department_head', departmentId: 'youth-services', name: 'Rainer Rat' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ role: 'department_head', departmentId: 'youth-services', name: 'Rainer Rat' });
    expect(await (await council.request('/api/v1/session')).json()).toMatchObject({ user: { role: 'department_head', departmentId: 'youth-services' } });

    // Back to council: the department goes with the role.
    expect(await (await admin.send('PATCH', `/api/v1/users/${id}`, { role: 'council' })).json()).toMatchObject({ role: 'council', departmentId: null });

    const [first, second] = await auditFor('user.updated', id);
    expect(first!.details).toEqual({
      username: 'council',
      changes: {
        name: { from: 'Rainer Rat (Demo)', to: 'Rainer Rat' },
        role: { from: 'council', to: 'department_head' },
        departmentId: { from: null, to: 'youth-services' },
      },
    });
    expect(second!.details).toMatchObject({ changes: { role: { from: 'department_head', to: 'council' }, departmentId: { from: 'youth-services', to: null } } });
  });

  it('refuses a department for a role that has none, and a department head without one', async () => {
    const id = await idOf('coordinator');
    const res = await admin.send('PATCH', `/api/v1/users/${id}`, { departmentId: 'cultural-office' });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: { details: [{ path: 'body.departmentId', code: 'department_mismatch' }] } });
    expect((await admin.send('PATCH', `/api/v1/users/${id}`, { role: 'department_head' })).status).toBe(422);
  });

  it('ends every session of an account it disables, at once; the account cannot sign in until enabled again', async () => {
    const coordinator = await t.signIn('coordinator');
    const id = await idOf('coordinator');
    const res = await admin.send('PATCH', `/api/v1/users/${id}`, { disabled: true });
    expect(await res.json()).toMatchObject({ disabled: true });
    expect(await t.db.$count(sessions, eq(sessions.userId, id))).toBe(0);
    expect((await coordinator.request('/api/v1/plan')).status).toBe(401);
    expect((await t.login('coordinator', demoPassword)).status).toBe(401);

    const [entry] = await auditFor('user.updated', id);
    expect(entry!.details).toEqual({ username: 'coordinator', changes: { disabled: { from: false, to: true } }, sessionsEnded: 1 });

    await admin.send('PATCH', `/api/v1/users/${id}`, { disabled: false });
    expect((await t.login('coordinator', demoPassword)).status).toBe(200);
  });

  it('resets a password: the old one stops working and the account’s sessions end', async () => {
    const head = await t.signIn('head');
    const id = await idOf('head');
    const res = await admin.send('POST', `/api/v1/users/${id}/password`, { password: 'a-brand-new-password' });
    expect(res.status).toBe(204);
    expect((await head.request('/api/v1/plan')).status).toBe(401);
    expect((await t.login('head', demoPassword)).status).toBe(401);
    expect((await t.login('head', 'a-brand-new-password')).status).toBe(200);
    const [entry] = await auditFor('user.password_reset', id);
    expect(entry).toMatchObject({ actorUsername: 'admin', details: { username: 'head', sessionsEnded: 1 } });
    expect(JSON.stringify(entry)).not.toMatch(/a-brand-new-password|scrypt/);
  });

  it('keeps an admin who resets their own password signed in where they did it', async () => {
    const elsewhere = await t.signIn('admin');
    const res = await admin.send('POST', `/api/v1/users/${await idOf('admin')}/password`, { password: demoPassword + '-changed' });
    expect(res.status).toBe(204);
    expect((await admin.request('/api/v1/users')).status).toBe(200);
    expect((await elsewhere.request('/api/v1/users')).status).toBe(401);
  });

  it('will not let an admin disable themself or give up their own admin role, so someone can always undo a mistake', async () => {
    const id = await idOf('admin');
    for (const [change, field] of [[{ disabled: true }, 'disabled'], [{ role: 'coordinator' }, 'role']] as const) {
      const res = await admin.send('PATCH', `/api/v1/users/${id}`, change);
      expect(res.status).toBe(422);
      const body = (await res.json()) as { error: { message: string; details: { path: string }[] } };
      expect(body.error.details[0]!.path).toBe(`body.${field}`);
      expect(body.error.message).toMatch(/your own/);
    }
    expect(await (await admin.request('/api/v1/session')).json()).toMatchObject({ user: { role: 'admin' } });
  });

  it('answers 404 for an account that does not exist, and 400 for an id that cannot be one', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await admin.send('PATCH', `/api/v1/users/${missing}`, { name: 'Nobody' })).status).toBe(404);
    expect((await admin.send('POST', `/api/v1/users/${missing}/password`, { password: 'long-enough-password' })).status).toBe(404);
    const bad = await admin.send('PATCH', '/api/v1/users/42', { name: 'Nobody' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { details: [{ path: 'params.id' }] } });
  });
});
