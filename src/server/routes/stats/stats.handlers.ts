import type { ProgressHistory, StatsSummary } from '@/contract/stats.ts';
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
  const now = c.var.clock();
  return c.var.answers.answer<StatsSummary>(
    c,
    c.var.db,
    now,
    'stats/summary',
    async (db) => {
      const { summary: { asOf: _asOf, ...summary }, staleChangeAt } = await statsSummary(db, await currentPlan(db), now);
      return { body: summary, staleChangeAt };
    },
    // The figures hold as of this request, however long ago they were counted: nothing has changed since.
    { asOf: now.toISOString() },
  );
};

export const getProgressHistory: AppRouteHandler<typeof routes.getProgressHistory> = async (c) => {
  const now = c.var.clock();
  const range = resolveHistoryRange(c.req.valid('query'), berlinDate(now));
  // Checks across parameters, which the contract's schema of each parameter cannot express.
  if ('error' in range) return c.json(range.error, 400);
  const key = `stats/progress-history?${range.from}&${range.to}&${range.interval}`;
  return c.var.answers.answer<ProgressHistory>(c, c.var.db, now, key, async (db) => {
    const plan = await currentPlan(db);
    const areaCodes = (await listAreas(db, plan.id)).map((a) => a.code);
    return { body: await progressHistory(db, plan.id, areaCodes, range), staleChangeAt: null };
  });
};
