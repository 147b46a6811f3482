import { and, eq } from 'drizzle-orm';
import type { ValidationIssue } from '@/contract/common.ts';
import type { FieldChange } from '@/contract/measures.ts';
import type { SessionUser } from '@/contract/session.ts';
import { ifMatchAccepts, namesVersion } from '../lib/if-match.ts';
import type { Database } from './database.ts';
import { type MeasureRecord, measureEtag, type PlanRef, readMeasures } from './plan-queries.ts';
import { activities, measures } from './schema.ts';

export type MeasureRow = typeof measures.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** Who writes: the signed-in user, or for the demo history one of the demo accounts. */
export type Writer = Pick<SessionUser, 'id' | 'username' | 'name' | 'role' | 'departmentId'>;

/**
 * For the demo history only, which is written in order by the seed rather than by people who
 * each loaded a version: the write does not name one.
 */
export const anyVersion = Symbol('any version');
export type Precondition = string | undefined | typeof anyVersion;

/** What a write on a measure came to, when it was not made. */
export type WriteRefusal =
  | { outcome: 'not_found' }
  | { outcome: 'forbidden' }
  | { outcome: 'precondition_required' }
  | { outcome: 'precondition_failed'; current: MeasureRecord }
  | { outcome: 'invalid'; issues: ValidationIssue[] };

/** A write made: what it made, and the measure as it is now (unless the writer asked not to read it back). */
export type WriteResult<T, R = MeasureRecord> = WriteRefusal | { outcome: 'written'; value: T; record: R };

/** Whether a write reads the measure back (`readBack: false` does not): the demo seed, which answers no one, saves itself that. */
export type ReadBack = false | undefined;
export type RecordOf<B extends ReadBack> = B extends false ? undefined : MeasureRecord;

/** The measure a write is about, locked for the transaction; and the activity, for a write on one. */
export type Locked = { measure: MeasureRow; activity?: ActivityRow };

export type MeasureWrite<T, B extends ReadBack = undefined> = {
  readBack?: B;
  plan: PlanRef;
  /** For the freshness of the measure read back. */
  now: Date;
  ifMatch: Precondition;
  /** Finds the measure (and activity) and locks the measure row; undefined when there is none. */
  lock: (tx: Transaction) => Promise<Locked | undefined>;
  allowed: (locked: Locked) => boolean;
  /** Checks the request against the current state, then writes; issues mean nothing is kept. */
  apply: (tx: Transaction, locked: Locked) => Promise<{ issues: ValidationIssue[] } | { value: T }>;
};

class Invalid extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super('invalid write');
  }
}

/**
 * Every write on a measure or its activities, in one transaction: lock the measure row, answer
 * 404, 403, 428 and 412 in that order, apply, and read the measure back under the same lock, so
 * that the answer (and its ETag) is exactly the version written. Two writes on one version:
 * the second waits for the lock, then finds the version moved on and gets 412.
 */
export async function writeMeasure<T, B extends ReadBack = undefined>(db: Database, write: MeasureWrite<T, B>): Promise<WriteResult<T, RecordOf<B>>> {
  try {
    return await db.transaction(async (tx): Promise<WriteResult<T, RecordOf<B>>> => {
      const locked = await write.lock(tx);
      if (!locked) return { outcome: 'not_found' };
      if (!write.allowed(locked)) return { outcome: 'forbidden' };
      if (write.ifMatch !== anyVersion) {
        if (!namesVersion(write.ifMatch)) return { outcome: 'precondition_required' };
        if (!ifMatchAccepts(write.ifMatch, measureEtag(write.plan.id, locked.measure))) {
          return { outcome: 'precondition_failed', current: await readBack(tx, write, locked) };
        }
      }
      const applied = await write.apply(tx, locked);
      // Thrown, not returned, so that the transaction rolls back whatever apply did before it found a problem.
      if ('issues' in applied) throw new Invalid(applied.issues);
      const record = write.readBack === false ? undefined : await readBack(tx, write, locked);
      return { outcome: 'written', value: applied.value, record: record as RecordOf<B> };
    });
  } catch (error) {
    if (error instanceof Invalid) return { outcome: 'invalid', issues: error.issues };
    throw error;
  }
}

async function readBack(tx: Transaction, write: Pick<MeasureWrite<unknown>, 'plan' | 'now'>, locked: Locked): Promise<MeasureRecord> {
  const [record] = await readMeasures(tx, write.plan, write.now, { code: locked.measure.code });
  if (!record) throw new Error(`Measure ${locked.measure.code} vanished while locked`);
  return record;
}

/** Finds a measure of the plan by code and locks it. */
export const lockMeasure =
  (planId: number, code: string) =>
  async (tx: Transaction): Promise<Locked | undefined> => {
    const [measure] = await tx
      .select()
      .from(measures)
      .where(and(eq(measures.planId, planId), eq(measures.code, code)))
      .for('update');
    return measure && { measure };
  };

/** Finds an activity of the plan by code and locks its measure. */
export const lockActivity =
  (planId: number, code: string) =>
  async (tx: Transaction): Promise<Locked | undefined> => {
    const ofActivity = and(eq(activities.planId, planId), eq(activities.code, code));
    const [found] = await tx
      .select({ measure: measures })
      .from(measures)
      .innerJoin(activities, eq(activities.measureId, measures.id))
      .where(ofActivity)
      .for('update', { of: measures });
    if (!found) return undefined;
    // Read after the lock is held: a write that held it a moment ago may have changed the activity.
    const [activity] = await tx.select().from(activities).where(ofActivity);
    return activity && { measure: found.measure, activity };
  };

/** Appends { field, from, to } when the value changes. Values are plain JSON: compared as such. */
export function noteChange(changes: FieldChange[], field: string, from: unknown, to: unknown): void {
  if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from, to });
}
