import { notFoundBody } from '@/lib/api-errors.ts';
import { findCurrentPlan, loadMeasures } from '../../db/plan-queries.ts';
import type { AppRouteHandler } from '../../lib/app-types.ts';
import { etagMatches } from '../../lib/etag.ts';
import type { getMeasure as getMeasureRoute, listMeasures as listMeasuresRoute } from './measures.routes.ts';

export const listMeasures: AppRouteHandler<typeof listMeasuresRoute> = async (c) => {
  const plan = await findCurrentPlan(c.var.db);
  const records = plan ? await loadMeasures(c.var.db, plan.id, c.req.valid('query')) : [];
  return c.json(records.map(({ measure: { activities: _activities, ...summary } }) => summary), 200);
};

export const getMeasure: AppRouteHandler<typeof getMeasureRoute> = async (c) => {
  const { code } = c.req.valid('param');
  const plan = await findCurrentPlan(c.var.db);
  const [record] = plan ? await loadMeasures(c.var.db, plan.id, { code }) : [];
  if (!record) return c.json(notFoundBody(`Measure ${code}`), 404);
  c.header('ETag', record.etag);
  if (etagMatches(c.req.header('If-None-Match'), record.etag)) return c.body(null, 304);
  return c.json(record.measure, 200);
};
