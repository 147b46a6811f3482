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
  Narrative,
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
  /** When the latest progress update was written (for a measure: on it or any of its activities); null if never. */
  lastUpdateAt: IsoDateTime.nullable(),
  /** No update for longer than the plan's reporting interval, and neither completed nor discontinued. */
  stale: z.boolean(),
  /** The target date has passed, and neither completed nor discontinued. */
  overdue: z.boolean(),
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
    /** The ETag of GET /api/v1/measures/{code} for the version shown, for If-Match on a write. */
    etag: z.string(),
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

export const ActivityPathParams = z.object({ code: ActivityCode });

/** Owners, dates, horizon and weight of one activity, in a PATCH of its measure. */
export const ActivityPatch = z
  .strictObject({
    code: ActivityCode,
    lead: Lead.optional(),
    contributors: z.array(DepartmentId).max(50).optional(),
    startDate: IsoDate.nullable().optional(),
    targetDate: IsoDate.nullable().optional(),
    horizon: Horizon.nullable().optional(),
    weight: z.number().positive().max(1000).optional(),
  })
  .meta({ id: 'ActivityPatch' });
export type ActivityPatch = z.infer<typeof ActivityPatch>;

/**
 * PATCH /api/v1/measures/{code}: owners (lead, contributors) and goals need a coordinator or an
 * admin; dates, horizon and weights also a department head of the measure's lead department.
 * Only these fields: anything else is a 422 naming it. Phase, health and progress change only
 * through a progress update, which records who and why.
 */
export const UpdateMeasureBody = z
  .strictObject({
    lead: Lead.optional(),
    contributors: z.array(DepartmentId).max(50).optional(),
    /** Codes of the plan's goals. */
    goals: z.array(z.string()).max(20).optional(),
    startDate: IsoDate.nullable().optional(),
    targetDate: IsoDate.nullable().optional(),
    horizon: Horizon.nullable().optional(),
    activities: z.array(ActivityPatch).max(200).optional(),
  })
  .meta({ id: 'UpdateMeasureBody' });
export type UpdateMeasureBody = z.infer<typeof UpdateMeasureBody>;

/**
 * POST /api/v1/measures/{code}/updates: a dated progress update. `progress` sets the measure's
 * progress by hand (the narrative is its reason); null returns it to the roll-up of its
 * activities. Rules that depend on the measure's state (health only while planned, in progress,
 * ongoing or on hold; completed means 100; a narrative where DOMAIN.md asks for one; something
 * to record) are in src/lib/update-rules.ts and answered with 422 naming the field.
 */
export const MeasureUpdateBody = z
  .strictObject({
    phase: Phase.optional(),
    health: Health.nullable().optional(),
    progress: Percent.nullable().optional(),
    narrative: Narrative,
  })
  .meta({ id: 'MeasureUpdateBody' });
export type MeasureUpdateBody = z.infer<typeof MeasureUpdateBody>;

/** POST /api/v1/activities/{code}/updates: as for a measure; an activity's progress is always its own. */
export const ActivityUpdateBody = z
  .strictObject({
    phase: Phase.optional(),
    health: Health.nullable().optional(),
    progress: Percent.optional(),
    narrative: Narrative,
  })
  .meta({ id: 'ActivityUpdateBody' });
export type ActivityUpdateBody = z.infer<typeof ActivityUpdateBody>;

/** One field's value before and after a change. */
export const FieldChange = z
  .object({ field: z.string(), from: z.unknown(), to: z.unknown() })
  .meta({ id: 'FieldChange' });
export type FieldChange = z.infer<typeof FieldChange>;

export const Author = z.object({ username: z.string(), name: z.string() }).meta({ id: 'Author' });

/** One entry of the append-only history of a measure or activity (a "Sachstandsbericht"). */
export const ProgressUpdate = z
  .object({
    id: z.int(),
    measureCode: MeasureCode,
    /** Null when the update is about the measure itself. */
    activityCode: ActivityCode.nullable(),
    at: IsoDateTime,
    author: Author,
    narrative: z.string(),
    /** What this update changed: phase, health, progress and/or progressSource, from → to. */
    changes: z.array(FieldChange),
    /** The state of the measure or activity right after this update. */
    phase: Phase,
    health: Health.nullable(),
    progress: Percent,
  })
  .meta({ id: 'ProgressUpdate' });
export type ProgressUpdate = z.infer<typeof ProgressUpdate>;

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** Newest first. For a measure: its own updates and its activities'. */
export const ProgressUpdateList = z
  .object({ items: z.array(ProgressUpdate), total: z.int().min(0) })
  .meta({ id: 'ProgressUpdateList' });
export type ProgressUpdateList = z.infer<typeof ProgressUpdateList>;

/** An accepted write: the new entry, and the measure as it is now (its ETag also in the header). */
export const ProgressUpdateResult = z
  .object({ update: ProgressUpdate, measure: Measure })
  .meta({ id: 'ProgressUpdateResult' });
export type ProgressUpdateResult = z.infer<typeof ProgressUpdateResult>;
