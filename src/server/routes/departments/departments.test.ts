import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Department } from '@/contract/departments.ts';
import { auditLog } from '../../db/schema.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testDatabases } from '../../testing/test-databases.ts';

describe.each(testDatabases)('an admin manages departments (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp({ databaseUrl });
    admin = await t.signIn('admin');
  });
  afterAll(async () => {
    await t?.close();
  });
  const audit = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.id));

  it('adds one, which everyone then sees, and records it', async () => {
    const res = await admin.send('POST', '/api/v1/departments', { id: 'town-twinning', name: { de: ' Städtepartnerschaften ', en: 'Town Twinning' } });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id: 'town-twinning', name: { de: 'Städtepartnerschaften', en: 'Town Twinning' } });
    const list = (await (await admin.request('/api/v1/departments')).json()) as Department[];
    expect(list.map((d) => d.id)).toContain('town-twinning');
    expect((await audit('department.created')).at(-1)).toMatchObject({
      actorUsername: 'admin',
      targetType: 'department',
      targetId: 'town-twinning',
      details: { name: { de: 'Städtepartnerschaften', en: 'Town Twinning' } },
    });
  });

  it('refuses an id that is taken (409) or not lower-case words joined by hyphens (422)', async () => {
    const taken = await admin.send('POST', '/api/v1/departments', { id: 'cultural-office', name: { de: 'Doppelt', en: 'Twice' } });
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ error: { code: 'conflict' } });
    const badId = await admin.send('POST', '/api/v1/departments', { id: 'Cultural Office', name: { de: 'X', en: 'X' } });
    expect(badId.status).toBe(422);
    expect(await badId.json()).toMatchObject({ error: { details: [{ path: 'body.id' }] } });
  });

  it('renames one, recording the old and the new name', async () => {
    const res = await admin.send('PATCH', '/api/v1/departments/cultural-office', { name: { de: 'Kulturbüro Hannover', en: 'Cultural Office Hannover' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: 'cultural-office', name: { de: 'Kulturbüro Hannover', en: 'Cultural Office Hannover' } });
    expect((await audit('department.updated')).at(-1)!.details).toEqual({
      changes: { name: { from: { de: 'Kulturbüro', en: 'Cultural Office' }, to: { de: 'Kulturbüro Hannover', en: 'Cultural Office Hannover' } } },
    });
  });

  it('answers 404 for a department that does not exist', async () => {
    const res = await admin.send('PATCH', '/api/v1/departments/no-such-office', { name: { de: 'X', en: 'X' } });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});
