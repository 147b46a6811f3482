import type { Database } from '../db/database.ts';
import * as schema from '../db/schema.ts';

export async function countPlanRows(db: Database) {
  return {
    goals: await db.$count(schema.goals),
    areas: await db.$count(schema.areas),
    measures: await db.$count(schema.measures),
    activities: await db.$count(schema.activities),
    departments: await db.$count(schema.departments),
  };
}
