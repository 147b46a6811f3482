import type { Area, Plan } from '@/contract/plan.ts';
import { rollUp } from '@/lib/progress.ts';
import { findCurrentPlan, listAreas, listGoals, readMeasures, type StaleWatch } from '../../db/plan-queries.ts';
import type { Built, Snapshot } from '../../lib/answer-cache.ts';
import type { AppRouteHandler } from '../../lib/app-types.ts';
import type { getPlan as getPlanRoute } from './plan.routes.ts';

export const getPlan: AppRouteHandler<typeof getPlanRoute> = async (c) => {
  const now = c.var.clock();
  return c.var.answers.answer<Plan>(c, c.var.db, now, 'plan', (db) => buildPlan(db, now));
};

async function buildPlan(db: Snapshot, now: Date): Promise<Built> {
  const plan = await findCurrentPlan(db);
  // The seed runs before the server listens, so a missing plan means the database was emptied under it.
  if (!plan) throw new Error('The plan is missing from the database');
  const goalRows = await listGoals(db, plan.id);
  const areaRows = await listAreas(db, plan.id);
  const watch: StaleWatch = { staleChangeAt: null };
  const records = await readMeasures(db, plan, now, {}, watch);

  const areas = areaRows.map((area) => {
    const measures = records.filter((r) => r.measure.areaCode === area.code).map((r) => r.measure);
    const progress = rollUp(measures);
    return {
      area: {
        code: area.code,
        title: { de: area.titleDe, en: area.titleEn },
        shortTitle: { de: area.shortTitleDe, en: area.shortTitleEn },
        description: { de: area.descriptionDe, en: area.descriptionEn },
        progress: progress ?? 0,
        measures,
      } satisfies Area,
      // An area whose measures were all discontinued has nothing left to count toward the plan.
      counts: progress !== null,
    };
  });

  const body: Plan = {
    code: plan.code,
    title: { de: plan.titleDe, en: plan.titleEn },
    reportingIntervalDays: plan.reportingIntervalDays,
    progress: rollUp(areas.map(({ area, counts }) => ({ phase: counts ? 'in_progress' : 'discontinued', progress: area.progress }))) ?? 0,
    goals: goalRows.map((g) => ({ code: g.code, title: { de: g.titleDe, en: g.titleEn } })),
    areas: areas.map(({ area }) => area),
  };
  return { body, staleChangeAt: watch.staleChangeAt };
}
