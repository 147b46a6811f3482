import { afterEach, describe, expect, it } from 'vitest';
import type { Health, Phase } from '@/contract/common.ts';
import { ActivityUpdateBody, MeasureUpdateBody } from '@/contract/measures.ts';
import { demoAccounts, demoLeadDepartments } from '@/lib/demo-data.ts';
import { type DemoHistory, demoHistory } from '@/lib/demo-history.ts';
import { isOverdue, isStale } from '@/lib/freshness.ts';
import { activityCode, areas, departments, goals, plan } from '@/lib/plan-data.ts';
import { measureProgress } from '@/lib/progress.ts';
import { checkUpdate } from '@/lib/update-rules.ts';
import { canEditMeasure } from '@/lib/permissions.ts';
import { listAudit, listMeasures, listPeople, listProgressUpdates, resetMockDb } from '~mocks/db.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const now = new Date('2026-03-10T10:15:00Z');
const history = demoHistory(now);

const measureCodes = areas.flatMap((area) => area.measures.map((m) => m.code));
const activityCodes = areas.flatMap((area) => area.measures.flatMap((m) => m.activities.map((_, i) => activityCode(m.code, i))));

type State = { phase: Phase; health: Health | null; progress: number | null; reason: string | null; lastUpdateAt: string | null };

/** Applies the history in order, as POST …/updates would, and fails on the first update the rules refuse. */
function replay({ updates }: DemoHistory) {
  const fresh = (progress: number | null): State => ({ phase: 'not_started', health: null, progress, reason: null, lastUpdateAt: null });
  const measures = new Map(measureCodes.map((code) => [code, fresh(null)]));
  const activities = new Map(activityCodes.map((code) => [code, fresh(0)]));
  for (const [index, update] of updates.entries()) {
    const { at: _at, authorUsername, measureCode, activityCode: code, ...request } = update;
    const where = `update ${index} on ${code ?? measureCode}`;
    const state = code === null ? measures.get(measureCode) : activities.get(code);
    if (!state) throw new Error(`${where}: no such measure or activity`);
    if (code !== null) expect(code.startsWith(`${measureCode}.`), where).toBe(true);

    // The same body the API would accept, sent by an account allowed to send it.
    expect((code === null ? MeasureUpdateBody : ActivityUpdateBody).safeParse(request).success, where).toBe(true);
    const author = demoAccounts.find((a) => a.username === authorUsername);
    expect(author && canEditMeasure(author, demoLeadDepartments[measureCode] ?? null), `${where} by ${authorUsername}`).toBe(true);

    const { issues, outcome } = checkUpdate({ kind: code === null ? 'measure' : 'activity', ...state }, request);
    expect(issues, where).toEqual([]);
    Object.assign(state, outcome, { lastUpdateAt: update.at });
    if (code === null && request.progress !== undefined) state.reason = request.progress === null ? null : request.narrative.trim();
  }
  return { measures, activities };
}

