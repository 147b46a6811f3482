import { and, desc, eq, inArray } from 'drizzle-orm';
import { type AuditList, measureAuditActions } from '@/contract/audit.ts';
import type { FieldChange } from '@/contract/measures.ts';
import type { Database } from './database.ts';
import { auditLog } from './schema.ts';

type MeasureDetails = { measureCode: string; activityCode: string | null; changes: FieldChange[] };

/**
 * The audit trail of one measure: every accepted write on it or its activities, newest first.
 * Refused requests are in the audit log too, but not about the measure: they do not show here.
 */
export async function listMeasureAudit(db: Database, measureId: number, page: { limit: number; offset: number }): Promise<AuditList> {
  const where = and(eq(auditLog.targetType, 'measure'), eq(auditLog.targetId, String(measureId)), inArray(auditLog.action, [...measureAuditActions]));
  return db.transaction(
    async (tx) => {
      const rows = await tx.select().from(auditLog).where(where).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(page.limit).offset(page.offset);
      const total = await tx.$count(auditLog, where);
      return {
        items: rows.map((row) => {
          const details = row.details as MeasureDetails;
          return {
            id: row.id,
            at: row.at.toISOString(),
            actorUsername: row.actorUsername,
            action: row.action as AuditList['items'][number]['action'],
            measureCode: details.measureCode,
            activityCode: details.activityCode,
            changes: details.changes,
          };
        }),
        total,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
