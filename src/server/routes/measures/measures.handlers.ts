import type { MeasureSummary } from '@/contract/measures.ts';
import { notFoundBody } from '@/lib/api-errors.ts';
import { clientAddress } from '../../auth/client-address.ts';
import { currentSession } from '../../auth/guards.ts';
import { editMeasure } from '../../db/measure-edits.ts';
import { findCurrentPlan, loadMeasures, readMeasures, type StaleWatch } from '../../db/plan-queries.ts';
import type { Built } from '../../lib/answer-cache.ts';
import type { AppRouteHandler } from '../../lib/app-types.ts';
import { etagMatches } from '../../lib/etag.ts';
import { answerRefusedWrite } from '../../lib/write-refusals.ts';
import type * as routes from './measures.routes.ts';

export const listMeasures: AppRouteHandler<typeof routes.listMeasures> = async (c) => {
  const query = c.req.valid('query');
  const now = c.var.clock();
  // One kept answer per filter: the same filters in any order are the same list.
  const key = `measures?${new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined).sort()).toString()}`;
  return c.var.answers.answer<MeasureSummary[]>(c, c.var.db, now, key, async (db): Promise<Built> => {
    const plan = await findCurrentPlan(db);
    const watch: StaleWatch = { staleChangeAt: null };
    const records = plan ? await readMeasures(db, plan, now, query, watch) : [];
    const body: MeasureSummary[] = records.map(({ measure: { activities: _activities, ...summary } }) => summary);
    return { body, staleChangeAt: watch.staleChangeAt };
  });
};

export const getMeasure: AppRouteHandler<typeof routes.getMeasure> = async (c) => {
  const { code } = c.req.valid('param');
  const plan = await findCurrentPlan(c.var.db);
  const [record] = plan ? await loadMeasures(c.var.db, plan, c.var.clock(), { code }) : [];
  if (!record) return c.json(notFoundBody(`Measure ${code}`), 404);
  c.header('ETag', record.etag);
  if (etagMatches(c.req.header('If-None-Match'), record.etag)) return c.body(null, 304);
  return c.json(record.measure, 200);
};

export const updateMeasure: AppRouteHandler<typeof routes.updateMeasure> = async (c) => {
  const { code } = c.req.valid('param');
  const plan = await findCurrentPlan(c.var.db);
  if (!plan) return c.json(notFoundBody(`Measure ${code}`), 404);
  const now = c.var.clock();
  const result = await editMeasure(c.var.db, {
    plan,
    code,
    body: c.req.valid('json'),
    editor: currentSession(c).user,
    now,
    at: now,
    ifMatch: c.req.header('If-Match'),
    address: clientAddress(c, c.var.auth.trustProxy),
  });
  if (result.outcome !== 'written') return answerRefusedWrite(c, result, `Measure ${code}`);
  c.header('ETag', result.record.etag);
  return c.json(result.record.measure, 200);
};
