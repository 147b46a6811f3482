import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/test-database.ts';
import { testDatabases } from '../testing/test-databases.ts';
import type { OpenDatabase } from './database.ts';
import { anyVersion } from './measure-writes.ts';
import { findCurrentPlan } from './plan-queries.ts';
import { writeProgressUpdate } from './progress-updates.ts';
import { activities, measures, progressUpdates, users } from './schema.ts';

describe.each(testDatabases)('the progress history (on $name)', ({ databaseUrl }) => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ databaseUrl });
  });
  afterAll(async () => {
    await database?.close();
  });

  const report = async (target: { measureCode: string } | { activityCode: string }, request: { progress?: number; phase?: 'in_progress'; narrative: string }) => {
    const { db } = database;
    const [author] = await db.select().from(users).where(eq(users.username, 'coordinator'));
    const now = new Date();
    const result = await writeProgressUpdate(db, { plan: (await findCurrentPlan(db))!, target, request, author: author!, at: now, now, ifMatch: anyVersion, address: null });
    if (result.outcome !== 'written') throw new Error(`refused: ${result.outcome}`);
    return result;
  };
  const refused = async (statement: Promise<unknown>) => {
    const error = await statement.then(() => undefined, (e: unknown) => e as Error & { cause?: Error });
    expect(error, 'the statement should have failed').toBeDefined();
    expect(String(error!.cause?.message ?? error!.message)).toMatch(/progress_updates is append-only/);
  };

  it('keeps with each entry the measure’s shown progress after it, for charts over time', async () => {
    await report({ activityCode: '4.1.1' }, { phase: 'in_progress', progress: 40, narrative: '' });
    const { value, record } = await report({ activityCode: '4.1.2' }, { progress: 80, narrative: '' });
    // Four activities of equal weight: (40 + 80) / 4.
    expect(record.measure.progress).toBe(30);
    const [row] = await database.db.select().from(progressUpdates).where(eq(progressUpdates.id, value.id));
    expect(row).toMatchObject({ progress: 80, measureProgress: 30 });
  });

  it('is append-only: the database itself refuses to change, remove or truncate an entry', async () => {
    const { db } = database;
    const before = await db.select().from(progressUpdates).orderBy(progressUpdates.id);
    expect(before.length).toBeGreaterThan(0);
    await refused(db.update(progressUpdates).set({ narrative: 'rewritten' }).where(eq(progressUpdates.id, before[0]!.id)));
    await refused(db.delete(progressUpdates).where(eq(progressUpdates.id, before[0]!.id)));
    await refused(db.delete(progressUpdates));
    await refused(db.execute(sql`truncate progress_updates`));
    expect(await db.select().from(progressUpdates).orderBy(progressUpdates.id)).toEqual(before);
  });

  it('goes with its measure or activity when that is deleted, and with nothing else', async () => {
    const { db } = database;
    await report({ measureCode: '4.3' }, { narrative: 'Über die Maßnahme' });
    await report({ activityCode: '4.3.1' }, { progress: 10, narrative: '' });
    const [m43] = await db.select().from(measures).where(eq(measures.code, '4.3'));
    const [a411] = await db.select().from(activities).where(eq(activities.code, '4.1.1'));
    const count = (where: ReturnType<typeof eq>) => db.$count(progressUpdates, where);
    const others = await db.$count(progressUpdates) - (await count(eq(progressUpdates.measureId, m43!.id)));

    await db.delete(activities).where(eq(activities.id, a411!.id));
    expect(await count(eq(progressUpdates.activityId, a411!.id))).toBe(0);
    // 4.1's own entries and its other activity's stay.
    expect(await count(eq(progressUpdates.measureId, a411!.measureId))).toBe(1);

    await db.delete(measures).where(eq(measures.id, m43!.id));
    expect(await count(eq(progressUpdates.measureId, m43!.id))).toBe(0);
    expect(await db.$count(progressUpdates)).toBe(others - 1);
  });

  it('keeps an entry on an activity with that activity’s own measure', async () => {
    const { db } = database;
    const [m11] = await db.select().from(measures).where(eq(measures.code, '1.1'));
    const [a21] = await db.select().from(activities).where(eq(activities.code, '2.1.1'));
    const [row] = await db.select().from(progressUpdates).limit(1);
    const { id: _id, ...entry } = row!;
    await expect(db.insert(progressUpdates).values({ ...entry, measureId: m11!.id, activityId: a21!.id })).rejects.toThrow();
  });
});
