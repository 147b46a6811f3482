import type { SessionUser } from '@/contract/session.ts';

type Actor = Pick<SessionUser, 'role' | 'departmentId'> | null;

/*
 * What the measure page offers whom (DOMAIN.md, "Who does what"). The server decides
 * (src/server/auth/permissions.ts); these mirror its rules so that nobody is shown a form the
 * server would refuse. A department head's rights follow the measure's lead department.
 */

const leads = (user: Actor, leadDepartmentId: string | null) =>
  user?.role === 'department_head' && user.departmentId !== null && user.departmentId === leadDepartmentId;

/** Report progress (phase, health, progress, narrative) and change dates, horizon and weights. */
export const canEditMeasure = (user: Actor, leadDepartmentId: string | null): boolean =>
  user?.role === 'coordinator' || user?.role === 'admin' || leads(user, leadDepartmentId);

/** Name leads, responsible people and contributors, and link goals. */
export const canAssignOwners = (user: Actor): boolean => user?.role === 'coordinator' || user?.role === 'admin';

/** Add someone who can be named as a responsible person. */
export const canAddPeople = canAssignOwners;

/** Read who changed what on a measure. */
export const canSeeAudit = canEditMeasure;
