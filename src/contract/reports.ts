import { z } from 'zod';
import { ActivityCode, AreaCode, DepartmentId, Health, IsoDate, IsoDateTime, Lead, LocalizedText, MeasureCode, Percent, Phase } from './common.ts';
import { Author } from './measures.ts';

/** The latest progress update up to the report's date. */
export const LatestUpdate = z.object({ at: IsoDateTime, author: Author, narrative: z.string() }).meta({ id: 'LatestUpdate' });
export type LatestUpdate = z.infer<typeof LatestUpdate>;

const reported = {
  title: LocalizedText,
  /** Phase, health and progress as they were at the end of the report's date, from the update history. */
  phase: Phase,
  health: Health.nullable(),
  progress: Percent,
  /** Owners and target date as they are now: their changes are in the audit trail, not the history. */
  lead: Lead,
  contributors: z.array(DepartmentId),
  targetDate: IsoDate.nullable(),
  stale: z.boolean(),
  overdue: z.boolean(),
  /** The latest update with a narrative (on the measure or, for a measure, any of its activities), or null. */
  latestUpdate: LatestUpdate.nullable(),
};

export const ReportActivity = z.object({ code: ActivityCode, ...reported }).meta({ id: 'ReportActivity' });
export const ReportMeasure = z
  .object({ code: MeasureCode, ...reported, activities: z.array(ReportActivity) })
  .meta({ id: 'ReportMeasure' });
export type ReportMeasure = z.infer<typeof ReportMeasure>;

export const ReportArea = z
  .object({ code: AreaCode, title: LocalizedText, shortTitle: LocalizedText, progress: Percent.nullable(), measures: z.array(ReportMeasure) })
  .meta({ id: 'ReportArea' });

/**
 * GET /api/v1/reports/status?asOf=2026-10-31&department=…: the plan's state as of a date, for the
 * committee report and the department view. Computed in the database from the update history.
 */
export const StatusReport = z
  .object({
    title: LocalizedText,
    asOf: IsoDate,
    /** When the report was made. */
    generatedAt: IsoDateTime,
    progress: Percent.nullable(),
    areas: z.array(ReportArea),
  })
  .meta({ id: 'StatusReport' });
export type StatusReport = z.infer<typeof StatusReport>;

/** Without asOf: today. With department: only measures it leads or contributes to (areas without one are left out). */
export const StatusReportQuery = z.strictObject({
  asOf: IsoDate.optional(),
  department: DepartmentId.optional(),
});
export type StatusReportQuery = z.infer<typeof StatusReportQuery>;
