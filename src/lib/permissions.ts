import type { SessionUser } from '@/contract/session.ts';

type Actor = Pick<SessionUser, 'role' | 'departmentId'>;

/**
 * The finer rules of DOMAIN.md's "Who does what" that depend on the thing, not only the role.
 * The contract's `access` field covers the rest; routes ask here rather than comparing roles.
 * The server enforces them; the mocks answer by them and the app offers only what they allow.
 */

/** Set phase, health and progress, and write an update: coordinators and admins on every measure, a department head on their department's. */
export function canEditMeasure(user: Actor, measureLeadDepartmentId: string | null): boolean {
  switch (user.role) {
    case 'coordinator':
    case 'admin':
      return true;
    case 'department_head':
      return user.departmentId !== null && user.departmentId === measureLeadDepartmentId;
    case 'council':
      return false;
  }
}

/** Assign owners and link goals. */
export function canAssignOwners(user: Actor): boolean {
  return user.role === 'coordinator' || user.role === 'admin';
}

/** Manage users, departments and plan settings. */
export function canAdminister(user: Actor): boolean {
  return user.role === 'admin';
}
