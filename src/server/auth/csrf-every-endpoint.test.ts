import { eq, is, ne } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EndpointName, endpoints } from '@/contract/endpoints.ts';
import type { Database } from '../db/database.ts';
import * as schema from '../db/schema.ts';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { CSRF_HEADER } from './guards.ts';

/**
 * Every state-changing endpoint that needs a session, taken from the contract, refuses a
 * request without the session's CSRF token (403 csrf_failed) and a body that is not JSON (415),
 * and changes nothing either way. guards.test.ts tries the variants on one endpoint; this one
 * tries every endpoint, so that none can be registered with a weaker guard.
 */
const stateChanging = (Object.entries(endpoints) as [EndpointName, (typeof endpoints)[EndpointName]][])
  .filter(([, e]) => e.method !== 'get' && e.access !== 'public')
  .map(([name]) => name);

type Call = { path: string; body?: unknown; ifMatchOf?: string };

/** Filled in before the calls: an account they may change. */
const subject = { id: '' };

/** A request each endpoint would accept from an admin with the token: what is refused is refused for the token or the type alone. */
const calls: Record<string, () => Call> = {
  updateMeasure: () => ({ path: '/api/v1/measures/1.1', ifMatchOf: '1.1', body: { targetDate: '2027-12-31' } }),
  createMeasureUpdate: () => ({ path: '/api/v1/measures/1.1/updates', ifMatchOf: '1.1', body: { phase: 'planned', narrative: 'CSRF' } }),
  createActivityUpdate: () => ({ path: '/api/v1/activities/1.1.1/updates', ifMatchOf: '1.1', body: { progress: 10, narrative: 'CSRF' } }),
  createPerson: () => ({ path: '/api/v1/people', body: { name: 'CSRF Person', departmentId: null } }),
  deleteSession: () => ({ path: '/api/v1/session' }),
  createUser: () => ({ path: '/api/v1/users', body: { username: 'csrf-user', name: 'CSRF', role: 'council', password: 'a long enough secret' } }),
  updateUser: () => ({ path: `/api/v1/users/${subject.id}`, body: { name: 'CSRF Subject' } }),
  resetUserPassword: () => ({ path: `/api/v1/users/${subject.id}/password`, body: { password: 'yet another long secret' } }),
  createDepartment: () => ({ path: '/api/v1/departments', body: { id: 'csrf-office', name: { de: 'CSRF-Amt', en: 'CSRF Office' } } }),
  updateDepartment: () => ({ path: '/api/v1/departments/cultural-office', body: { name: { de: 'Kulturbüro', en: 'Cultural Office' } } }),
};

/** Every table but the audit log, whose refusals are checked on their own; rows sorted, so that order does not matter. */
async function everyTable(db: Database) {
  const tables = Object.entries(schema).filter(([, value]) => is(value, PgTable)) as [string, PgTable][];
  const snapshot: Record<string, string[]> = {};
  for (const [name, table] of tables) {
    if (table === schema.auditLog) continue;
    snapshot[name] = (await db.select().from(table)).map((row) => JSON.stringify(row)).sort();
  }
  return snapshot;
}

describe('CSRF token and JSON on every state-changing endpoint', () => {
  let t: TestApp;
  let admin: TestClient;
  // A fixed clock: no session's last-seen time moves while the tables are compared.
  const now = new Date('2026-03-02T08:00:00Z');
  beforeAll(async () => {
    t = await createTestApp({ demo: true, clock: () => now });
    admin = await t.signIn('admin');
    subject.id = (await t.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, 'council')))[0]!.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The request an admin's browser would send for this endpoint, headers to be adjusted. */
  const requestFor = async (name: EndpointName) => {
    const e = endpoints[name];
    const call = calls[name]!();
    const headers = new Headers({ Cookie: admin.cookie, [CSRF_HEADER]: admin.csrfToken });
    if (call.body !== undefined) headers.set('Content-Type', 'application/json');
    if (call.ifMatchOf) headers.set('If-Match', (await admin.request(`/api/v1/measures/${call.ifMatchOf}`)).headers.get('ETag') ?? '');
    return { path: call.path, headers, hasBody: call.body !== undefined, init: { method: e.method.toUpperCase(), ...(call.body !== undefined && { body: JSON.stringify(call.body) }) } };
  };

  const refusedSince = (id: number) =>
    t.db
      .select({ details: schema.auditLog.details, actor: schema.auditLog.actorUsername })
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'request.refused'))
      .then((rows) => rows.slice(id));
  const otherAuditRows = () => t.db.$count(schema.auditLog, ne(schema.auditLog.action, 'request.refused'));

  it('knows a valid request for every one of them', () => {
    expect(stateChanging.length).toBeGreaterThan(5);
    expect(Object.keys(calls).sort()).toEqual([...stateChanging].sort());
  });

  it('refuses each without the X-CSRF-Token header with 403 csrf_failed, records it, and changes nothing', async () => {
    const before = await everyTable(t.db);
    const [auditBefore, refusalsBefore] = [await otherAuditRows(), (await refusedSince(0)).length];
    for (const name of stateChanging) {
      const { path, headers, init } = await requestFor(name);
      headers.delete(CSRF_HEADER);
      const res = await t.request(path, { ...init, headers });
      expect(res.status, name).toBe(403);
      expect(await res.json(), name).toMatchObject({ error: { code: 'csrf_failed' } });
    }
    expect(await everyTable(t.db)).toEqual(before);
    expect(await otherAuditRows()).toBe(auditBefore);
    const refusals = await refusedSince(refusalsBefore);
    expect(refusals).toHaveLength(stateChanging.length);
    expect(refusals.every((r) => r.actor === 'admin' && (r.details as { code: string }).code === 'csrf_failed')).toBe(true);
  });

  it('refuses each that takes a body, sent as text/plain with the token, with 415, and changes nothing', async () => {
    const before = await everyTable(t.db);
    const auditBefore = await t.db.$count(schema.auditLog);
    const withBody: EndpointName[] = [];
    for (const name of stateChanging) {
      const { path, headers, init, hasBody } = await requestFor(name);
      if (!hasBody) continue;
      withBody.push(name);
      headers.set('Content-Type', 'text/plain');
      const res = await t.request(path, { ...init, headers });
      expect(res.status, name).toBe(415);
      expect(await res.json(), name).toMatchObject({ error: { code: 'unsupported_media_type' } });
    }
    expect(withBody).toEqual(stateChanging.filter((name) => 'body' in endpoints[name]));
    expect(await everyTable(t.db)).toEqual(before);
    expect(await t.db.$count(schema.auditLog)).toBe(auditBefore);
  });

  it('accepts each, with the token and as JSON, so that the refusals above were for the token or the type alone', async () => {
    // Signing out last: it ends the session the others are sent in.
    for (const name of [...stateChanging.filter((n) => n !== 'deleteSession'), 'deleteSession' as const]) {
      const { path, headers, init } = await requestFor(name);
      const res = await t.request(path, { ...init, headers });
      expect(res.status, `${name}: ${await res.clone().text()}`).toBeLessThan(300);
    }
  });
});
