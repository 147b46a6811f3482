import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditList } from '@/contract/audit.ts';
import type { ErrorBody } from '@/contract/common.ts';
import { auditLog } from '../../db/schema.ts';
import { writeCurrent } from '../../testing/measure-requests.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testDatabases } from '../../testing/test-databases.ts';

describe.each(testDatabases)('the audit trail of a measure (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  let coordinator: TestClient;
  let head: TestClient;
  beforeAll(async () => {
    // Demo leads: 1.1 is the demo head's department's, 3.1 another department's.
    t = await createTestApp({ databaseUrl, demo: true });
    coordinator = await t.signIn('coordinator');
    head = await t.signIn('head');
    const write = async (client: TestClient, method: 'POST' | 'PATCH', path: string, body: unknown, code: string, status: number) =>
      expect((await writeCurrent(client, method, path, body, code)).status, `${method} ${path}`).toBe(status);
    await write(coordinator, 'PATCH', '/api/v1/measures/1.1', { horizon: 'short', activities: [{ code: '1.1.2', weight: 3 }] }, '1.1', 200);
    await write(head, 'POST', '/api/v1/measures/1.1/updates', { phase: 'in_progress', health: 'at_risk', narrative: 'Verzögerung' }, '1.1', 201);
    await write(head, 'POST', '/api/v1/activities/1.1.1/updates', { phase: 'in_progress', progress: 25, narrative: '' }, '1.1', 201);
    // Refused: not part of the measure's trail.
    await write(head, 'PATCH', '/api/v1/measures/1.1', { goals: ['1'] }, '1.1', 403);
    await write(coordinator, 'POST', '/api/v1/measures/3.1/updates', { phase: 'planned', narrative: '' }, '3.1', 201);
  });
  afterAll(async () => {
    await t?.close();
  });

  const trail = async (client: TestClient, query: string) => {
    const res = await client.request(`/api/v1/audit?${query}`);
    return { status: res.status, body: (await res.json()) as AuditList & ErrorBody };
  };

  it('shows a coordinator every accepted write on the measure and its activities, newest first, with old and new values', async () => {
    const { status, body } = await trail(coordinator, 'measure=1.1');
    expect(status).toBe(200);
    expect(body.total).toBe(4);
    expect(body.items.map(({ actorUsername, action, measureCode, activityCode }) => ({ actorUsername, action, measureCode, activityCode }))).toEqual([
      { actorUsername: 'head', action: 'activity.progress_reported', measureCode: '1.1', activityCode: '1.1.1' },
      { actorUsername: 'head', action: 'measure.progress_reported', measureCode: '1.1', activityCode: null },
      { actorUsername: 'coordinator', action: 'activity.edited', measureCode: '1.1', activityCode: '1.1.2' },
      { actorUsername: 'coordinator', action: 'measure.edited', measureCode: '1.1', activityCode: null },
    ]);
    expect(body.items.map((e) => e.changes)).toEqual([
      [
        { field: 'phase', from: 'not_started', to: 'in_progress' },
        { field: 'progress', from: 0, to: 25 },
      ],
      [
        { field: 'phase', from: 'not_started', to: 'in_progress' },
        { field: 'health', from: null, to: 'at_risk' },
      ],
      [{ field: 'weight', from: 1, to: 3 }],
      [{ field: 'horizon', from: null, to: 'short' }],
    ]);
    expect(body.items.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);

    const page = await trail(coordinator, 'measure=1.1&limit=2&offset=1');
    expect(page.body).toEqual({ items: body.items.slice(1, 3), total: 4 });
  });

  it('shows an admin any measure’s trail, and a department head their department’s measures’ only', async () => {
    const admin = await t.signIn('admin');
    expect((await trail(admin, 'measure=3.1')).body.total).toBe(1);
    expect((await trail(head, 'measure=1.1')).body.total).toBe(4);

    const refusedBefore = await t.db.$count(auditLog, eq(auditLog.action, 'request.refused'));
    const other = await trail(head, 'measure=3.1');
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('forbidden');
    expect(await t.db.$count(auditLog, eq(auditLog.action, 'request.refused'))).toBe(refusedBefore + 1);
  });

  it('refuses council members any trail, before saying whether the measure exists', async () => {
    const council = await t.signIn('council');
    expect((await trail(council, 'measure=1.1')).status).toBe(403);
    expect((await trail(council, 'measure=9.9')).status).toBe(403);
    expect((await trail(coordinator, 'measure=9.9')).status).toBe(404);
    expect((await trail(head, 'measure=9.9')).status).toBe(404);
  });

  it('needs a measure, named by its code', async () => {
    for (const query of ['', 'measure=1', 'measure=1.1&limit=0', 'measure=1.1&actor=head']) {
      const { status, body } = await trail(coordinator, query);
      expect(status, query).toBe(400);
      expect(body.error.code).toBe('validation_failed');
    }
  });
});
