import type { Role } from '@/contract/common.ts';

/**
 * The demo accounts and owners that only a new embedded demo database (no DATABASE_URL) and the
 * mocks get. Never created silently with DATABASE_URL. Listed in the README.
 */
export const demoPassword = 'hannover-2030';

export type DemoAccount = { username: string; name: string; role: Role; departmentId: string | null };

export const demoAccounts: readonly DemoAccount[] = [
  { username: 'coordinator', name: 'Alex Koordination (Demo)', role: 'coordinator', departmentId: null },
  { username: 'head', name: 'Hanna Leitung (Demo)', role: 'department_head', departmentId: 'international-affairs' },
  { username: 'council', name: 'Rainer Rat (Demo)', role: 'council', departmentId: null },
  { username: 'admin', name: 'Ada Admin (Demo)', role: 'admin', departmentId: null },
];

/**
 * Demo lead departments by measure: the demo department head's department leads some measures
 * but not all, and two measures stay unassigned, which is a visible state, not an error.
 */
export const demoLeadDepartments: Readonly<Record<string, string>> = {
  '1.1': 'international-affairs',
  '1.2': 'international-affairs',
  '1.3': 'international-affairs',
  '2.1': 'international-affairs',
  '2.2': 'adult-education',
  '2.3': 'international-affairs',
  '3.1': 'economic-affairs',
  '3.2': 'economic-affairs',
  '3.4': 'climate-protection',
  '4.1': 'youth-services',
  '4.2': 'cultural-office',
};
