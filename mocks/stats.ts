import { type Phase, phases } from '@/contract/common.ts';
import type { Measure, ProgressUpdate } from '@/contract/measures.ts';
import type { Plan } from '@/contract/plan.ts';
import type { ReportMeasure, StatusReport } from '@/contract/reports.ts';
import type { MeasureFlag, PhaseCounts, ProgressHistory, StatsSummary } from '@/contract/stats.ts';
import { isOverdue, isStale } from '@/lib/freshness.ts';
import { measureProgress, rollUp } from '@/lib/progress.ts';
import type { HistoryRange } from '@/lib/stats-periods.ts';

/**
 * The stats endpoints in JavaScript, from what the mock API keeps. The server works the same
 * figures out in SQL; the contract cases hold both to the same answers. summaryFromPlan doubles
 * as the tests' reading of "the same numbers as the tables".
 */

type Shown = Pick<Measure, 'phase' | 'health' | 'progress' | 'stale' | 'overdue'>;

function group(measures: readonly Shown[]) {
  const phaseCounts = Object.fromEntries(phases.map((p) => [p, measures.filter((m) => m.phase === p).length])) as PhaseCounts;
  return {
    measures: measures.length,
    progress: rollUp(measures),
    phases: phaseCounts,
    healths: {
      on_track: measures.filter((m) => m.health === 'on_track').length,
      at_risk: measures.filter((m) => m.health === 'at_risk').length,
      off_track: measures.filter((m) => m.health === 'off_track').length,
      none: measures.filter((m) => m.health === null).length,
    },
    overdue: measures.filter((m) => m.overdue).length,
    stale: measures.filter((m) => m.stale).length,
  };
}

const flag = (m: Measure): MeasureFlag => ({ code: m.code, targetDate: m.targetDate, lastUpdateAt: m.lastUpdateAt });

/** Stable sorts: ties stay in plan order, as the server's ORDER BY … , area, position. */
const sorted = <T,>(items: readonly T[], compare: (a: T, b: T) => number) => [...items].sort(compare);
const ascNullsFirst = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);

/** The summary as GET /plan's measures give it. */
export function summaryFromPlan(plan: Plan, asOf: Date = new Date()): StatsSummary {
  const all = plan.areas.flatMap((a) => a.measures);
  const departmentIds = [...new Set(all.map((m) => m.lead?.departmentId ?? null))].sort((a, b) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1,
  );
  return {
    asOf: asOf.toISOString(),
    reportingIntervalDays: plan.reportingIntervalDays,
    overall: group(all),
    areas: plan.areas.filter((a) => a.measures.length > 0).map((a) => ({ areaCode: a.code, ...group(a.measures) })),
    departments: departmentIds.map((id) => ({ departmentId: id, ...group(all.filter((m) => (m.lead?.departmentId ?? null) === id)) })),
    overdue: sorted(
      all.filter((m) => m.overdue),
      (a, b) => ascNullsFirst(a.targetDate, b.targetDate),
    ).map(flag),
    stale: sorted(
      all.filter((m) => m.stale),
      (a, b) => ascNullsFirst(a.lastUpdateAt, b.lastUpdateAt),
    ).map(flag),
    recentlyUpdated: sorted(
      all.filter((m) => m.lastUpdateAt !== null),
      (a, b) => -ascNullsFirst(a.lastUpdateAt, b.lastUpdateAt),
    )
      .slice(0, 10)
      .map(flag),
  };
}

/** What a replay of the history needs of a measure: its code, area and activities' weights now. */
type PlanMeasure = Pick<Measure, 'code' | 'areaCode'> & { activities: Pick<Measure['activities'][number], 'code' | 'weight'>[] };

type ActivityState = { phase: Phase; health: ProgressUpdate['health']; progress: number };
type MeasureState = ActivityState & { manual: boolean; shown: number; activities: Map<string, ActivityState> };

const notStarted = (): ActivityState => ({ phase: 'not_started', health: null, progress: 0 });

/**
 * Each measure's state right after each of the updates, oldest first, replayed from the
 * history with today's weights: the mock keeps no measure_progress column as the server does.
 */
function replay(measures: readonly PlanMeasure[], updates: readonly ProgressUpdate[]) {
  const states = new Map<string, MeasureState>(
    measures.map((m) => [m.code, { ...notStarted(), manual: false, shown: 0, activities: new Map(m.activities.map((a) => [a.code, notStarted()])) }]),
  );
  const after: { update: ProgressUpdate; shown: number }[] = [];
  const ordered = [...updates].sort((a, b) => (a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.id - b.id));
  for (const update of ordered) {
    const state = states.get(update.measureCode);
    const measure = measures.find((m) => m.code === update.measureCode);
    if (!state || !measure) continue;
    if (update.activityCode === null) {
      const source = update.changes.find((c) => c.field === 'progressSource');
      if (source) state.manual = source.to === 'manual';
      Object.assign(state, { phase: update.phase, health: update.health, progress: update.progress });
    } else {
      state.activities.set(update.activityCode, { phase: update.phase, health: update.health, progress: update.progress });
    }
    const parts = measure.activities.map((a) => ({ ...(state.activities.get(a.code) ?? notStarted()), weight: a.weight }));
    state.shown = measureProgress({ phase: state.phase, manualProgress: state.manual ? state.progress : null, activities: parts }).progress;
    after.push({ update, shown: state.shown });
  }
  return after;
}