describe('the demo history', () => {
  it('is valid under the update rules when applied in order, each update by an account allowed to write it', () => {
    expect(() => replay(history)).not.toThrow();
  });

  it('is about eighteen months of updates before now, oldest first, none in the future', () => {
    const times = history.updates.map((u) => new Date(u.at).getTime());
    expect(history.updates.length).toBeGreaterThanOrEqual(150);
    expect(history.updates.length).toBeLessThanOrEqual(250);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const firstDaysAgo = (now.getTime() - (times[0] ?? 0)) / DAY_MS;
    expect(firstDaysAgo).toBeGreaterThan(520);
    expect(firstDaysAgo).toBeLessThan(560);
    expect(times.every((t) => t < now.getTime())).toBe(true);
    // Both demo accounts that may write take part.
    expect(new Set(history.updates.map((u) => u.authorUsername))).toEqual(new Set(['coordinator', 'head']));
  });

  it('is clearly labelled as demo data', () => {
    expect(history.people.length).toBeGreaterThan(0);
    for (const person of history.people) expect(person.name).toMatch(/ \(Demo\)$/);
    for (const update of history.updates) expect(update.narrative).toMatch(/^\[Demo\] \S/);
  });

  it('is the same for the same moment, and moves with it', () => {
    expect(demoHistory(new Date(now))).toEqual(history);
    const later = demoHistory(new Date(now.getTime() + 10 * DAY_MS));
    expect(later.updates.map((u) => ({ ...u, at: new Date(new Date(u.at).getTime() - 10 * DAY_MS).toISOString() }))).toEqual(history.updates);
    expect(later.people).toEqual(history.people);
  });

  it('gives every measure and activity owners that exist, with the demo lead departments', () => {
    const departmentIds = new Set(departments.map((d) => d.id));
    const people = new Map(history.people.map((p) => [p.id, p]));
    expect(people.size).toBe(history.people.length);
    for (const person of history.people) {
      expect(person.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(departmentIds.has(person.departmentId)).toBe(true);
    }
    expect(Object.keys(history.measures).sort()).toEqual([...measureCodes].sort());
    expect(Object.keys(history.activities).sort()).toEqual([...activityCodes].sort());

    for (const code of measureCodes) {
      const owners = history.measures[code]!;
      expect(owners.lead?.departmentId, code).toBe(demoLeadDepartments[code]);
      expect(owners.goals.every((g) => goals.some((goal) => goal.code === g)), code).toBe(true);
    }
    for (const [code, owners] of [...Object.entries(history.measures), ...Object.entries(history.activities)]) {
      for (const id of [owners.lead?.departmentId, ...owners.contributors]) if (id !== undefined) expect(departmentIds.has(id), code).toBe(true);
      const personId = owners.lead?.personId;
      if (personId) expect(people.has(personId), code).toBe(true);
      if (owners.startDate && owners.targetDate) expect(owners.startDate <= owners.targetDate, code).toBe(true);
    }

    const leads = Object.values(history.measures).map((m) => m.lead);
    expect(leads.filter((lead) => lead === null).length).toBeGreaterThan(0);
    expect(leads.filter((lead) => lead?.personId).length).toBeGreaterThan(0);
    expect(leads.filter((lead) => lead && lead.personId === null).length).toBeGreaterThan(0);
    expect(Object.values(history.measures).filter((m) => m.goals.length > 0).length).toBeGreaterThan(measureCodes.length / 2);
    expect(Object.values(history.measures).filter((m) => m.contributors.length > 0).length).toBeGreaterThan(0);
    const weights = Object.values(history.activities).map((a) => a.weight);
    expect(weights.filter((w) => w === 1).length).toBeGreaterThan(weights.length / 2);
    expect(weights).toContain(2);
  });

  it('leaves the plan in an interesting state today', () => {
    const { measures, activities } = replay(history);
    const interval = plan.reportingIntervalDays;
    const today = [...measures].map(([code, m]) => {
      const own = [...activities].filter(([a]) => a.startsWith(`${code}.`)).map(([, a]) => a);
      const lastUpdateAt = [m.lastUpdateAt, ...own.map((a) => a.lastUpdateAt)].filter((at) => at !== null).sort().at(-1) ?? null;
      return {
        code,
        ...m,
        stale: isStale({ phase: m.phase, lastUpdateAt, createdAt: new Date(now.getTime() - 600 * DAY_MS) }, interval, now),
        overdue: isOverdue({ phase: m.phase, targetDate: history.measures[code]!.targetDate }, now),
      };
    });
    const codesWhere = (test: (m: (typeof today)[number]) => boolean) => today.filter(test).map((m) => m.code);

    expect(codesWhere((m) => m.phase === 'in_progress' || m.phase === 'ongoing').length).toBeGreaterThanOrEqual(4);
    expect(codesWhere((m) => m.phase === 'completed')).toHaveLength(1);
    expect(codesWhere((m) => m.phase === 'on_hold')).toHaveLength(1);
    expect(codesWhere((m) => m.health === 'at_risk').length).toBeGreaterThanOrEqual(1);
    expect(codesWhere((m) => m.health === 'off_track').length).toBeGreaterThanOrEqual(1);
    expect(codesWhere((m) => m.stale).length).toBeGreaterThanOrEqual(2);
    expect(codesWhere((m) => !m.stale).length).toBeGreaterThan(codesWhere((m) => m.stale).length);
    expect(codesWhere((m) => m.overdue).length).toBeGreaterThanOrEqual(1);
    const manual = today.filter((m) => m.progress !== null);
    expect(manual.length).toBeGreaterThanOrEqual(1);
    for (const m of manual) expect(m.reason).toMatch(/\S/);
    expect([...activities.values()].filter((a) => a.phase === 'discontinued').length).toBeGreaterThanOrEqual(1);

    // Progress has moved: the plan is neither empty nor finished.
    const figures = today.map((m) => {
      const own = [...activities].filter(([a]) => a.startsWith(`${m.code}.`));
      const parts = own.map(([code, a]) => ({ phase: a.phase, progress: a.progress ?? 0, weight: history.activities[code]!.weight }));
      return measureProgress({ phase: m.phase, manualProgress: m.progress, activities: parts }).progress;
    });
    expect(figures.filter((p) => p > 0 && p < 100).length).toBeGreaterThanOrEqual(8);
  });
});

describe('the demo history in the mock API', () => {
  afterEach(() => resetMockDb());

  it('is written through the same path as the API’s writes, so lists, history and audit trail agree', () => {
    resetMockDb({ history: true });
    const count = demoHistory(new Date()).updates.length;
    const measures = listMeasures({});

    const histories = measures.map((m) => listProgressUpdates({ kind: 'measure', code: m.code }, { limit: 200, offset: 0 })!);
    expect(histories.reduce((sum, h) => sum + h.total, 0)).toBe(count);
    const coordinator = { username: 'coordinator', name: 'Alex Koordination (Demo)', role: 'coordinator', departmentId: null } as const;
    const trail = measures.flatMap((m) => {
      const page = listAudit(coordinator, { measure: m.code, limit: 200, offset: 0 });
      return 'items' in page ? page.items : [];
    });
    const reports = trail.filter((entry) => entry.action.endsWith('.progress_reported'));
    expect(reports).toHaveLength(count);
    // The owners were named by the coordinator before anyone reported.
    const firstReport = reports.map((entry) => entry.at).sort()[0]!;
    const edits = trail.filter((entry) => entry.action.endsWith('.edited'));
    expect(edits.length).toBeGreaterThan(0);
    for (const edit of edits) {
      expect(edit.actorUsername).toBe('coordinator');
      expect(edit.at < firstReport).toBe(true);
    }

    const where = (flag: 'stale' | 'overdue') => measures.filter((m) => m[flag]).map((m) => m.code);
    expect(where('stale')).toEqual(['3.4', '4.2']);
    expect(where('overdue')).toEqual(['2.1', '3.2']);
    expect(measures.find((m) => m.code === '2.2')).toMatchObject({ progressSource: 'manual', progressReason: expect.stringMatching(/^\[Demo\] /) });
    expect(measures.find((m) => m.code === '3.3')).toMatchObject({ lead: null, lastUpdateAt: null });
    expect(listPeople().every((p) => p.name.endsWith(' (Demo)'))).toBe(true);
  });
});
