import type { Lead } from '@/contract/common.ts';
import type { Activity, Measure } from '@/contract/measures.ts';

/** A field of a measure or an activity that people see and change. */
export type ChangedField =
  | 'phase'
  | 'health'
  | 'progress'
  | 'progressSource'
  | 'progressReason'
  | 'lead'
  | 'person'
  | 'contributors'
  | 'goals'
  | 'startDate'
  | 'targetDate'
  | 'horizon'
  | 'weight';

export type MeasureChange = {
  /** Null for the measure itself. */
  activityCode: string | null;
  field: ChangedField;
  from: unknown;
  to: unknown;
};

type Comparable = Pick<Activity, 'phase' | 'health' | 'progress' | 'lead' | 'contributors' | 'startDate' | 'targetDate' | 'horizon'>;

const leadDepartment = (lead: Lead) => lead?.departmentId ?? null;
const leadPerson = (lead: Lead) => lead?.personId ?? null;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function compare(activityCode: string | null, before: Comparable, after: Comparable): MeasureChange[] {
  const pairs: Array<[ChangedField, unknown, unknown]> = [
    ['phase', before.phase, after.phase],
    ['health', before.health, after.health],
    ['progress', before.progress, after.progress],
    ['lead', leadDepartment(before.lead), leadDepartment(after.lead)],
    ['person', leadPerson(before.lead), leadPerson(after.lead)],
    ['contributors', before.contributors, after.contributors],
    ['startDate', before.startDate, after.startDate],
    ['targetDate', before.targetDate, after.targetDate],
    ['horizon', before.horizon, after.horizon],
  ];
  return pairs.filter(([, from, to]) => !same(from, to)).map(([field, from, to]) => ({ activityCode, field, from, to }));
}

/**
 * What changed between the version someone started from and the current one: the measure's
 * fields first, then each activity's (`first` names the activity to list before the others).
 * Bookkeeping (ETag, last update, freshness) is left out: people want to see what others decided.
 */
export function measureChanges(before: Measure, after: Measure, first?: string): MeasureChange[] {
  const own = [
    ...compare(null, before, after),
    ...(before.progressSource !== after.progressSource
      ? [{ activityCode: null, field: 'progressSource' as const, from: before.progressSource, to: after.progressSource }]
      : []),
    ...(before.progressReason !== after.progressReason
      ? [{ activityCode: null, field: 'progressReason' as const, from: before.progressReason, to: after.progressReason }]
      : []),
    ...(!same(before.goals, after.goals) ? [{ activityCode: null, field: 'goals' as const, from: before.goals, to: after.goals }] : []),
  ];
  const activities = [...after.activities].sort((a, b) => Number(b.code === first) - Number(a.code === first));
  const ofActivities = activities.flatMap((activity) => {
    const old = before.activities.find((a) => a.code === activity.code);
    if (!old) return [];
    const changes = compare(activity.code, old, activity);
    if (old.weight !== activity.weight) changes.push({ activityCode: activity.code, field: 'weight', from: old.weight, to: activity.weight });
    return changes;
  });
  return [...own, ...ofActivities];
}
