import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@/contract/common.ts';
import type { Plan } from '@/contract/plan.ts';
import type { StatusReport } from '@/contract/reports.ts';
import type { ProgressHistory, StatsSummary } from '@/contract/stats.ts';
import { activities, measures } from '../../db/schema.ts';
import { writeCurrent } from '../../testing/measure-requests.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testDatabases } from '../../testing/test-databases.ts';
import { summaryFromPlan } from '~mocks/stats.ts';

const NOW = '2027-04-10T12:00:00.000Z';
const notStarted = { not_started: 0, planned: 0, in_progress: 0, ongoing: 0, completed: 0, on_hold: 0, discontinued: 0 };

describe.each(testDatabases)('stats and the status report (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  let coordinator: TestClient;
  let now = new Date('2027-01-15T09:00:00Z');

  /**
   * The fixture history, on a plan created on 1 January 2027 (reporting interval 90 days):
   * 1.1 in progress at 40 % (20 Jan), at risk (20 Mar); activity 2.1.1 at 50 % (10 Feb), so 2.1
   * shows 25 %; 3.1 completed (5 Mar, 10:00); 4.1 discontinued (5 Mar, 11:00); 1.2 due 31 Mar.
   */
  beforeAll(async () => {
    t = await createTestApp({ databaseUrl, demo: true, clock: () => now, auth: { sessionIdleMinutes: 365 * 24 * 60, sessionMaxHours: 365 * 24 } });
    await t.db.update(measures).set({ createdAt: new Date('2027-01-01T00:00:00Z') });
    await t.db.update(activities).set({ createdAt: new Date('2027-01-01T00:00:00Z') });
    coordinator = await t.signIn('coordinator');
    const write = async (at: string, path: string, body: unknown, code: string, status = 201) => {
      now = new Date(at);
      const res = await writeCurrent(coordinator, path.includes('updates') ? 'POST' : 'PATCH', path, body, code);
      expect(res.status, `${path} ${await res.clone().text()}`).toBe(status);
    };
    await write('2027-01-16T10:00:00Z', '/api/v1/measures/1.2', { targetDate: '2027-03-31' }, '1.2', 200);
    await write('2027-01-20T10:00:00Z', '/api/v1/measures/1.1/updates', { phase: 'in_progress', health: 'on_track', progress: 40, narrative: 'Gestartet' }, '1.1');
    await write('2027-02-10T10:00:00Z', '/api/v1/activities/2.1.1/updates', { phase: 'in_progress', progress: 50, narrative: 'Halbzeit' }, '2.1');
    await write('2027-03-05T10:00:00Z', '/api/v1/measures/3.1/updates', { phase: 'completed', narrative: 'Fertig' }, '3.1');
    await write('2027-03-05T11:00:00Z', '/api/v1/measures/4.1/updates', { phase: 'discontinued', narrative: 'Eingestellt' }, '4.1');
    await write('2027-03-20T10:00:00Z', '/api/v1/measures/1.1/updates', { health: 'at_risk', narrative: 'Verzug' }, '1.1');
    now = new Date(NOW);
  });
  afterAll(async () => {
    await t?.close();
  });

  const get = async <T,>(path: string) => {
    const res = await coordinator.request(path);
    return { status: res.status, body: (await res.json()) as T & ErrorBody };
  };

  it('sums up the measures as worked out by hand', async () => {
    const { status, body } = await get<StatsSummary>('/api/v1/stats/summary');
    expect(status).toBe(200);
    expect(body.asOf).toBe(NOW);
    expect(body.reportingIntervalDays).toBe(90);
    expect(body.overall).toEqual({
      measures: 13,
      // (40 + 25 + 100 + 9 × 0) / 12, 4.1 left out.
      progress: 14,
      phases: { ...notStarted, not_started: 10, in_progress: 1, completed: 1, discontinued: 1 },
      healths: { on_track: 0, at_risk: 1, off_track: 0, none: 12 },
      overdue: 1,
      stale: 9,
    });
    expect(body.areas.map((a) => [a.areaCode, a.measures, a.progress, a.stale, a.overdue])).toEqual([
      ['1', 3, 13, 2, 1],
      ['2', 3, 8, 2, 0],
      ['3', 4, 25, 3, 0],
      ['4', 3, 0, 2, 0],
    ]);
    expect(body.overdue).toEqual([{ code: '1.2', targetDate: '2027-03-31', lastUpdateAt: null }]);
    expect(body.stale.map((f) => f.code)).toEqual(['1.2', '1.3', '2.2', '2.3', '3.2', '3.3', '3.4', '4.2', '4.3']);
    expect(body.recentlyUpdated).toEqual([
      { code: '1.1', targetDate: null, lastUpdateAt: '2027-03-20T10:00:00.000Z' },
      { code: '4.1', targetDate: null, lastUpdateAt: '2027-03-05T11:00:00.000Z' },
      { code: '3.1', targetDate: null, lastUpdateAt: '2027-03-05T10:00:00.000Z' },
      { code: '2.1', targetDate: null, lastUpdateAt: '2027-02-10T10:00:00.000Z' },
    ]);
    expect(body.departments.reduce((n, d) => n + d.measures, 0)).toBe(13);
  });

  it('gives the same numbers as the plan’s tables', async () => {
    const summary = await get<StatsSummary>('/api/v1/stats/summary');
    const plan = await get<Plan>('/api/v1/plan');
    expect(summary.body).toEqual({ ...summaryFromPlan(plan.body), asOf: summary.body.asOf });
  });

  it('traces progress over time, overall and per area, at the end of each period', async () => {
    const { status, body } = await get<ProgressHistory>('/api/v1/stats/progress-history?from=2027-01-01&to=2027-04-10');
    expect(status).toBe(200);
    expect(body).toMatchObject({ from: '2027-01-01', to: '2027-04-10', interval: 'month' });
    expect(body.points.map((p) => [p.date, p.overall, ...p.areas.map((a) => a.progress)])).toEqual([
      ['2027-01-31', 3, 13, 0, 0, 0],
      ['2027-02-28', 5, 13, 8, 0, 0],
      ['2027-03-31', 14, 13, 8, 25, 0],
      ['2027-04-10', 14, 13, 8, 25, 0],
    ]);
    expect(body.points[0]?.areas.map((a) => a.areaCode)).toEqual(['1', '2', '3', '4']);

    const weeks = await get<ProgressHistory>('/api/v1/stats/progress-history?from=2027-01-01&to=2027-01-20&interval=week');
    expect(weeks.body.points.map((p) => [p.date, p.overall])).toEqual([
      ['2027-01-03', 0],
      ['2027-01-10', 0],
      ['2027-01-17', 0],
      ['2027-01-20', 3],
    ]);
    const quarters = await get<ProgressHistory>('/api/v1/stats/progress-history?from=2026-11-15&to=2027-04-10&interval=quarter');
    expect(quarters.body.points.map((p) => p.date)).toEqual(['2026-12-31', '2027-03-31', '2027-04-10']);
  });

  it('defaults to the last 18 months by month, and refuses a period backwards or with too many points', async () => {
    const { body } = await get<ProgressHistory>('/api/v1/stats/progress-history');
    expect(body).toMatchObject({ from: '2025-10-10', to: '2027-04-10', interval: 'month' });
    expect(body.points).toHaveLength(19);
    expect(body.points[0]?.date).toBe('2025-10-31');

    const backwards = await get<ProgressHistory>('/api/v1/stats/progress-history?from=2027-04-11&to=2027-04-10');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details).toEqual([expect.objectContaining({ path: 'query.from' })]);
    const tooMany = await get<ProgressHistory>('/api/v1/stats/progress-history?from=2000-01-01&to=2027-04-10&interval=week');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.details).toEqual([expect.objectContaining({ path: 'query.interval' })]);
    expect((await get('/api/v1/stats/progress-history?interval=day')).status).toBe(400);
  });

  it('reports the plan as it stood at the end of a date', async () => {
    const { status, body } = await get<StatusReport>('/api/v1/reports/status?asOf=2027-02-28');
    expect(status).toBe(200);
    expect(body).toMatchObject({ asOf: '2027-02-28', generatedAt: NOW, progress: 5 });
    expect(body.title.de).toBeTruthy();
    const measure = (code: string) => body.areas.flatMap((a) => a.measures).find((m) => m.code === code);
    expect(measure('1.1')).toMatchObject({ phase: 'in_progress', health: 'on_track', progress: 40, stale: false, overdue: false });
    expect(measure('1.1')?.latestUpdate).toMatchObject({ at: '2027-01-20T10:00:00.000Z', narrative: 'Gestartet', author: { username: 'coordinator' } });
    expect(measure('2.1')).toMatchObject({ phase: 'not_started', progress: 25, latestUpdate: { narrative: 'Halbzeit' } });
    expect(measure('2.1')?.activities.map((a) => [a.code, a.phase, a.progress, a.latestUpdate?.narrative ?? null])).toEqual([
      ['2.1.1', 'in_progress', 50, 'Halbzeit'],
      ['2.1.2', 'not_started', 0, null],
    ]);
    expect(measure('3.1')).toMatchObject({ phase: 'not_started', progress: 0, latestUpdate: null });
    expect(measure('1.2')).toMatchObject({ targetDate: '2027-03-31', overdue: false, stale: false });
    expect(body.areas.map((a) => [a.code, a.progress, a.measures.length])).toEqual([
      ['1', 13, 3],
      ['2', 8, 3],
      ['3', 0, 4],
      ['4', 0, 3],
    ]);

    const today = await get<StatusReport>('/api/v1/reports/status');
    expect(today.body.asOf).toBe('2027-04-10');
    const now11 = today.body.areas[0]?.measures[0];
    expect(now11).toMatchObject({ code: '1.1', health: 'at_risk', latestUpdate: { narrative: 'Verzug' } });
    expect(today.body.areas[0]?.measures[1]).toMatchObject({ code: '1.2', overdue: true, stale: true });
    expect(today.body.progress).toBe(14);
  });

  it('reports all measures not started before any update, and a department’s measures only', async () => {
    const before = await get<StatusReport>('/api/v1/reports/status?asOf=2026-12-31');
    const all = before.body.areas.flatMap((a) => a.measures);
    expect(all).toHaveLength(13);
    expect(all.every((m) => m.phase === 'not_started' && m.progress === 0 && m.latestUpdate === null)).toBe(true);
    expect(before.body.progress).toBe(0);

    const plan = await get<Plan>('/api/v1/plan');
    const lead = plan.body.areas[0]?.measures[0]?.lead?.departmentId;
    expect(lead).toBeTruthy();
    const report = await get<StatusReport>(`/api/v1/reports/status?department=${lead}`);
    const expected = plan.body.areas
      .flatMap((a) => a.measures)
      .filter((m) => m.lead?.departmentId === lead || m.contributors.includes(lead!))
      .map((m) => m.code);
    expect(report.body.areas.flatMap((a) => a.measures.map((m) => m.code))).toEqual(expected);
    expect(report.body.areas.every((a) => a.measures.length > 0)).toBe(true);
    expect((await get('/api/v1/reports/status?asOf=2027-13-01')).status).toBe(400);
  });
});
