import type { SessionUser } from '@/contract/session.ts';
import * as rules from '@/lib/permissions.ts';

type Actor = Pick<SessionUser, 'role' | 'departmentId'> | null;

/*
 * What the measure pages offer whom: the server's own rules (src/lib/permissions.ts), for a
 * session that may not be known yet, so that nobody is shown a form the server would refuse.
 */

/** Report progress (phase, health, progress, narrative) and change dates, horizon and weights. */
export const canEditMeasure = (user: Actor, leadDepartmentId: string | null): boolean =>
  user !== null && rules.canEditMeasure(user, leadDepartmentId);

/** Name leads, responsible people and contributors, and link goals. */
export const canAssignOwners = (user: Actor): boolean => user !== null && rules.canAssignOwners(user);

/** Add someone who can be named as a responsible person. */
export const canAddPeople = canAssignOwners;

/** Read who changed what on a measure. */
export const canSeeAudit = canEditMeasure;
