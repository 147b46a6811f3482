import { z } from 'zod';
import {
  ActivityCode,
  AreaCode,
  DepartmentId,
  Health,
  Horizon,
  IsoDate,
  IsoDateTime,
  Lead,
  LocalizedText,
  MeasureCode,
  Percent,
  Phase,
} from './common.ts';

/** Where a progress figure came from: rolled up from the parts, or set by hand (with a reason). */
export const ProgressSource = z.enum(['computed', 'manual']).meta({ id: 'ProgressSource' });
export type ProgressSource = z.infer<typeof ProgressSource>;

const tracked = {
  title: LocalizedText,
  phase: Phase,
  health: Health.nullable(),
  progress: Percent,
  lead: Lead,
  contributors: z.array(DepartmentId),
  startDate: IsoDate.nullable(),
  targetDate: IsoDate.nullable(),
  horizon: Horizon.nullable(),
};

export const Activity = z
  .object({
    code: ActivityCode,
    ...tracked,
    /** Relative weight in the measure's roll-up; weights are normalised. */
    weight: z.number().positive(),
  })
  .meta({ id: 'Activity' });
export type Activity = z.infer<typeof Activity>;

export const MeasureSummary = z
  .object({
    code: MeasureCode,
    areaCode: AreaCode,
    ...tracked,
    progressSource: ProgressSource,
    /** Required when progress was set by hand. */
    progressReason: z.string().nullable(),
    /** Codes of the plan's goals this measure serves (maintained by coordinators). */
    goals: z.array(z.string()),
    activityCount: z.int().min(0),
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'MeasureSummary' });
export type MeasureSummary = z.infer<typeof MeasureSummary>;

export const Measure = MeasureSummary.extend({ activities: z.array(Activity) }).meta({ id: 'Measure' });
export type Measure = z.infer<typeof Measure>;

export const MeasureList = z.array(MeasureSummary);

/** Filters of GET /api/v1/measures; all optional, combined with AND. */
export const MeasureListQuery = z.strictObject({
  area: AreaCode.optional(),
  phase: Phase.optional(),
  health: Health.optional(),
  department: DepartmentId.optional(),
  /** Free text, matched case-insensitively against codes and titles in both languages. */
  q: z.string().trim().min(1).max(200).optional(),
});
export type MeasureListQuery = z.infer<typeof MeasureListQuery>;

export const MeasurePathParams = z.object({ code: MeasureCode });
