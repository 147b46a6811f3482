import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { ValidationIssue } from '@/contract/common.ts';
import type { FieldChange, ProgressUpdate, ProgressUpdateList } from '@/contract/measures.ts';
import { measureProgress } from '@/lib/progress.ts';
import { checkUpdate, type UpdateRequest } from '@/lib/update-rules.ts';
import { writeAudit } from '../auth/audit.ts';
import { canEditMeasure } from '@/lib/permissions.ts';
import type { Database } from './database.ts';
import {
  type Locked,
  lockActivity,
  lockMeasure,
  noteChange,
  type Precondition,
  type ReadBack,
  type RecordOf,
  type Transaction,
  type Writer,
  writeMeasure,
  type WriteResult,
} from './measure-writes.ts';
import type { PlanRef, Reader } from './plan-queries.ts';
import { activities, measures, progressUpdates } from './schema.ts';

/** What a progress update is about: a measure, or one of its activities. */
export type UpdateTarget = { measureCode: string } | { activityCode: string };

export type ProgressUpdateWrite<B extends ReadBack = undefined> = {
  readBack?: B;
  plan: PlanRef;
  target: UpdateTarget;
  request: UpdateRequest;
  author: Writer;
  /** When it was written: now, or for the demo history the time the history gives. */
  at: Date;
  now: Date;
  ifMatch: Precondition;
  address: string | null;
  /** Marks the audit rows of entries the demo seed wrote. */
  via?: 'demo';
};

/**
 * A progress update (POST /measures/{code}/updates and /activities/{code}/updates, and the demo
 * history): checks it with the rules of update-rules.ts, changes the state, appends the entry to
 * the history and one row to the audit trail, all in one transaction.
 */
export function writeProgressUpdate<B extends ReadBack = undefined>(db: Database, input: ProgressUpdateWrite<B>): Promise<WriteResult<ProgressUpdate, RecordOf<B>>> {
  const { plan, target } = input;
  return writeMeasure(db, {
    readBack: input.readBack,
    plan,
    now: input.now,
    ifMatch: input.ifMatch,
    lock: 'activityCode' in target ? lockActivity(plan.id, target.activityCode) : lockMeasure(plan.id, target.measureCode),
    // An update on an activity is a change to its measure, so the measure's lead department decides.
    allowed: ({ measure }) => canEditMeasure(input.author, measure.leadDepartmentId),
    apply: (tx, locked) => applyUpdate(tx, locked, input),
  });
}

