import { and, asc, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '@/lib/demo-data.ts';
import { demoHistory } from '@/lib/demo-history.ts';
import type { OpenDatabase } from '../db/database.ts';
import { findCurrentPlan, loadMeasures } from '../db/plan-queries.ts';
import { activities, auditLog, measures, people, progressUpdates } from '../db/schema.ts';
import { createTestDatabase } from '../testing/test-database.ts';

const days = (n: number) => n * 24 * 60 * 60 * 1000;

describe('the demo history of a new embedded demo database', () => {
  let database: OpenDatabase;
  const now = new Date();
  beforeAll(async () => {
    database = await createTestDatabase({ demo: true, history: true, now });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('has about 18 months of updates up to now, each by a demo account and labelled as demo', async () => {
    const rows = await database.db.select().from(progressUpdates).orderBy(asc(progressUpdates.at));
    expect(rows).toHaveLength(demoHistory(now).updates.length);
    expect(rows.length).toBeGreaterThan(100);
    const first = rows[0]!.at.getTime();
    const last = rows.at(-1)!.at.getTime();
    expect(now.getTime() - first).toBeGreaterThan(days(480));
    expect(now.getTime() - first).toBeLessThan(days(600));
    expect(last).toBeLessThanOrEqual(now.getTime());
    expect(now.getTime() - last).toBeLessThan(days(45));
    const usernames = new Set(demoAccounts.map((a) => a.username));
    expect(rows.every((r) => usernames.has(r.authorUsername) && r.narrative.startsWith('[Demo]'))).toBe(true);
  });

  it('ends in the state its last entries describe, for every measure and activity, with the shown progress they recorded', async () => {
    const { db } = database;
    const plan = (await findCurrentPlan(db))!;
    const records = await loadMeasures(db, plan, now);
    const latest = async (where: ReturnType<typeof and>) =>
      (await db.select().from(progressUpdates).where(where).orderBy(asc(progressUpdates.at), asc(progressUpdates.id))).at(-1);
    let reported = 0;
    for (const { measure } of records) {
      const [row] = await db.select().from(measures).where(and(eq(measures.planId, plan.id), eq(measures.code, measure.code)));
      const own = await latest(and(eq(progressUpdates.measureId, row!.id), isNull(progressUpdates.activityId)));
      if (own) expect({ phase: measure.phase, health: measure.health }, measure.code).toEqual({ phase: own.phase, health: own.health });
      const any = await latest(eq(progressUpdates.measureId, row!.id));
      if (any) {
        reported++;
        expect(measure.progress, measure.code).toBe(any.measureProgress);
        expect(measure.lastUpdateAt).toBe(any.at.toISOString());
      }
      for (const activity of measure.activities) {
        const [activityRow] = await db.select().from(activities).where(and(eq(activities.planId, plan.id), eq(activities.code, activity.code)));
        const entry = await latest(eq(progressUpdates.activityId, activityRow!.id));
        if (entry) expect({ phase: activity.phase, health: activity.health, progress: activity.progress }, activity.code).toEqual({ phase: entry.phase, health: entry.health, progress: entry.progress });
      }
    }
    expect(reported).toBeGreaterThan(8);
  });

  it('has the owners, goals, dates and weights of the scenario, and its people', async () => {
    const { db } = database;
    const history = demoHistory(now);
    expect(await db.$count(people)).toBe(history.people.length);
    const { measure } = (await loadMeasures(db, (await findCurrentPlan(db))!, now, { code: '1.1' }))[0]!;
    const { goals, contributors, ...owners } = history.measures['1.1']!;
    expect(measure).toMatchObject({ ...owners, goals: [...goals].sort(), contributors: [...contributors].sort() });
    const activity = history.activities['1.1.1']!;
    expect(measure.activities[0]).toMatchObject({ ...activity, contributors: [...activity.contributors].sort() });
  });

  it('has an audit trail that matches: one row per update, and the owners assigned before the first of them', async () => {
    const { db } = database;
    const reported = await db.select().from(auditLog).where(eq(auditLog.action, 'measure.progress_reported'));
    const activityReported = await db.$count(auditLog, eq(auditLog.action, 'activity.progress_reported'));
    expect(reported.length + activityReported).toBe(await db.$count(progressUpdates));
    expect(reported.every((r) => (r.details as { via?: string }).via === 'demo')).toBe(true);
    const [firstUpdate] = await db.select().from(progressUpdates).orderBy(asc(progressUpdates.at)).limit(1);
    const edits = await db.select().from(auditLog).where(eq(auditLog.action, 'measure.edited'));
    expect(edits.length).toBeGreaterThan(8);
    expect(edits.every((e) => e.actorUsername === 'coordinator' && e.at < firstUpdate!.at)).toBe(true);
  });
});

describe('a test database without the history', () => {
  it('has none, demo owners or not', async () => {
    const database = await createTestDatabase({ demo: true });
    try {
      expect(await database.db.$count(progressUpdates)).toBe(0);
      expect(await database.db.$count(people)).toBe(0);
    } finally {
      await database.close();
    }
  });
});
