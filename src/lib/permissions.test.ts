import { describe, expect, it } from 'vitest';
import { canAdminister, canAssignOwners, canEditMeasure } from './permissions.ts';

const coordinator = { role: 'coordinator', departmentId: null } as const;
const head = { role: 'department_head', departmentId: 'international-affairs' } as const;
const council = { role: 'council', departmentId: null } as const;
const admin = { role: 'admin', departmentId: null } as const;

describe('who may do what to a measure (DOMAIN.md, "Who does what")', () => {
  it('coordinators and admins update every measure, a department head only their department’s, the council none', () => {
    for (const lead of ['international-affairs', 'cultural-office', null]) {
      expect(canEditMeasure(coordinator, lead)).toBe(true);
      expect(canEditMeasure(admin, lead)).toBe(true);
      expect(canEditMeasure(council, lead)).toBe(false);
    }
    expect(canEditMeasure(head, 'international-affairs')).toBe(true);
    expect(canEditMeasure(head, 'cultural-office')).toBe(false);
    // An unassigned measure is nobody's department's.
    expect(canEditMeasure(head, null)).toBe(false);
    expect(canEditMeasure({ role: 'department_head', departmentId: null }, null)).toBe(false);
  });

  it('coordinators and admins assign owners; only admins administer', () => {
    expect([coordinator, head, council, admin].map(canAssignOwners)).toEqual([true, false, false, true]);
    expect([coordinator, head, council, admin].map(canAdminister)).toEqual([false, false, false, true]);
  });
});
