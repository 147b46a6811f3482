import { expect } from 'vitest';
import { ErrorBody } from '@/contract/common.ts';
import type { Plan } from '@/contract/plan.ts';
import { StatusReport } from '@/contract/reports.ts';
import { ProgressHistory, StatsSummary } from '@/contract/stats.ts';
import { summaryFromPlan } from '~mocks/stats.ts';
import { badBody, type ContractCase } from './case-helpers.ts';
import type { Target } from './targets.ts';

/**
 * Stats and the status report. They run after the other cases on the same target, with whatever
 * those wrote: so they hold the figures to GET /plan rather than to fixed numbers. The figures
 * worked out by hand on a fixture history are in src/server/routes/stats/stats.test.ts.
 */

const planOf = async (target: Target) => (await (await target.request('/api/v1/plan')).json()) as Plan;
const measuresOf = (plan: Plan) => plan.areas.flatMap((a) => a.measures);
const reported = (report: StatusReport) => report.areas.flatMap((a) => a.measures);

export const statsCases: ContractCase[] = [
  {
    name: 'GET /stats/summary gives the same numbers as the plan’s measures',
    path: '/api/v1/stats/summary',
    status: 200,
    schema: StatsSummary,
    check: async (body: StatsSummary, _res, target) => {
      const expected = summaryFromPlan(await planOf(target));
      expect({ ...body, asOf: expected.asOf }).toEqual(expected);
      expect(Date.parse(body.asOf)).not.toBeNaN();
    },
  },
  { name: 'GET /stats/summary is for council members too', path: '/api/v1/stats/summary', as: 'council', status: 200, schema: StatsSummary },
  { name: 'GET /stats/summary needs a session', path: '/api/v1/stats/summary', as: 'anonymous', status: 401, schema: ErrorBody },
  {
    name: 'GET /stats/progress-history defaults to the last 18 months, by month, ending today',
    path: '/api/v1/stats/progress-history',
    as: 'head',
    status: 200,
    schema: ProgressHistory,
    check: async (body: ProgressHistory, _res, target) => {
      expect(body.interval).toBe('month');
      const dates = body.points.map((p) => p.date);
      expect(dates.at(-1)).toBe(body.to);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(dates.length);
      expect(dates.every((d) => d >= body.from && d <= body.to)).toBe(true);
      expect(body.points.length).toBeGreaterThanOrEqual(18);
      expect(body.points.length).toBeLessThanOrEqual(19);
      const to = new Date(`${body.to}T00:00:00Z`);
      expect(body.from.slice(0, 7)).toBe(new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 18, 1)).toISOString().slice(0, 7));
      const areaCodes = (await planOf(target)).areas.map((a) => a.code);
      expect(body.points.every((p) => p.areas.map((a) => a.areaCode).join() === areaCodes.join())).toBe(true);
    },
  },
  {
    name: 'GET /stats/progress-history by quarter: each quarter’s last day, then `to`, and nothing before the first update',
    path: '/api/v1/stats/progress-history?from=2000-02-10&to=2000-11-15&interval=quarter',
    status: 200,
    schema: ProgressHistory,
    check: (body: ProgressHistory) => {
      expect(body).toMatchObject({ from: '2000-02-10', to: '2000-11-15', interval: 'quarter' });
      expect(body.points.map((p) => p.date)).toEqual(['2000-03-31', '2000-06-30', '2000-09-30', '2000-11-15']);
      expect(body.points.every((p) => p.overall === 0 && p.areas.every((a) => a.progress === 0))).toBe(true);
    },
  },
  {
    name: 'GET /stats/progress-history by week ends on Sundays',
    path: '/api/v1/stats/progress-history?from=2000-01-01&to=2000-01-20&interval=week',
    status: 200,
    schema: ProgressHistory,
    check: (body: ProgressHistory) => expect(body.points.map((p) => p.date)).toEqual(['2000-01-02', '2000-01-09', '2000-01-16', '2000-01-20']),
  },
  {
    name: 'GET /stats/progress-history ends with the figures of today’s status report, both from the history',
    path: '/api/v1/stats/progress-history?interval=quarter',
    status: 200,
    schema: ProgressHistory,
    check: async (body: ProgressHistory, _res, target) => {
      const report = (await (await target.request(`/api/v1/reports/status?asOf=${body.to}`)).json()) as StatusReport;
      const last = body.points.at(-1);
      expect(last?.overall).toBe(report.progress);
      expect(last?.areas.filter((a) => report.areas.some((r) => r.code === a.areaCode))).toEqual(
        report.areas.map((a) => ({ areaCode: a.code, progress: a.progress })),
      );
      expect(last?.overall).toBeGreaterThan(0);
    },
  },
  badBody('GET /stats/progress-history with from after to is a 400 naming query.from', { path: '/api/v1/stats/progress-history?from=2026-05-02&to=2026-05-01' }, 'query.from', 400),
  badBody(
    'GET /stats/progress-history with more than 600 points is a 400 naming query.interval',
    { path: '/api/v1/stats/progress-history?from=1990-01-01&to=2026-01-01&interval=week' },
    'query.interval',
    400,
  ),
  badBody('GET /stats/progress-history?interval=day is a 400', { path: '/api/v1/stats/progress-history?interval=day' }, 'query.interval', 400),
  badBody('GET /stats/progress-history with a date that is none is a 400', { path: '/api/v1/stats/progress-history?to=2026-02-30' }, 'query.to', 400),
  { name: 'GET /stats/progress-history needs a session', path: '/api/v1/stats/progress-history', as: 'anonymous', status: 401, schema: ErrorBody },
  {
    name: 'GET /reports/status: every measure in plan order, with owners and target dates as now',
    path: '/api/v1/reports/status',
    as: 'council',
    status: 200,
    schema: StatusReport,
    check: async (body: StatusReport, _res, target) => {
      const plan = await planOf(target);
      expect(body.title).toEqual(plan.title);
      expect(Date.parse(body.generatedAt)).not.toBeNaN();
      expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(body.areas.map((a) => a.code)).toEqual(plan.areas.filter((a) => a.measures.length > 0).map((a) => a.code));
      const now = measuresOf(plan);
      expect(reported(body).map((m) => [m.code, m.lead, m.contributors, m.targetDate, m.activities.map((a) => a.code)])).toEqual(
        now.map((m) => [m.code, m.lead, m.contributors, m.targetDate, m.activities.map((a) => a.code)]),
      );
      for (const m of reported(body)) {
        if (m.latestUpdate) expect(m.latestUpdate.narrative.trim()).not.toBe('');
      }
    },
  },
  {
    name: 'GET /reports/status as of a date before any update: everything not started, at 0 %, with no narrative',
    path: '/api/v1/reports/status?asOf=2000-01-31',
    status: 200,
    schema: StatusReport,
    check: (body: StatusReport) => {
      expect(body.asOf).toBe('2000-01-31');
      expect(body.progress).toBe(0);
      const items = reported(body).flatMap((m) => [m, ...m.activities]);
      expect(items.length).toBeGreaterThan(13);
      for (const item of items) expect([item.code, item.phase, item.health, item.progress, item.latestUpdate]).toEqual([item.code, 'not_started', null, 0, null]);
      expect(body.areas.every((a) => a.progress === 0)).toBe(true);
    },
  },
  {
    name: 'GET /reports/status?department=… has only the measures it leads or contributes to',
    // The demo head's department.
    path: '/api/v1/reports/status?department=international-affairs',
    as: 'head',
    status: 200,
    schema: StatusReport,
    check: async (body: StatusReport, _res, target) => {
      const expected = measuresOf(await planOf(target)).filter((m) => m.lead?.departmentId === 'international-affairs' || m.contributors.includes('international-affairs'));
      // The write cases before these make it lead or contribute to some measures.
      expect(expected.length).toBeGreaterThan(0);
      expect(reported(body).map((m) => m.code)).toEqual(expected.map((m) => m.code));
      expect(body.areas.every((a) => a.measures.length > 0)).toBe(true);
    },
  },
  badBody('GET /reports/status with a date that is none is a 400 naming query.asOf', { path: '/api/v1/reports/status?asOf=2026-13-01' }, 'query.asOf', 400),
  badBody('GET /reports/status with an unknown parameter is a 400', { path: '/api/v1/reports/status?area=1' }, 'query.area', 400),
  { name: 'GET /reports/status needs a session', path: '/api/v1/reports/status', as: 'anonymous', status: 401, schema: ErrorBody },
];
