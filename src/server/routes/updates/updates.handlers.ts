import type { Context } from 'hono';
import { notFoundBody } from '@/lib/api-errors.ts';
import type { UpdateRequest } from '@/lib/update-rules.ts';
import { clientAddress } from '../../auth/client-address.ts';
import { currentSession } from '../../auth/guards.ts';
import { findCurrentPlan } from '../../db/plan-queries.ts';
import { findActivity, findMeasure, listProgressUpdates, type UpdateTarget, writeProgressUpdate } from '../../db/progress-updates.ts';
import type { AppEnv, AppRouteHandler } from '../../lib/app-types.ts';
import { answerRefusedWrite } from '../../lib/write-refusals.ts';
import type * as routes from './updates.routes.ts';

export const listMeasureUpdates: AppRouteHandler<typeof routes.listMeasureUpdates> = async (c) => {
  const { code } = c.req.valid('param');
  const plan = await findCurrentPlan(c.var.db);
  const measure = plan && (await findMeasure(c.var.db, plan.id, code));
  if (!measure) return c.json(notFoundBody(`Measure ${code}`), 404);
  return c.json(await listProgressUpdates(c.var.db, { measureId: measure.id }, c.req.valid('query')), 200);
};

export const listActivityUpdates: AppRouteHandler<typeof routes.listActivityUpdates> = async (c) => {
  const { code } = c.req.valid('param');
  const plan = await findCurrentPlan(c.var.db);
  const activity = plan && (await findActivity(c.var.db, plan.id, code));
  if (!activity) return c.json(notFoundBody(`Activity ${code}`), 404);
  return c.json(await listProgressUpdates(c.var.db, { activityId: activity.id }, c.req.valid('query')), 200);
};

/** Both POSTs: the same write, on a measure or on an activity (whose If-Match is its measure's ETag). */
async function report(c: Context<AppEnv>, target: UpdateTarget, request: UpdateRequest, what: string) {
  const plan = await findCurrentPlan(c.var.db);
  if (!plan) return c.json(notFoundBody(what), 404);
  const now = c.var.clock();
  const result = await writeProgressUpdate(c.var.db, {
    plan,
    target,
    request,
    author: currentSession(c).user,
    at: now,
    now,
    ifMatch: c.req.header('If-Match'),
    address: clientAddress(c, c.var.auth.trustProxy),
  });
  if (result.outcome !== 'written') return answerRefusedWrite(c, result, what);
  c.header('ETag', result.record.etag);
  return c.json({ update: result.value, measure: result.record.measure }, 201);
}

export const createMeasureUpdate: AppRouteHandler<typeof routes.createMeasureUpdate> = async (c) => {
  const { code } = c.req.valid('param');
  return report(c, { measureCode: code }, c.req.valid('json'), `Measure ${code}`);
};

export const createActivityUpdate: AppRouteHandler<typeof routes.createActivityUpdate> = async (c) => {
  const { code } = c.req.valid('param');
  return report(c, { activityCode: code }, c.req.valid('json'), `Activity ${code}`);
};
