import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure, MeasureSummary } from '@/contract/measures.ts';
import { areas as planAreas } from '@/lib/plan-data.ts';
import { activities, activityContributors, measureContributors, measures, people } from '../../db/schema.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testDatabases } from '../../testing/test-databases.ts';

const codes = (list: MeasureSummary[]) => list.map((m) => m.code);

describe.each(testDatabases)('finding measures (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  let reader: TestClient;
  const list = async (query: string) => {
    const res = await reader.request(`/api/v1/measures${query}`);
    expect(res.status).toBe(200);
    return codes((await res.json()) as MeasureSummary[]);
  };

  beforeAll(async () => {
    t = await createTestApp({ databaseUrl });
    reader = await t.signIn('council');
    await t.db.update(measures).set({ phase: 'in_progress', health: 'at_risk', leadDepartmentId: 'cultural-office' }).where(eq(measures.code, '3.1'));
    await t.db.update(measures).set({ phase: 'planned', health: 'on_track', leadDepartmentId: 'youth-services' }).where(eq(measures.code, '4.1'));
    const [m12] = await t.db.select().from(measures).where(eq(measures.code, '1.2'));
    await t.db.insert(measureContributors).values({ measureId: m12!.id, departmentId: 'cultural-office' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists all 13 in plan order', async () => {
    expect(await list('')).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3']);
  });

  it('by Area of Action, phase and health, combined', async () => {
    expect(await list('?area=3')).toEqual(['3.1', '3.2', '3.3', '3.4']);
    expect(await list('?phase=in_progress')).toEqual(['3.1']);
    expect(await list('?health=on_track')).toEqual(['4.1']);
    expect(await list('?area=4&phase=in_progress')).toEqual([]);
  });

  it('by department, whether it leads a measure or contributes to it', async () => {
    expect(await list('?department=cultural-office')).toEqual(['1.2', '3.1']);
    expect(await list('?department=youth-services')).toEqual(['4.1']);
  });

  it('by text in the code or either language’s titles, of the measure or its activities, in any case', async () => {
    expect(await list('?q=eurocities')).toEqual(['1.2']);
    expect(await list(`?q=${encodeURIComponent('GRÖßERE SICHTBARKEIT')}`)).toEqual(['4.2']);
    expect(await list('?q=attractive%20international%20profile')).toEqual(['3.1']);
    expect(await list('?q=4.3')).toEqual(['4.3']);
    expect(await list(`?q=${encodeURIComponent('  Fördermittel  ')}`)).toEqual(['2.2']);
  });

  it('taking the text literally, wildcards and odd characters included', async () => {
    expect(await list('?q=%25')).toEqual([]);
    expect(await list('?q=a%00b')).toEqual([]);
    expect(await list("?q=it's")).toEqual([]);
    expect(await list('?q=_')).toEqual([]);
    expect(await list('?q=1_1')).toEqual([]);
  });
});

describe.each(testDatabases)('one measure (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  let reader: TestClient;
  beforeAll(async () => {
    t = await createTestApp({ databaseUrl });
    reader = await t.signIn('head');
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = (code: string, headers?: HeadersInit) => reader.request(`/api/v1/measures/${code}`, { headers });
  const activityOf = async (code: string) => (await t.db.select().from(activities).where(eq(activities.code, code)))[0]!;

  it('comes with its activities, unassigned and not started', async () => {
    const res = await get('3.1');
    expect(res.status).toBe(200);
    const measure = (await res.json()) as Measure;
    expect(measure).toMatchObject({ code: '3.1', areaCode: '3', phase: 'not_started', health: null, progress: 0, progressSource: 'computed', lead: null, contributors: [], goals: [] });
    const planned = planAreas.find((a) => a.code === '3')!.measures.find((m) => m.code === '3.1')!.activities;
    expect(measure.activities.map((a) => a.title)).toEqual(planned.map((a) => a.title));
    expect(measure.activities.map((a) => a.code)).toEqual(planned.map((_, i) => `3.1.${i + 1}`));
    expect(measure.activityCount).toBe(planned.length);
  });

  it('shows its lead, its dates as calendar dates and its horizon once they are set', async () => {
    const [person] = await t.db.insert(people).values({ name: 'Erika Mustermann', departmentId: 'international-affairs' }).returning();
    await t.db
      .update(measures)
      .set({ leadDepartmentId: 'international-affairs', leadPersonId: person!.id, startDate: '2025-01-15', targetDate: '2026-12-31', horizon: 'medium' })
      .where(eq(measures.code, '1.1'));
    expect(await (await get('1.1')).json()).toMatchObject({
      lead: { departmentId: 'international-affairs', personId: person!.id },
      startDate: '2025-01-15',
      targetDate: '2026-12-31',
      horizon: 'medium',
    });
  });

  it('is not found when the plan has no such measure', async () => {
    const res = await get('9.9');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'Measure 9.9 not found' } });
  });

  it('rolls its progress up from its activities, by weight, unless set by hand', async () => {
    await t.db.update(activities).set({ phase: 'in_progress', progress: 40, weight: 3 }).where(eq(activities.code, '4.2.1'));
    await t.db.update(activities).set({ phase: 'completed', progress: 0 }).where(eq(activities.code, '4.2.2'));
    expect(await (await get('4.2')).json()).toMatchObject({ progress: 55, progressSource: 'computed' });

    await t.db.update(measures).set({ manualProgress: 80, progressReason: 'Venue opened early' }).where(eq(measures.code, '4.2'));
    expect(await (await get('4.2')).json()).toMatchObject({ progress: 80, progressSource: 'manual', progressReason: 'Venue opened early' });
  });

  it('has an ETag that stays while nothing changes and changes with the measure or any of its activities', async () => {
    const etag = async () => (await get('2.2')).headers.get('ETag');
    const first = await etag();
    expect(first).toMatch(/^"[^"]+"$/);
    expect(await etag()).toBe(first);

    const { id } = await activityOf('2.2.1');
    await t.db.update(activities).set({ progress: 10 }).where(eq(activities.id, id));
    const afterActivity = await etag();
    expect(afterActivity).not.toBe(first);

    await t.db.insert(activityContributors).values({ activityId: id, departmentId: 'adult-education' });
    const afterContributor = await etag();
    expect(afterContributor).not.toBe(afterActivity);

    await t.db.update(measures).set({ horizon: 'short' }).where(eq(measures.code, '2.2'));
    expect(await etag()).not.toBe(afterContributor);
  });

  it('answers 304 without a body while the client’s copy is current', async () => {
    const etag = (await get('1.3')).headers.get('ETag')!;
    const unchanged = await get('1.3', { 'If-None-Match': etag });
    expect(unchanged.status).toBe(304);
    expect(unchanged.headers.get('ETag')).toBe(etag);
    expect(await unchanged.text()).toBe('');

    await t.db.update(activities).set({ progress: 50 }).where(eq(activities.code, '1.3.1'));
    expect((await get('1.3', { 'If-None-Match': etag })).status).toBe(200);
  });
});
