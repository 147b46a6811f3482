import { errorBody, notFoundBody } from '@/lib/api-errors.ts';
import { auditRefusal } from '../../auth/audit.ts';
import { currentSession } from '../../auth/guards.ts';
import { canEditMeasure } from '@/lib/permissions.ts';
import { listMeasureAudit } from '../../db/measure-audit.ts';
import { findCurrentPlan } from '../../db/plan-queries.ts';
import { findMeasure } from '../../db/progress-updates.ts';
import type { AppRouteHandler } from '../../lib/app-types.ts';
import type * as routes from './audit.routes.ts';

/**
 * The trail of a measure: coordinators and admins for any, a department head for their
 * department's (DOMAIN.md, "Who does what"). A council member is refused before anything is
 * looked up, so that the answer tells them nothing about which measures exist.
 */
export const listAudit: AppRouteHandler<typeof routes.listAudit> = async (c) => {
  const { measure: code, limit, offset } = c.req.valid('query');
  const { user } = currentSession(c);
  const forbidden = async () => {
    await auditRefusal(c, 403, 'forbidden');
    return c.json(errorBody('forbidden', `Your role may not see the audit trail of measure ${code}.`), 403);
  };
  if (user.role === 'council') return forbidden();
  const plan = await findCurrentPlan(c.var.db);
  const measure = plan && (await findMeasure(c.var.db, plan.id, code));
  if (!measure) return c.json(notFoundBody(`Measure ${code}`), 404);
  // Seeing the trail goes with the right to change the measure.
  if (!canEditMeasure(user, measure.leadDepartmentId)) return forbidden();
  return c.json(await listMeasureAudit(c.var.db, measure.id, { limit, offset }), 200);
};
