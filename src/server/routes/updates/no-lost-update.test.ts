import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@/contract/common.ts';
import type { Measure, ProgressUpdateResult } from '@/contract/measures.ts';
import { auditLog, progressUpdates } from '../../db/schema.ts';
import { measureOf, writeAs } from '../../testing/measure-requests.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testDatabases } from '../../testing/test-databases.ts';

type Refusal = ErrorBody & { error: { details?: { current: Measure } } };

describe.each(testDatabases)('no lost update (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  let coordinator: TestClient;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp({ databaseUrl, demo: true });
    coordinator = await t.signIn('coordinator');
    admin = await t.signIn('admin');
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Everything a write could have touched, to show a refused one touched nothing. */
  const snapshot = async (code: string) => ({
    ...(await measureOf(coordinator, code)),
    history: await t.db.$count(progressUpdates),
    audit: await t.db.$count(auditLog, eq(auditLog.targetType, 'measure')),
  });

  it('a write without If-Match is a 428, whether a progress update or a PATCH, and changes nothing', async () => {
    const before = await snapshot('2.1');
    for (const [method, path, body] of [
      ['POST', '/api/v1/measures/2.1/updates', { phase: 'planned', narrative: '' }],
      ['POST', '/api/v1/activities/2.1.1/updates', { progress: 10, narrative: '' }],
      ['PATCH', '/api/v1/measures/2.1', { horizon: 'short' }],
    ] as const) {
      for (const ifMatch of [undefined, '', '*']) {
        const res = await writeAs(coordinator, method, path, body, ifMatch);
        expect(res.status, `${method} ${path} with If-Match ${JSON.stringify(ifMatch)}`).toBe(428);
        expect(((await res.json()) as ErrorBody).error.code).toBe('precondition_required');
      }
    }
    expect(await snapshot('2.1')).toEqual(before);
  });

  it('a write on a version that has moved on is a 412 with the current state and its ETag, and changes nothing', async () => {
    const seen = await measureOf(coordinator, '2.1');
    // Someone else writes first.
    const first = await writeAs(admin, 'PATCH', '/api/v1/measures/2.1', { horizon: 'medium' }, seen.etag);
    expect(first.status).toBe(200);
    const before = await snapshot('2.1');

    for (const [method, path, body] of [
      ['POST', '/api/v1/measures/2.1/updates', { phase: 'planned', narrative: 'Meine Änderung' }],
      ['POST', '/api/v1/activities/2.1.2/updates', { progress: 30, narrative: '' }],
      ['PATCH', '/api/v1/measures/2.1', { horizon: 'long' }],
    ] as const) {
      const res = await writeAs(coordinator, method, path, body, seen.etag);
      expect(res.status, `${method} ${path}`).toBe(412);
      expect(res.headers.get('ETag')).toBe(before.etag);
      const { error } = (await res.json()) as Refusal;
      expect(error.code).toBe('precondition_failed');
      expect(error.details?.current).toEqual(before.measure);
      expect(error.details?.current.horizon).toBe('medium');
    }
    expect(await snapshot('2.1')).toEqual(before);
  });

  it('compares strongly: a weak tag does not match; a list that names the current version does', async () => {
    const { etag } = await measureOf(coordinator, '2.1');
    expect((await writeAs(coordinator, 'PATCH', '/api/v1/measures/2.1', { horizon: 'short' }, `W/${etag}`)).status).toBe(412);
    const listed = await writeAs(coordinator, 'PATCH', '/api/v1/measures/2.1', { horizon: 'short' }, `"1-1-1", ${etag}`);
    expect(listed.status).toBe(200);
  });

  it('an activity’s update names its measure’s version, not another measure’s', async () => {
    const other = await measureOf(coordinator, '2.2');
    expect((await writeAs(coordinator, 'POST', '/api/v1/activities/2.1.1/updates', { progress: 5, narrative: '' }, other.etag)).status).toBe(412);
  });

  it('20 simultaneous updates on one version: exactly one is recorded, the other 19 get 412 with the winner’s state', async () => {
    const { etag } = await measureOf(coordinator, '4.1');
    const historyBefore = await t.db.$count(progressUpdates);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        writeAs(coordinator, 'POST', '/api/v1/measures/4.1/updates', { phase: 'in_progress', health: 'on_track', narrative: `Versuch ${i + 1}` }, etag),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(19);
    expect(await t.db.$count(progressUpdates)).toBe(historyBefore + 1);

    const winner = responses.find((r) => r.status === 201)!;
    const { measure, update } = (await winner.json()) as ProgressUpdateResult;
    for (const lost of responses.filter((r) => r.status === 412)) {
      expect(lost.headers.get('ETag')).toBe(measure.etag);
      expect(((await lost.json()) as Refusal).error.details?.current).toEqual(measure);
    }
    const [entry] = await t.db.select().from(progressUpdates).where(eq(progressUpdates.id, update.id));
    expect(entry?.narrative).toBe(update.narrative);
  });

  it('20 simultaneous writes of both kinds on one version, on the measure and its activities: exactly one wins', async () => {
    const { etag } = await measureOf(coordinator, '2.2');
    const historyBefore = await t.db.$count(progressUpdates);
    const auditBefore = await t.db.$count(auditLog, eq(auditLog.targetType, 'measure'));
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        if (i % 3 === 0) return writeAs(coordinator, 'PATCH', '/api/v1/measures/2.2', { horizon: 'short', activities: [{ code: '2.2.1', weight: i + 2 }] }, etag);
        if (i % 3 === 1) return writeAs(coordinator, 'POST', `/api/v1/activities/2.2.${(i % 5) + 1}/updates`, { progress: i, narrative: '' }, etag);
        return writeAs(coordinator, 'POST', '/api/v1/measures/2.2/updates', { phase: 'planned', narrative: `Versuch ${i}` }, etag);
      }),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 412)).toHaveLength(19);
    const won = statuses.findIndex((s) => s !== 412);
    expect(statuses[won]).toBe(won % 3 === 0 ? 200 : 201);
    expect(await t.db.$count(progressUpdates)).toBe(historyBefore + (won % 3 === 0 ? 0 : 1));
    // A PATCH here changes the measure and one activity: two rows; an update one.
    expect(await t.db.$count(auditLog, eq(auditLog.targetType, 'measure'))).toBe(auditBefore + (won % 3 === 0 ? 2 : 1));
  });
});
