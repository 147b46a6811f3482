import { berlinDate } from '@/lib/freshness.ts';
import { resolveHistoryRange } from '@/lib/stats-periods.ts';
import type { Database } from '../../db/database.ts';
import { findCurrentPlan, listAreas } from '../../db/plan-queries.ts';
import { progressHistory, statsSummary } from '../../db/stats-queries.ts';
import type { AppRouteHandler } from '../../lib/app-types.ts';
import type * as routes from './stats.routes.ts';

async function currentPlan(db: Database) {
  const plan = await findCurrentPlan(db);
  // The seed runs before the server listens, so a missing plan means the database was emptied under it.
  if (!plan) throw new Error('The plan is missing from the database');
  return plan;
}

export const getStatsSummary: AppRouteHandler<typeof routes.getStatsSummary> = async (c) => {
  const plan = await currentPlan(c.var.db);
  return c.json(await statsSummary(c.var.db, plan, c.var.clock()), 200);
};

export const getProgressHistory: AppRouteHandler<typeof routes.getProgressHistory> = async (c) => {
  const range = resolveHistoryRange(c.req.valid('query'), berlinDate(c.var.clock()));
  // Checks across parameters, which the contract's schema of each parameter cannot express.
  if ('error' in range) return c.json(range.error, 400);
  const plan = await currentPlan(c.var.db);
  const areaCodes = (await listAreas(c.var.db, plan.id)).map((a) => a.code);
  return c.json(await progressHistory(c.var.db, plan.id, areaCodes, range), 200);
};
