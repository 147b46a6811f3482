import type { Activity, Measure } from '@/contract/measures.ts';

/** An activity of measure 3.1 as the API sends it: not started, unassigned; `changes` on top. */
export const activityFixture = (code: string, changes: Partial<Activity> = {}): Activity => ({
  code,
  title: { de: code, en: code },
  phase: 'not_started',
  health: null,
  progress: 0,
  lead: null,
  contributors: [],
  startDate: null,
  targetDate: null,
  horizon: null,
  lastUpdateAt: null,
  stale: false,
  overdue: false,
  weight: 1,
  ...changes,
});

/** Measure 3.1 with two activities, as the API sends it: not started, unassigned; `changes` on top. */
export const measureFixture = (changes: Partial<Measure> = {}): Measure => ({
  code: '3.1',
  areaCode: '3',
  title: { de: 'Profil', en: 'Profile' },
  phase: 'not_started',
  health: null,
  progress: 0,
  progressSource: 'computed',
  progressReason: null,
  lead: null,
  contributors: [],
  startDate: null,
  targetDate: null,
  horizon: null,
  lastUpdateAt: null,
  stale: false,
  overdue: false,
  goals: [],
  activityCount: 2,
  updatedAt: '2026-01-01T00:00:00.000Z',
  etag: '"3.1-1"',
  activities: [activityFixture('3.1.1'), activityFixture('3.1.2')],
  ...changes,
});
