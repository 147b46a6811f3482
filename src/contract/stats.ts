import { z } from 'zod';
import { AreaCode, DepartmentId, IsoDate, IsoDateTime, MeasureCode, Percent, Phase } from './common.ts';

const Count = z.int().min(0);

/** How many measures are in each phase; every phase present, zeros included. */
export const PhaseCounts = z.record(Phase, Count).meta({ id: 'PhaseCounts' });
export type PhaseCounts = z.infer<typeof PhaseCounts>;

/** How many measures have each health; `none` counts those without one (not started, completed, …). */
export const HealthCounts = z
  .object({ on_track: Count, at_risk: Count, off_track: Count, none: Count })
  .meta({ id: 'HealthCounts' });
export type HealthCounts = z.infer<typeof HealthCounts>;

/** The figures of one group of measures: the whole plan, an area or a lead department. */
const GroupStats = {
  /** Number of measures in the group. */
  measures: Count,
  /** Rolled up as the plan page shows it (src/lib/progress.ts): null when no measure counts. */
  progress: Percent.nullable(),
  phases: PhaseCounts,
  healths: HealthCounts,
  overdue: Count,
  stale: Count,
};

export const AreaStats = z.object({ areaCode: AreaCode, ...GroupStats }).meta({ id: 'AreaStats' });
export type AreaStats = z.infer<typeof AreaStats>;

/** By lead department; `departmentId` null is the group of measures with no lead yet. */
export const DepartmentStats = z.object({ departmentId: DepartmentId.nullable(), ...GroupStats }).meta({ id: 'DepartmentStats' });
export type DepartmentStats = z.infer<typeof DepartmentStats>;

export const MeasureFlag = z
  .object({ code: MeasureCode, targetDate: IsoDate.nullable(), lastUpdateAt: IsoDateTime.nullable() })
  .meta({ id: 'MeasureFlag' });
export type MeasureFlag = z.infer<typeof MeasureFlag>;

/**
 * GET /api/v1/stats/summary: counts and progress of the plan's measures, computed in the
 * database. The same numbers as the plan and the measures table show.
 */
export const StatsSummary = z
  .object({
    /** When these figures were computed; stale and overdue are as of then. */
    asOf: IsoDateTime,
    reportingIntervalDays: z.int().positive(),
    overall: z.object(GroupStats),
    areas: z.array(AreaStats),
    departments: z.array(DepartmentStats),
    /** Overdue measures, by target date (oldest first). */
    overdue: z.array(MeasureFlag),
    /** Stale measures, longest without an update first. */
    stale: z.array(MeasureFlag),
    /** The measures with the latest progress updates, newest first (at most 10). */
    recentlyUpdated: z.array(MeasureFlag),
  })
  .meta({ id: 'StatsSummary' });
export type StatsSummary = z.infer<typeof StatsSummary>;

export const intervals = ['week', 'month', 'quarter'] as const;
export const Interval = z.enum(intervals).meta({ id: 'Interval' });
export type Interval = z.infer<typeof Interval>;

/** GET /api/v1/stats/progress-history?from&to&interval; the period defaults to the last 18 months, by month. */
export const ProgressHistoryQuery = z.strictObject({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  interval: Interval.default('month'),
});
export type ProgressHistoryQuery = z.infer<typeof ProgressHistoryQuery>;

export const ProgressPoint = z
  .object({
    /** The last day of the period: each figure is the state at the end of that day. */
    date: IsoDate,
    overall: Percent.nullable(),
    areas: z.array(z.object({ areaCode: AreaCode, progress: Percent.nullable() })),
  })
  .meta({ id: 'ProgressPoint' });
export type ProgressPoint = z.infer<typeof ProgressPoint>;

/** Progress over time from the update history: overall and per area, one point per period. */
export const ProgressHistory = z
  .object({ from: IsoDate, to: IsoDate, interval: Interval, points: z.array(ProgressPoint) })
  .meta({ id: 'ProgressHistory' });
export type ProgressHistory = z.infer<typeof ProgressHistory>;
