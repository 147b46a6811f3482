import { activityCode, areas as planAreas, departments as planDepartments, goals as planGoals, plan as planData } from '@/lib/plan-data.ts';
import type { Database } from '../db/database.ts';
import { activities, areas, departments, goals, measures, plans } from '../db/schema.ts';

/** The transaction a new database is seeded in. */
export type SeedWriter = Database;

/**
 * Puts the action plan "Hannover – International City" into an empty database, in one
 * transaction. Runs at every start and does nothing once the plan exists: from then on the
 * plan belongs to its coordinators, and a department or activity they removed stays removed.
 * Everything starts unassigned and not started; the plan maps no measure to a goal, so no
 * goal links are made up here. `onCreate` adds to a new database in the same transaction (the
 * demo accounts), so that a first start cut short leaves all of it or none.
 */
export async function seedPlan(db: Database, onCreate?: (tx: SeedWriter) => Promise<void>): Promise<{ created: boolean }> {
  return db.transaction(async (tx) => {
    // The unique code makes a concurrent second seeder wait here, then find the plan and stop.
    const [created] = await tx
      .insert(plans)
      .values({ code: planData.code, titleDe: planData.title.de, titleEn: planData.title.en, reportingIntervalDays: planData.reportingIntervalDays })
      .onConflictDoNothing({ target: plans.code })
      .returning({ id: plans.id });
    if (!created) return { created: false };
    const planId = created.id;

    // Departments belong to the city, not to this plan: another plan may have brought them already.
    await tx
      .insert(departments)
      .values(planDepartments.map((d) => ({ id: d.id, nameDe: d.name.de, nameEn: d.name.en })))
      .onConflictDoNothing({ target: departments.id });

    await tx.insert(goals).values(planGoals.map((g, position) => ({ planId, code: g.code, position, titleDe: g.title.de, titleEn: g.title.en })));

    const areaRows = await tx
      .insert(areas)
      .values(
        planAreas.map((a, position) => ({
          planId,
          code: a.code,
          position,
          titleDe: a.title.de,
          titleEn: a.title.en,
          shortTitleDe: a.shortTitle.de,
          shortTitleEn: a.shortTitle.en,
          descriptionDe: a.description.de,
          descriptionEn: a.description.en,
        })),
      )
      .returning({ id: areas.id, code: areas.code });
    const areaId = new Map(areaRows.map((row) => [row.code, row.id]));

    const measureRows = await tx
      .insert(measures)
      .values(
        planAreas.flatMap((a) =>
          a.measures.map((m, position) => ({
            planId,
            areaId: areaId.get(a.code)!,
            code: m.code,
            position,
            titleDe: m.title.de,
            titleEn: m.title.en,
          })),
        ),
      )
      .returning({ id: measures.id, code: measures.code });
    const measureId = new Map(measureRows.map((row) => [row.code, row.id]));

    await tx.insert(activities).values(
      planAreas.flatMap((a) =>
        a.measures.flatMap((m) =>
          m.activities.map((activity, position) => ({
            planId,
            measureId: measureId.get(m.code)!,
            code: activityCode(m.code, position),
            position,
            titleDe: activity.title.de,
            titleEn: activity.title.en,
          })),
        ),
      ),
    );
    await onCreate?.(tx);
    return { created: true };
  });
}
