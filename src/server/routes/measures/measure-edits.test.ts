import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, ValidationIssue } from '@/contract/common.ts';
import type { Measure } from '@/contract/measures.ts';
import type { Person } from '@/contract/people.ts';
import { auditLog } from '../../db/schema.ts';
import { measureOf, writeAs, writeCurrent } from '../../testing/measure-requests.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testDatabases } from '../../testing/test-databases.ts';

describe.each(testDatabases)('changing owners, goals, dates and weights (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  let coordinator: TestClient;
  let head: TestClient;
  let erika: Person;
  beforeAll(async () => {
    // Demo leads: 1.1 is the demo head's department's, 3.1 another department's.
    t = await createTestApp({ databaseUrl, demo: true });
    coordinator = await t.signIn('coordinator');
    head = await t.signIn('head');
    const res = await coordinator.send('POST', '/api/v1/people', { name: 'Erika Beispiel', departmentId: 'international-affairs' });
    erika = (await res.json()) as Person;
  });
  afterAll(async () => {
    await t?.close();
  });

  const patch = (client: TestClient, code: string, body: unknown) => writeCurrent(client, 'PATCH', `/api/v1/measures/${code}`, body, code);
  const trail = (code: string) =>
    t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'measure'), sql`${auditLog.details}->>'measureCode' = ${code}`))
      .orderBy(asc(auditLog.id));

  it('a coordinator assigns 2.1’s lead, contributors, goals, dates, horizon and an activity’s owners and weight in one go', async () => {
    const before = await measureOf(coordinator, '2.1');
    const res = await writeAs(
      coordinator,
      'PATCH',
      '/api/v1/measures/2.1',
      {
        lead: { departmentId: 'international-affairs', personId: erika.id },
        contributors: ['youth-services', 'cultural-office', 'youth-services'],
        goals: ['3', '1'],
        startDate: '2026-01-01',
        targetDate: '2027-06-30',
        horizon: 'medium',
        activities: [{ code: '2.1.2', weight: 2.5, lead: { departmentId: 'cultural-office', personId: null }, contributors: ['agenda-21'], targetDate: '2026-12-31', horizon: 'short' }],
      },
      before.etag,
    );
    expect(res.status).toBe(200);
    const measure = (await res.json()) as Measure;
    expect(measure).toMatchObject({
      lead: { departmentId: 'international-affairs', personId: erika.id },
      contributors: ['cultural-office', 'youth-services'],
      goals: ['1', '3'],
      startDate: '2026-01-01',
      targetDate: '2027-06-30',
      horizon: 'medium',
    });
    expect(measure.activities[1]).toMatchObject({
      code: '2.1.2',
      weight: 2.5,
      lead: { departmentId: 'cultural-office', personId: null },
      contributors: ['agenda-21'],
      startDate: null,
      targetDate: '2026-12-31',
      horizon: 'short',
    });
    expect(measure.activities[0]).toEqual(before.measure.activities[0]);
    expect(res.headers.get('ETag')).toBe(measure.etag);
    expect(measure.etag).not.toBe(before.etag);
    expect(await measureOf(coordinator, '2.1')).toEqual({ measure, etag: measure.etag });

    const rows = await trail('2.1');
    expect(rows.map((r) => [r.action, r.actorUsername, (r.details as { activityCode: string | null }).activityCode])).toEqual([
      ['measure.edited', 'coordinator', null],
      ['activity.edited', 'coordinator', '2.1.2'],
    ]);
    expect(rows[0]?.details).toMatchObject({
      changes: expect.arrayContaining([
        { field: 'lead', from: { departmentId: 'international-affairs', personId: null }, to: { departmentId: 'international-affairs', personId: erika.id } },
        { field: 'contributors', from: [], to: ['cultural-office', 'youth-services'] },
        { field: 'goals', from: [], to: ['1', '3'] },
        { field: 'startDate', from: null, to: '2026-01-01' },
        { field: 'targetDate', from: null, to: '2027-06-30' },
        { field: 'horizon', from: null, to: 'medium' },
      ]),
    });
    expect((rows[1]?.details as { changes: unknown[] }).changes).toEqual(
      expect.arrayContaining([
        { field: 'weight', from: 1, to: 2.5 },
        { field: 'contributors', from: [], to: ['agenda-21'] },
        { field: 'targetDate', from: null, to: '2026-12-31' },
      ]),
    );
  });

  it('replaces what it names: contributors and goals as sets, a lead of null is unassigned again', async () => {
    const res = await patch(coordinator, '2.1', { lead: null, contributors: ['cultural-office'], goals: [] });
    expect(await res.json()).toMatchObject({ lead: null, contributors: ['cultural-office'], goals: [] });
    const last = (await trail('2.1')).at(-1);
    expect(last?.details).toMatchObject({
      changes: [
        { field: 'lead', from: { departmentId: 'international-affairs', personId: erika.id }, to: null },
        { field: 'contributors', from: ['cultural-office', 'youth-services'], to: ['cultural-office'] },
        { field: 'goals', from: ['1', '3'], to: [] },
      ],
    });
  });

  it('moves the ETag on for a change of contributors or goals alone, of the measure or of an activity', async () => {
    for (const body of [{ contributors: ['adult-education'] }, { goals: ['2'] }, { activities: [{ code: '4.3.1', contributors: ['youth-services'] }] }]) {
      const before = await measureOf(coordinator, '4.3');
      const res = await writeAs(coordinator, 'PATCH', '/api/v1/measures/4.3', body, before.etag);
      expect(res.status, JSON.stringify(body)).toBe(200);
      expect(res.headers.get('ETag'), JSON.stringify(body)).not.toBe(before.etag);
      expect((await measureOf(coordinator, '4.3')).etag).toBe(res.headers.get('ETag'));
    }
  });

  it('a PATCH that changes nothing, empty or repeating what is there, is a 200 that writes nothing', async () => {
    const before = await measureOf(coordinator, '2.1');
    const rows = (await trail('2.1')).length;
    for (const body of [{}, { contributors: ['cultural-office'], goals: [], lead: null, activities: [{ code: '2.1.2', weight: 2.5 }] }]) {
      const res = await writeAs(coordinator, 'PATCH', '/api/v1/measures/2.1', body, before.etag);
      expect(res.status).toBe(200);
      expect(res.headers.get('ETag')).toBe(before.etag);
      expect(await res.json()).toEqual(before.measure);
    }
    expect(await trail('2.1')).toHaveLength(rows);
  });

  it('a department head changes dates, horizon and weights of their department’s measure, but not its owners or goals', async () => {
    const res = await patch(head, '1.1', { startDate: '2026-02-01', targetDate: '2028-12-31', horizon: 'long', activities: [{ code: '1.1.1', weight: 3, targetDate: '2027-12-31' }] });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ startDate: '2026-02-01', targetDate: '2028-12-31', horizon: 'long' });
    expect((await trail('1.1')).map((r) => r.actorUsername)).toEqual(['head', 'head']);

    const before = await measureOf(coordinator, '1.1');
    const refusedBefore = await t.db.$count(auditLog, eq(auditLog.action, 'request.refused'));
    for (const body of [
      { lead: { departmentId: 'international-affairs', personId: erika.id } },
      { contributors: ['youth-services'] },
      { goals: ['1'] },
      // One field not theirs refuses the whole PATCH: the date is not changed either.
      { targetDate: '2029-12-31', activities: [{ code: '1.1.2', lead: { departmentId: 'cultural-office', personId: null } }] },
      { activities: [{ code: '1.1.2', contributors: ['agenda-21'] }] },
    ]) {
      const refused = await writeAs(head, 'PATCH', '/api/v1/measures/1.1', body, before.etag);
      expect(refused.status, JSON.stringify(body)).toBe(403);
      expect(((await refused.json()) as ErrorBody).error.code).toBe('forbidden');
    }
    expect(await t.db.$count(auditLog, eq(auditLog.action, 'request.refused'))).toBe(refusedBefore + 5);
    expect(await measureOf(coordinator, '1.1')).toEqual(before);
  });

  it('a department head changes nothing of another department’s measure, a council member nothing at all', async () => {
    const before = await measureOf(coordinator, '3.1');
    expect((await writeAs(head, 'PATCH', '/api/v1/measures/3.1', { targetDate: '2027-12-31' }, before.etag)).status).toBe(403);
    const council = await t.signIn('council');
    expect((await writeAs(council, 'PATCH', '/api/v1/measures/3.1', { targetDate: '2027-12-31' }, before.etag)).status).toBe(403);
    expect((await writeAs(council, 'PATCH', '/api/v1/measures/3.1', {}, before.etag)).status).toBe(403);
    expect(await measureOf(coordinator, '3.1')).toEqual(before);
  });

  it('answers 422 naming each field it cannot take, and why, and changes nothing', async () => {
    await patch(coordinator, '2.2', { startDate: '2026-01-01', targetDate: '2026-12-31' });
    const before = await measureOf(coordinator, '2.2');
    const rows = (await trail('2.2')).length;
    const issuesOf = async (body: unknown) => {
      const res = await writeAs(coordinator, 'PATCH', '/api/v1/measures/2.2', body, before.etag);
      expect(res.status, JSON.stringify(body)).toBe(422);
      const { error } = (await res.json()) as ErrorBody;
      expect(error.code).toBe('validation_failed');
      return (error.details as ValidationIssue[]).map(({ path, code }) => [path, code]);
    };

    expect(
      await issuesOf({
        lead: { departmentId: 'no-such-office', personId: '00000000-0000-4000-8000-000000000000' },
        contributors: ['cultural-office', 'no-such-office'],
        goals: ['1', '9'],
        activities: [
          { code: '3.1.1', weight: 2 },
          { code: '2.2.1', lead: { departmentId: 'cultural-office', personId: '00000000-0000-4000-8000-000000000001' }, contributors: ['nowhere'] },
          { code: '2.2.1', weight: 2 },
        ],
      }),
    ).toEqual([
      ['body.lead.departmentId', 'unknown_department'],
      ['body.lead.personId', 'unknown_person'],
      ['body.contributors.1', 'unknown_department'],
      ['body.goals.1', 'unknown_goal'],
      ['body.activities.0.code', 'unknown_activity'],
      ['body.activities.1.lead.personId', 'unknown_person'],
      ['body.activities.1.contributors.0', 'unknown_department'],
      ['body.activities.2.code', 'duplicate_activity'],
    ]);
    // Dates are checked as they would be after the change: a new start after the target there is.
    expect(await issuesOf({ startDate: '2027-01-01' })).toEqual([['body.targetDate', 'dates_out_of_order']]);
    expect(await issuesOf({ startDate: '2027-01-01', targetDate: '2026-01-01' })).toEqual([['body.targetDate', 'dates_out_of_order']]);
    expect(await issuesOf({ activities: [{ code: '2.2.3', startDate: '2026-05-01', targetDate: '2026-04-30' }] })).toEqual([
      ['body.activities.0.targetDate', 'dates_out_of_order'],
    ]);
    expect(await issuesOf({ activities: [{ code: '2.2.3', weight: 0 }] })).toEqual([['body.activities.0.weight', 'too_small']]);
    expect(await issuesOf({ phase: 'completed', progress: 100 })).toEqual([
      ['body.phase', 'unrecognized_keys'],
      ['body.progress', 'unrecognized_keys'],
    ]);

    expect(await measureOf(coordinator, '2.2')).toEqual(before);
    expect(await trail('2.2')).toHaveLength(rows);
  });

  it('is not found for a measure the plan does not have', async () => {
    const { etag } = await measureOf(coordinator, '2.2');
    const res = await writeAs(coordinator, 'PATCH', '/api/v1/measures/9.9', { horizon: 'short' }, etag);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'Measure 9.9 not found' } });
  });
});
