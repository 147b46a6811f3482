import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@/contract/common.ts';
import type { Person } from '@/contract/people.ts';
import { auditLog, people } from '../../db/schema.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testDatabases } from '../../testing/test-databases.ts';

describe.each(testDatabases)('responsible people (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  let coordinator: TestClient;
  beforeAll(async () => {
    t = await createTestApp({ databaseUrl });
    coordinator = await t.signIn('coordinator');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a coordinator or an admin adds a person, with or without a department, and everyone signed in sees them by name', async () => {
    const admin = await t.signIn('admin');
    const added: Person[] = [];
    for (const [client, body] of [
      [coordinator, { name: '  Özlem Yıldız ', departmentId: 'youth-services' }],
      [admin, { name: 'Anna Zimmermann', departmentId: null }],
      [coordinator, { name: 'Ärne Ahrens', departmentId: 'cultural-office' }],
    ] as const) {
      const res = await client.send('POST', '/api/v1/people', body);
      expect(res.status).toBe(201);
      added.push((await res.json()) as Person);
    }
    expect(added[0]).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Özlem Yıldız', departmentId: 'youth-services' });

    const council = await t.signIn('council');
    const res = await council.request('/api/v1/people');
    expect(res.status).toBe(200);
    expect(((await res.json()) as Person[]).map((p) => p.name)).toEqual(['Anna Zimmermann', 'Ärne Ahrens', 'Özlem Yıldız']);
    const [created] = await t.db.select().from(auditLog).where(eq(auditLog.targetId, added[1]!.id));
    expect(created).toMatchObject({ action: 'person.created', actorUsername: 'admin', targetType: 'person', details: { name: 'Anna Zimmermann', departmentId: null } });
  });

  it('refuses department heads and council members, and records the refusal', async () => {
    const before = await t.db.$count(people);
    for (const username of ['head', 'council']) {
      const client = await t.signIn(username);
      const res = await client.send('POST', '/api/v1/people', { name: 'Max Mustermann', departmentId: null });
      expect(res.status).toBe(403);
      expect(((await res.json()) as ErrorBody).error.code).toBe('forbidden');
    }
    expect(await t.db.$count(people)).toBe(before);
    expect(await t.db.$count(auditLog, eq(auditLog.action, 'request.refused'))).toBe(2);
  });

  it('answers 422 for a department there is not, or no name', async () => {
    const unknown = await coordinator.send('POST', '/api/v1/people', { name: 'Max Mustermann', departmentId: 'no-such-office' });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as ErrorBody).error).toMatchObject({ code: 'validation_failed', details: [{ path: 'body.departmentId', code: 'unknown_department' }] });
    const nameless = await coordinator.send('POST', '/api/v1/people', { name: ' ', departmentId: null });
    expect(nameless.status).toBe(422);
    expect(await t.db.$count(people, eq(people.name, 'Max Mustermann'))).toBe(0);
  });
});
