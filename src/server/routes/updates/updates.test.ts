import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@/contract/common.ts';
import type { Measure, ProgressUpdateList, ProgressUpdateResult } from '@/contract/measures.ts';
import { berlinDate } from '@/lib/freshness.ts';
import { auditLog, measures, progressUpdates } from '../../db/schema.ts';
import { measureOf, writeAs, writeCurrent } from '../../testing/measure-requests.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testDatabases } from '../../testing/test-databases.ts';

const days = (n: number) => n * 24 * 60 * 60 * 1000;

/** A clock the story moves on, instead of waiting three months; it starts now, after the plan was loaded. */
function testClock() {
  let now = new Date();
  return { now: () => now, iso: () => now.toISOString(), advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe.each(testDatabases)('progress updates (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  let coordinator: TestClient;
  let head: TestClient;
  const clock = testClock();
  beforeAll(async () => {
    // The story spans months on its clock; the sessions must outlast it.
    t = await createTestApp({ databaseUrl, clock: clock.now, demo: true, auth: { sessionIdleMinutes: 365 * 24 * 60, sessionMaxHours: 365 * 24 } });
    coordinator = await t.signIn('coordinator');
    head = await t.signIn('head');
  });
  afterAll(async () => {
    await t?.close();
  });

  const historyRows = (code: string) =>
    t.db
      .select({ row: progressUpdates })
      .from(progressUpdates)
      .innerJoin(measures, eq(measures.id, progressUpdates.measureId))
      .where(eq(measures.code, code))
      .orderBy(asc(progressUpdates.id))
      .then((rows) => rows.map((r) => r.row));
  const auditRows = (code: string) =>
    t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'measure'), sql`${auditLog.details}->>'measureCode' = ${code}`))
      .orderBy(asc(auditLog.id));
  const post = (client: TestClient, path: string, body: unknown, measureCode: string) => writeCurrent(client, 'POST', path, body, measureCode);

  it('a coordinator sets 3.1 in progress and at risk: the state changes, and history and audit trail each gain exactly one entry', async () => {
    const before = await measureOf(coordinator, '3.1');
    const res = await writeAs(coordinator, 'POST', '/api/v1/measures/3.1/updates', { phase: 'in_progress', health: 'at_risk', narrative: '  Personalengpass im Sommer  ' }, before.etag);
    expect(res.status).toBe(201);
    const { update, measure } = (await res.json()) as ProgressUpdateResult;

    expect(update).toEqual({
      id: expect.any(Number),
      measureCode: '3.1',
      activityCode: null,
      at: clock.iso(),
      author: { username: 'coordinator', name: 'Alex Koordination (Demo)' },
      narrative: 'Personalengpass im Sommer',
      changes: [
        { field: 'phase', from: 'not_started', to: 'in_progress' },
        { field: 'health', from: null, to: 'at_risk' },
      ],
      phase: 'in_progress',
      health: 'at_risk',
      progress: 0,
    });
    expect(measure).toMatchObject({ phase: 'in_progress', health: 'at_risk', lastUpdateAt: clock.iso(), stale: false });
    expect(res.headers.get('ETag')).toBe(measure.etag);
    expect(measure.etag).not.toBe(before.etag);
    expect(await measureOf(coordinator, '3.1')).toEqual({ measure, etag: measure.etag });

    const history = await historyRows('3.1');
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ authorUsername: 'coordinator', activityId: null, phase: 'in_progress', health: 'at_risk', progress: 0, measureProgress: 0 });
    const audit = await auditRows('3.1');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'measure.progress_reported',
      actorUsername: 'coordinator',
      details: { measureCode: '3.1', activityCode: null, changes: update.changes },
    });
  });

  it('an update on an activity changes the activity and the measure’s computed progress, and is the measure’s last update too', async () => {
    clock.advance(days(1));
    const res = await post(coordinator, '/api/v1/activities/3.1.2/updates', { phase: 'in_progress', progress: 40, narrative: '' }, '3.1');
    expect(res.status).toBe(201);
    const { update, measure } = (await res.json()) as ProgressUpdateResult;
    expect(update).toMatchObject({ measureCode: '3.1', activityCode: '3.1.2', phase: 'in_progress', health: null, progress: 40, narrative: '' });
    expect(update.changes).toEqual([
      { field: 'phase', from: 'not_started', to: 'in_progress' },
      { field: 'progress', from: 0, to: 40 },
    ]);
    // Five activities of equal weight: 40 / 5.
    expect(measure).toMatchObject({ progress: 8, progressSource: 'computed', lastUpdateAt: clock.iso() });
    const activity = measure.activities.find((a) => a.code === '3.1.2');
    expect(activity).toMatchObject({ phase: 'in_progress', progress: 40, lastUpdateAt: clock.iso(), stale: false });
    expect(measure.activities.find((a) => a.code === '3.1.1')?.lastUpdateAt).toBeNull();
    expect((await historyRows('3.1')).at(-1)).toMatchObject({ progress: 40, measureProgress: 8 });
    expect((await auditRows('3.1')).at(-1)).toMatchObject({ action: 'activity.progress_reported', details: { activityCode: '3.1.2' } });
  });

  it('completing an activity makes it 100, and clears its health', async () => {
    expect((await post(coordinator, '/api/v1/activities/3.1.3/updates', { phase: 'in_progress', health: 'on_track', progress: 70, narrative: '' }, '3.1')).status).toBe(201);
    const res = await post(coordinator, '/api/v1/activities/3.1.3/updates', { phase: 'completed', narrative: 'Abgeschlossen' }, '3.1');
    const { update, measure } = (await res.json()) as ProgressUpdateResult;
    expect(update).toMatchObject({ phase: 'completed', health: null, progress: 100 });
    expect(update.changes).toEqual([
      { field: 'phase', from: 'in_progress', to: 'completed' },
      { field: 'health', from: 'on_track', to: null },
      { field: 'progress', from: 70, to: 100 },
    ]);
    // (40 + 100) / 5.
    expect(measure.progress).toBe(28);
  });

  it('progress set by hand carries the narrative as its reason, and null returns it to the roll-up', async () => {
    let res = await post(coordinator, '/api/v1/measures/3.1/updates', { progress: 35, narrative: 'Schätzung der Projektleitung' }, '3.1');
    let { update, measure } = (await res.json()) as ProgressUpdateResult;
    expect(measure).toMatchObject({ progress: 35, progressSource: 'manual', progressReason: 'Schätzung der Projektleitung' });
    expect(update.changes).toEqual([
      { field: 'progress', from: 28, to: 35 },
      { field: 'progressSource', from: 'computed', to: 'manual' },
    ]);

    // A later update that leaves progress alone keeps the figure and its reason.
    res = await post(coordinator, '/api/v1/measures/3.1/updates', { health: 'on_track', narrative: '' }, '3.1');
    ({ measure } = (await res.json()) as ProgressUpdateResult);
    expect(measure).toMatchObject({ health: 'on_track', progress: 35, progressSource: 'manual', progressReason: 'Schätzung der Projektleitung' });

    res = await post(coordinator, '/api/v1/measures/3.1/updates', { progress: null, narrative: '' }, '3.1');
    ({ update, measure } = (await res.json()) as ProgressUpdateResult);
    expect(measure).toMatchObject({ progress: 28, progressSource: 'computed', progressReason: null });
    expect(update).toMatchObject({ progress: 28 });
    expect(update.changes).toEqual([
      { field: 'progress', from: 35, to: 28 },
      { field: 'progressSource', from: 'manual', to: 'computed' },
    ]);
  });

  it('an update that only tells what happened is recorded, changes nothing else, and still moves the ETag on', async () => {
    const before = await measureOf(coordinator, '3.1');
    const res = await writeAs(coordinator, 'POST', '/api/v1/measures/3.1/updates', { narrative: 'Abstimmung mit der Wirtschaftsförderung' }, before.etag);
    expect(res.status).toBe(201);
    const { update, measure } = (await res.json()) as ProgressUpdateResult;
    expect(update.changes).toEqual([]);
    expect(measure).toMatchObject({ phase: before.measure.phase, health: before.measure.health, progress: before.measure.progress });
    expect(measure.etag).not.toBe(before.etag);
    expect((await auditRows('3.1')).at(-1)).toMatchObject({ action: 'measure.progress_reported', details: { changes: [] } });
  });

  it('lists the history newest first, the measure’s with its activities’, with the total and in pages', async () => {
    const all = (await (await coordinator.request('/api/v1/measures/3.1/updates')).json()) as ProgressUpdateList;
    const stored = await historyRows('3.1');
    expect(all.total).toBe(stored.length);
    expect(all.items.map((u) => u.id)).toEqual(stored.map((r) => r.id).reverse());
    expect(all.items.map((u) => u.activityCode)).toEqual([null, null, null, null, '3.1.3', '3.1.3', '3.1.2', null]);

    const page = (await (await coordinator.request('/api/v1/measures/3.1/updates?limit=3&offset=2')).json()) as ProgressUpdateList;
    expect(page).toEqual({ items: all.items.slice(2, 5), total: all.total });

    const ofActivity = (await (await head.request('/api/v1/activities/3.1.3/updates')).json()) as ProgressUpdateList;
    expect(ofActivity.total).toBe(2);
    expect(ofActivity.items.map((u) => u.phase)).toEqual(['completed', 'in_progress']);

    const tooMany = await coordinator.request('/api/v1/measures/3.1/updates?limit=201');
    expect(tooMany.status).toBe(400);
  });

  it('orders entries of the same moment by when they were written', async () => {
    clock.advance(days(1));
    for (const narrative of ['Erster', 'Zweiter', 'Dritter']) {
      expect((await post(coordinator, '/api/v1/measures/1.3/updates', { narrative }, '1.3')).status).toBe(201);
    }
    const list = (await (await coordinator.request('/api/v1/measures/1.3/updates')).json()) as ProgressUpdateList;
    expect(list.items.map((u) => u.narrative)).toEqual(['Dritter', 'Zweiter', 'Erster']);
  });

  it('a department head reports on their department’s measures and activities, not on others’; a council member on none', async () => {
    expect((await post(head, '/api/v1/measures/1.1/updates', { phase: 'planned', narrative: '' }, '1.1')).status).toBe(201);
    expect((await post(head, '/api/v1/activities/1.1.1/updates', { progress: 10, narrative: '' }, '1.1')).status).toBe(201);

    const refusedBefore = await t.db.$count(auditLog, eq(auditLog.action, 'request.refused'));
    const other = await post(head, '/api/v1/activities/3.1.1/updates', { progress: 10, narrative: '' }, '3.1');
    expect(other.status).toBe(403);
    expect(((await other.json()) as ErrorBody).error.code).toBe('forbidden');
    const council = await t.signIn('council');
    expect((await post(council, '/api/v1/measures/1.1/updates', { phase: 'planned', narrative: '' }, '1.1')).status).toBe(403);
    expect(await t.db.$count(auditLog, eq(auditLog.action, 'request.refused'))).toBe(refusedBefore + 2);
    expect((await measureOf(coordinator, '3.1')).measure.activities[0]?.progress).toBe(0);
  });

  it('answers 422 naming the field for what breaks the rules of the current state, and changes nothing', async () => {
    const before = await measureOf(coordinator, '2.2');
    const cases: [unknown, string, string][] = [
      [{ health: 'on_track', narrative: 'Läuft' }, 'body.health', 'health_not_applicable'],
      [{ phase: 'completed', progress: 80, narrative: 'Fast' }, 'body.progress', 'completed_needs_100'],
      [{ phase: 'planned', health: 'off_track', narrative: ' ' }, 'body.narrative', 'narrative_required'],
      [{ progress: 20, narrative: '' }, 'body.narrative', 'narrative_required'],
      [{ narrative: '' }, 'body.narrative', 'nothing_to_record'],
    ];
    for (const [body, path, code] of cases) {
      const res = await writeAs(coordinator, 'POST', '/api/v1/measures/2.2/updates', body, before.etag);
      expect(res.status, JSON.stringify(body)).toBe(422);
      const error = ((await res.json()) as ErrorBody).error;
      expect(error.code).toBe('validation_failed');
      expect(error.details).toContainEqual(expect.objectContaining({ path, code }));
    }
    const activity = await writeAs(coordinator, 'POST', '/api/v1/activities/2.2.1/updates', { phase: 'completed', progress: 99, narrative: '' }, before.etag);
    expect(activity.status).toBe(422);
    expect(await measureOf(coordinator, '2.2')).toEqual(before);
    expect(await historyRows('2.2')).toEqual([]);
  });

  it('is not found for a measure or activity the plan does not have', async () => {
    const { etag } = await measureOf(coordinator, '2.2');
    expect((await writeAs(coordinator, 'POST', '/api/v1/measures/9.9/updates', { narrative: 'x' }, etag)).status).toBe(404);
    expect((await writeAs(coordinator, 'POST', '/api/v1/activities/2.2.9/updates', { narrative: 'x' }, etag)).status).toBe(404);
    expect((await coordinator.request('/api/v1/measures/9.9/updates')).status).toBe(404);
    expect((await coordinator.request('/api/v1/activities/2.2.9/updates')).status).toBe(404);
  });

  it('marks work stale once the reporting interval has passed without an update, and overdue past its target date', async () => {
    const fresh = (await measureOf(coordinator, '3.1')).measure;
    expect(fresh.stale).toBe(false);
    clock.advance(days(91));
    const { measure } = await measureOf(coordinator, '3.1');
    expect(measure).toMatchObject({ stale: true, overdue: false });
    // Never updated, an activity counts from when the plan was loaded, which is now long ago on this clock.
    expect(measure.activities.find((a) => a.code === '3.1.1')).toMatchObject({ lastUpdateAt: null, stale: true });
    // Completed work is never stale.
    expect(measure.activities.find((a) => a.code === '3.1.3')).toMatchObject({ stale: false });

    await t.db.update(measures).set({ targetDate: berlinDate(new Date(clock.now().getTime() - days(1))) }).where(eq(measures.code, '3.1'));
    const summary = ((await (await coordinator.request('/api/v1/measures?area=3')).json()) as Measure[]).find((m) => m.code === '3.1');
    expect(summary).toMatchObject({ stale: true, overdue: true, etag: (await measureOf(coordinator, '3.1')).etag });

    const res = await post(coordinator, '/api/v1/measures/3.1/updates', { narrative: 'Wieder aufgenommen' }, '3.1');
    expect(((await res.json()) as ProgressUpdateResult).measure).toMatchObject({ stale: false, overdue: true });
  });
});

describe('a progress update that cannot be recorded in full', () => {
  it('leaves no trace: state, history and audit trail are written together or not at all', async () => {
    const errors: string[] = [];
    const t = await createTestApp({ logger: { error: (message) => errors.push(message) } });
    try {
      // The audit trail refuses this one entry, as a full disk or a lost connection would.
      await t.db.execute(sql`
        create function refuse_report() returns trigger language plpgsql as $$
        begin raise exception 'no room'; end $$`);
      await t.db.execute(sql`
        create trigger refuse_report before insert on audit_log for each row
        when (new.action = 'measure.progress_reported') execute function refuse_report()`);
      const coordinator = await t.signIn('coordinator');
      const before = await measureOf(coordinator, '4.1');
      const res = await writeAs(coordinator, 'POST', '/api/v1/measures/4.1/updates', { phase: 'planned', narrative: '' }, before.etag);
      expect(res.status).toBe(500);
      expect(errors).toEqual(['POST /api/v1/measures/4.1/updates failed']);
      expect(await measureOf(coordinator, '4.1')).toEqual(before);
      expect(await t.db.$count(progressUpdates)).toBe(0);
    } finally {
      await t.close();
    }
  });
});
