import { z } from 'zod';
import { ActivityCode, IsoDateTime, MeasureCode } from './common.ts';
import { FieldChange, PageQuery } from './measures.ts';

/** What an accepted write on a measure did: a PATCH (edited) or a progress update (reported). */
export const measureAuditActions = ['measure.edited', 'activity.edited', 'measure.progress_reported', 'activity.progress_reported'] as const;
export const MeasureAuditAction = z.enum(measureAuditActions).meta({ id: 'MeasureAuditAction' });

/** One row of a measure's audit trail: who changed what, when, from what to what. */
export const AuditEntry = z
  .object({
    id: z.int(),
    at: IsoDateTime,
    actorUsername: z.string().nullable(),
    action: MeasureAuditAction,
    measureCode: MeasureCode,
    activityCode: ActivityCode.nullable(),
    changes: z.array(FieldChange),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Newest first. */
export const AuditList = z.object({ items: z.array(AuditEntry), total: z.int().min(0) }).meta({ id: 'AuditList' });
export type AuditList = z.infer<typeof AuditList>;

/** GET /api/v1/audit?measure=3.1: coordinators and admins for any measure, department heads for their department's. */
export const AuditQuery = PageQuery.extend({ measure: MeasureCode });
export type AuditQuery = z.infer<typeof AuditQuery>;
