import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areas as planAreas } from '@/lib/plan-data.ts';
import type { OpenDatabase } from '../db/database.ts';
import * as schema from '../db/schema.ts';
import { countPlanRows } from '../testing/count-plan-rows.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { seedPlan } from './seed-plan.ts';

describe('the plan is loaded into an empty database once', () => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('with its 3 goals, 4 Areas of Action, 13 measures, 31 activities and 7 departments', async () => {
    expect(await countPlanRows(database.db)).toEqual({ goals: 3, areas: 4, measures: 13, activities: 31, departments: 7 });
  });

  it('keeping the plan’s order and coding activities <measure>.<n>', async () => {
    const measures = await database.db.select().from(schema.measures).orderBy(asc(schema.measures.areaId), asc(schema.measures.position));
    expect(measures.map((m) => m.code)).toEqual(planAreas.flatMap((a) => a.measures.map((m) => m.code)));
    const codes = (await database.db.select({ code: schema.activities.code }).from(schema.activities)).map((a) => a.code);
    expect(codes).toContain('3.1.4');
    expect(codes).toContain('4.3.1');
    expect(codes.every((code) => /^\d\.\d\.\d$/.test(code))).toBe(true);
  });

  it('with everything not started, unassigned and undated, and no goal links made up', async () => {
    const { db } = database;
    for (const m of await db.select().from(schema.measures)) {
      expect(m).toMatchObject({ phase: 'not_started', health: null, manualProgress: null, progressReason: null, leadDepartmentId: null, leadPersonId: null, startDate: null, targetDate: null, horizon: null });
    }
    for (const a of await db.select().from(schema.activities)) {
      expect(a).toMatchObject({ phase: 'not_started', health: null, progress: 0, weight: 1, leadDepartmentId: null, startDate: null, targetDate: null, horizon: null });
    }
    expect(await db.$count(schema.measureGoals)).toBe(0);
    expect(await db.$count(schema.measureContributors)).toBe(0);
    expect(await db.$count(schema.activityContributors)).toBe(0);
  });

  it('and running it again at the next start changes nothing', async () => {
    const { db } = database;
    const before = { measures: await db.select().from(schema.measures), activities: await db.select().from(schema.activities) };
    expect(await seedPlan(db)).toEqual({ created: false });
    expect(await countPlanRows(db)).toEqual({ goals: 3, areas: 4, measures: 13, activities: 31, departments: 7 });
    expect({ measures: await db.select().from(schema.measures), activities: await db.select().from(schema.activities) }).toEqual(before);
  });

  it('and leaves alone what coordinators changed since, such as a department they removed', async () => {
    const { db } = database;
    await db.delete(schema.departments).where(eq(schema.departments.id, 'climate-protection'));
    await seedPlan(db);
    expect(await db.$count(schema.departments)).toBe(6);
  });
});
