import { berlinDate } from '@/lib/freshness.ts';
import { findCurrentPlan } from '../../db/plan-queries.ts';
import { statusReport } from '../../db/report-queries.ts';
import type { AppRouteHandler } from '../../lib/app-types.ts';
import type * as routes from './reports.routes.ts';

export const getStatusReport: AppRouteHandler<typeof routes.getStatusReport> = async (c) => {
  const { asOf, department } = c.req.valid('query');
  const now = c.var.clock();
  const plan = await findCurrentPlan(c.var.db);
  // The seed runs before the server listens, so a missing plan means the database was emptied under it.
  if (!plan) throw new Error('The plan is missing from the database');
  return c.json(await statusReport(c.var.db, plan, asOf ?? berlinDate(now), now, department), 200);
};