const endOf = (date: string) => new Date(new Date(`${date}T00:00:00Z`).getTime() + 24 * 60 * 60 * 1000).toISOString();

/** Progress at the end of each date (UTC), as the server's progress_updates.measure_progress gives it. */
export function progressHistoryOf(plan: Plan, updates: readonly ProgressUpdate[], range: HistoryRange): ProgressHistory {
  const measures = plan.areas.flatMap((a) => a.measures);
  const replayed = replay(measures, updates);
  return {
    from: range.from,
    to: range.to,
    interval: range.interval,
    points: range.dates.map((date) => {
      const end = endOf(date);
      const seen = replayed.filter((r) => r.update.at < end);
      const at = (m: PlanMeasure) => {
        const own = seen.filter((r) => r.update.measureCode === m.code);
        const phase = own.filter((r) => r.update.activityCode === null).at(-1)?.update.phase ?? 'not_started';
        return { phase, progress: own.at(-1)?.shown ?? 0 };
      };
      return {
        date,
        overall: rollUp(measures.map(at)),
        areas: plan.areas.map((a) => ({ areaCode: a.code, progress: rollUp(a.measures.map(at)) })),
      };
    }),
  };
}

/** The plan as it stood at the end of `asOf`, owners and target dates as now. */
export function statusReportOf(
  plan: Plan,
  updates: readonly ProgressUpdate[],
  createdAt: (code: string) => string,
  query: { asOf: string; department?: string },
  now: Date,
): StatusReport {
  const end = endOf(query.asOf);
  const seenAt = new Date(end) < now ? new Date(end) : now;
  const replayed = replay(plan.areas.flatMap((a) => a.measures), updates).filter((r) => r.update.at < end);
  const overdueAt = new Date(`${query.asOf}T12:00:00Z`);
  const latestNarrative = (rows: typeof replayed) => {
    const last = rows.filter((r) => r.update.narrative.trim() !== '').at(-1)?.update;
    return last ? { at: last.at, author: { ...last.author }, narrative: last.narrative } : null;
  };
  const freshness = (phase: Phase, targetDate: string | null, lastUpdateAt: string | null, created: string) => ({
    stale: isStale({ phase, lastUpdateAt, createdAt: created }, plan.reportingIntervalDays, seenAt),
    overdue: isOverdue({ phase, targetDate }, overdueAt),
  });
  const inDepartment = (m: Measure) =>
    query.department === undefined || m.lead?.departmentId === query.department || m.contributors.includes(query.department);

  const areas = plan.areas.flatMap((area) => {
    const measures = area.measures.filter(inDepartment).map((m): ReportMeasure => {
      const own = replayed.filter((r) => r.update.measureCode === m.code);
      const state = own.filter((r) => r.update.activityCode === null).at(-1)?.update;
      const phase = state?.phase ?? 'not_started';
      return {
        code: m.code,
        title: { ...m.title },
        phase,
        health: state?.health ?? null,
        progress: own.at(-1)?.shown ?? 0,
        lead: m.lead && { ...m.lead },
        contributors: [...m.contributors],
        targetDate: m.targetDate,
        ...freshness(phase, m.targetDate, own.at(-1)?.update.at ?? null, createdAt(m.code)),
        latestUpdate: latestNarrative(own),
        activities: m.activities.map((a) => {
          const rows = own.filter((r) => r.update.activityCode === a.code);
          const last = rows.at(-1)?.update;
          const activityPhase = last?.phase ?? 'not_started';
          return {
            code: a.code,
            title: { ...a.title },
            phase: activityPhase,
            health: last?.health ?? null,
            progress: last?.progress ?? 0,
            lead: a.lead && { ...a.lead },
            contributors: [...a.contributors],
            targetDate: a.targetDate,
            ...freshness(activityPhase, a.targetDate, last?.at ?? null, createdAt(m.code)),
            latestUpdate: latestNarrative(rows),
          };
        }),
      };
    });
    return measures.length === 0
      ? []
      : [{ code: area.code, title: { ...area.title }, shortTitle: { ...area.shortTitle }, progress: rollUp(measures), measures }];
  });
  return {
    title: { ...plan.title },
    asOf: query.asOf,
    generatedAt: now.toISOString(),
    progress: rollUp(areas.flatMap((a) => a.measures)),
    areas,
  };
}