async function applyUpdate(tx: Transaction, { measure, activity }: Locked, input: ProgressUpdateWrite<ReadBack>): Promise<{ issues: ValidationIssue[] } | { value: ProgressUpdate }> {
  const { request } = input;
  const parts = await tx
    .select({ id: activities.id, phase: activities.phase, progress: activities.progress, weight: activities.weight })
    .from(activities)
    .where(eq(activities.measureId, measure.id));
  const shownBefore = measureProgress({ phase: measure.phase, manualProgress: measure.manualProgress, activities: parts });
  const narrative = request.narrative.trim();
  const changes: FieldChange[] = [];

  let state: Pick<ProgressUpdate, 'phase' | 'health' | 'progress'>;
  let shownAfter: ReturnType<typeof measureProgress>;
  if (activity) {
    const { issues, outcome } = checkUpdate({ kind: 'activity', phase: activity.phase, health: activity.health, progress: activity.progress }, request);
    if (issues.length > 0) return { issues };
    const progress = outcome.progress ?? activity.progress;
    await tx.update(activities).set({ phase: outcome.phase, health: outcome.health, progress }).where(eq(activities.id, activity.id));
    noteChange(changes, 'phase', activity.phase, outcome.phase);
    noteChange(changes, 'health', activity.health, outcome.health);
    noteChange(changes, 'progress', activity.progress, progress);
    state = { phase: outcome.phase, health: outcome.health, progress };
    const partsAfter = parts.map((p) => (p.id === activity.id ? { ...p, phase: outcome.phase, progress } : p));
    shownAfter = measureProgress({ phase: measure.phase, manualProgress: measure.manualProgress, activities: partsAfter });
  } else {
    const { issues, outcome } = checkUpdate({ kind: 'measure', phase: measure.phase, health: measure.health, progress: measure.manualProgress }, request);
    if (issues.length > 0) return { issues };
    // Set by hand, the narrative is the reason; back to the roll-up, there is none.
    const progressReason = request.progress === undefined ? measure.progressReason : request.progress === null ? null : narrative;
    await tx
      .update(measures)
      .set({ phase: outcome.phase, health: outcome.health, manualProgress: outcome.progress, progressReason })
      .where(eq(measures.id, measure.id));
    shownAfter = measureProgress({ phase: outcome.phase, manualProgress: outcome.progress, activities: parts });
    noteChange(changes, 'phase', measure.phase, outcome.phase);
    noteChange(changes, 'health', measure.health, outcome.health);
    noteChange(changes, 'progress', shownBefore.progress, shownAfter.progress);
    noteChange(changes, 'progressSource', shownBefore.source, shownAfter.source);
    state = { phase: outcome.phase, health: outcome.health, progress: shownAfter.progress };
  }

  const { author, at } = input;
  const [row] = await tx
    .insert(progressUpdates)
    .values({
      planId: measure.planId,
      measureId: measure.id,
      activityId: activity?.id ?? null,
      authorUserId: author.id,
      authorUsername: author.username,
      authorName: author.name,
      at,
      narrative,
      changes,
      ...state,
      measureProgress: shownAfter.progress,
    })
    .returning({ id: progressUpdates.id });
  const activityCode = activity?.code ?? null;
  await writeAudit(tx, {
    action: activity ? 'activity.progress_reported' : 'measure.progress_reported',
    actor: { id: author.id, username: author.username },
    target: { type: 'measure', id: String(measure.id) },
    details: { measureCode: measure.code, activityCode, changes, ...(input.via && { via: input.via }) },
    address: input.address,
    at,
  });
  const update: ProgressUpdate = {
    id: row!.id,
    measureCode: measure.code,
    activityCode,
    at: at.toISOString(),
    author: { username: author.username, name: author.name },
    narrative,
    changes,
    ...state,
  };
  return { value: update };
}

/** The history of a measure (its own entries and its activities') or of one activity: newest first, one page. */
export async function listProgressUpdates(
  db: Database,
  of: { measureId: number } | { activityId: number },
  page: { limit: number; offset: number },
): Promise<ProgressUpdateList> {
  const where: SQL = 'activityId' in of ? eq(progressUpdates.activityId, of.activityId) : eq(progressUpdates.measureId, of.measureId);
  // One snapshot, so that the total counts the entries the page was cut from.
  return db.transaction(
    async (tx) => {
      const rows = await tx
        .select({ update: progressUpdates, measureCode: measures.code, activityCode: activities.code })
        .from(progressUpdates)
        .innerJoin(measures, eq(measures.id, progressUpdates.measureId))
        .leftJoin(activities, eq(activities.id, progressUpdates.activityId))
        .where(where)
        .orderBy(desc(progressUpdates.at), desc(progressUpdates.id))
        .limit(page.limit)
        .offset(page.offset);
      const total = await tx.$count(progressUpdates, where);
      return { items: rows.map(({ update, measureCode, activityCode }) => toProgressUpdate(update, measureCode, activityCode)), total };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

function toProgressUpdate(row: typeof progressUpdates.$inferSelect, measureCode: string, activityCode: string | null): ProgressUpdate {
  return {
    id: row.id,
    measureCode,
    activityCode,
    at: row.at.toISOString(),
    author: { username: row.authorUsername, name: row.authorName },
    narrative: row.narrative,
    changes: row.changes as FieldChange[],
    phase: row.phase,
    health: row.health,
    progress: row.progress,
  };
}

/** A measure of the plan by code, for reading its history. */
export async function findMeasure(db: Reader, planId: number, code: string) {
  const [row] = await db.select({ id: measures.id, leadDepartmentId: measures.leadDepartmentId }).from(measures).where(and(eq(measures.planId, planId), eq(measures.code, code)));
  return row;
}

/** An activity of the plan by code, for reading its history. */
export async function findActivity(db: Reader, planId: number, code: string) {
  const [row] = await db.select({ id: activities.id }).from(activities).where(and(eq(activities.planId, planId), eq(activities.code, code)));
  return row;
}
