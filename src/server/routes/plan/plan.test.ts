import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '@/contract/plan.ts';
import { activities, measures } from '../../db/schema.ts';
import { createTestApp, type TestApp, type TestClient } from '../../testing/test-app.ts';
import { testDatabases } from '../../testing/test-databases.ts';

describe.each(testDatabases)('the whole plan (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  let council: TestClient;
  const getPlan = async () => {
    const res = await council.request('/api/v1/plan');
    expect(res.status).toBe(200);
    return (await res.json()) as Plan;
  };

  beforeAll(async () => {
    t = await createTestApp({ databaseUrl });
    council = await t.signIn('council');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('has its goals, and its Areas of Action with their measures and activities, all at 0 % to begin with', async () => {
    const plan = await getPlan();
    expect(plan).toMatchObject({ code: 'hannover-international', reportingIntervalDays: 90, progress: 0 });
    expect(plan.title.en).toBe('Hannover – International City');
    expect(plan.goals.map((g) => g.code)).toEqual(['1', '2', '3']);
    expect(plan.areas.map((a) => [a.code, a.measures.map((m) => m.code)])).toEqual([
      ['1', ['1.1', '1.2', '1.3']],
      ['2', ['2.1', '2.2', '2.3']],
      ['3', ['3.1', '3.2', '3.3', '3.4']],
      ['4', ['4.1', '4.2', '4.3']],
    ]);
    expect(plan.areas.flatMap((a) => a.measures.flatMap((m) => m.activities))).toHaveLength(31);
  });

  it('rolls progress up: areas from their measures, the plan from its areas, equally weighted', async () => {
    // Area 4: 4.1 completed (100), 4.2 set by hand to 50, 4.3 not started (0) → 50.
    await t.db.update(measures).set({ phase: 'completed' }).where(eq(measures.code, '4.1'));
    await t.db.update(measures).set({ manualProgress: 50, progressReason: 'Halfway' }).where(eq(measures.code, '4.2'));
    // Area 1: 1.3 from its one activity at 60, 1.1 and 1.2 discontinued and left out → 60.
    await t.db.update(activities).set({ phase: 'in_progress', progress: 60 }).where(eq(activities.code, '1.3.1'));
    await t.db.update(measures).set({ phase: 'discontinued' }).where(inArray(measures.code, ['1.1', '1.2']));

    const plan = await getPlan();
    const area = (code: string) => plan.areas.find((a) => a.code === code)!;
    expect(area('1').measures.find((m) => m.code === '1.3')!.progress).toBe(60);
    expect(area('1').progress).toBe(60);
    expect(area('4').measures.map((m) => m.progress)).toEqual([100, 50, 0]);
    expect(area('4').progress).toBe(50);
    // (60 + 0 + 0 + 50) / 4 → 27.5, shown as 28.
    expect(plan.progress).toBe(28);
  });
});
