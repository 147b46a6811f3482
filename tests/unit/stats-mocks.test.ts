import { beforeAll, describe, expect, it } from 'vitest';
import { resolveHistoryRange } from '@/lib/stats-periods.ts';
import { allProgressUpdates, findMeasure, getPlan, isRefusal, measureCreatedAt, patchMeasure, reportProgress, resetMockDb, type Actor } from '~mocks/db.ts';
import { progressHistoryOf, statusReportOf } from '~mocks/stats.ts';

const coordinator: Actor = { username: 'coordinator', name: 'Demo Coordinator', role: 'coordinator', departmentId: null };

/** The fixture history of src/server/routes/stats/stats.test.ts, written to the mock API: the same hand-worked figures must come out. */
describe('the mocks’ stats, on the fixture history', () => {
  beforeAll(() => {
    resetMockDb({ demo: true });
    const etag = (code: string) => findMeasure(code)?.etag ?? null;
    const written = (result: object) => expect(isRefusal(result), JSON.stringify(result)).toBe(false);
    written(patchMeasure(coordinator, '1.2', { targetDate: '2027-03-31' }, etag('1.2'), '2027-01-16T10:00:00.000Z'));
    const update = (at: string, kind: 'measure' | 'activity', code: string, body: object, measure: string) =>
      written(reportProgress(coordinator, { kind, code }, { narrative: '', ...body }, etag(measure), at));
    update('2027-01-20T10:00:00.000Z', 'measure', '1.1', { phase: 'in_progress', health: 'on_track', progress: 40, narrative: 'Gestartet' }, '1.1');
    update('2027-02-10T10:00:00.000Z', 'activity', '2.1.1', { phase: 'in_progress', progress: 50, narrative: 'Halbzeit' }, '2.1');
    update('2027-03-05T10:00:00.000Z', 'measure', '3.1', { phase: 'completed', narrative: 'Fertig' }, '3.1');
    update('2027-03-05T11:00:00.000Z', 'measure', '4.1', { phase: 'discontinued', narrative: 'Eingestellt' }, '4.1');
    update('2027-03-20T10:00:00.000Z', 'measure', '1.1', { health: 'at_risk', narrative: 'Verzug' }, '1.1');
  });

  it('traces progress over time as worked out by hand', () => {
    const range = resolveHistoryRange({ from: '2027-01-01', to: '2027-04-10', interval: 'month' }, '2027-04-10');
    if ('error' in range) throw new Error('the range is valid');
    const history = progressHistoryOf(getPlan(), allProgressUpdates(), range);
    expect(history.points.map((p) => [p.date, p.overall, ...p.areas.map((a) => a.progress)])).toEqual([
      ['2027-01-31', 3, 13, 0, 0, 0],
      ['2027-02-28', 5, 13, 8, 0, 0],
      ['2027-03-31', 14, 13, 8, 25, 0],
      ['2027-04-10', 14, 13, 8, 25, 0],
    ]);
  });

  it('reports the plan as it stood at the end of a date', () => {
    const report = statusReportOf(getPlan(), allProgressUpdates(), measureCreatedAt, { asOf: '2027-02-28' }, new Date('2027-04-10T12:00:00Z'));
    expect(report.progress).toBe(5);
    expect(report.areas.map((a) => [a.code, a.progress])).toEqual([
      ['1', 13],
      ['2', 8],
      ['3', 0],
      ['4', 0],
    ]);
    const measure = (code: string) => report.areas.flatMap((a) => a.measures).find((m) => m.code === code);
    expect(measure('1.1')).toMatchObject({ phase: 'in_progress', health: 'on_track', progress: 40, latestUpdate: { narrative: 'Gestartet' } });
    expect(measure('2.1')?.activities.map((a) => [a.code, a.phase, a.progress, a.latestUpdate?.narrative ?? null])).toEqual([
      ['2.1.1', 'in_progress', 50, 'Halbzeit'],
      ['2.1.2', 'not_started', 0, null],
    ]);
    expect(measure('1.2')).toMatchObject({ targetDate: '2027-03-31', overdue: false });

    const later = statusReportOf(getPlan(), allProgressUpdates(), measureCreatedAt, { asOf: '2027-04-10' }, new Date('2027-04-10T12:00:00Z'));
    expect(later.progress).toBe(14);
    expect(later.areas[0]?.measures.map((m) => [m.code, m.health, m.overdue, m.latestUpdate?.narrative ?? null])).toEqual([
      ['1.1', 'at_risk', false, 'Verzug'],
      ['1.2', null, true, null],
      ['1.3', null, false, null],
    ]);
  });
});
