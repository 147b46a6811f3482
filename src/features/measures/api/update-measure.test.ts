import { describe, expect, it } from 'vitest';
import type { Activity, Measure } from '@/contract/measures.ts';
import { applyMeasurePatch } from './update-measure.ts';

const activity = (code: string, changes: Partial<Activity> = {}): Activity => ({
  code,
  title: { de: code, en: code },
  phase: 'in_progress',
  health: 'on_track',
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

const measure: Measure = {
  code: '3.1',
  areaCode: '3',
  title: { de: 'Profil', en: 'Profile' },
  phase: 'in_progress',
  health: 'on_track',
  progress: 50,
  progressSource: 'computed',
  progressReason: null,
  lead: null,
  contributors: [],
  startDate: '2026-01-01',
  targetDate: null,
  horizon: null,
  lastUpdateAt: null,
  stale: false,
  overdue: false,
  goals: [],
  activityCount: 2,
  updatedAt: '2026-01-01T00:00:00.000Z',
  etag: '"3.1-1"',
  activities: [activity('3.1.1', { progress: 100 }), activity('3.1.2')],
};

describe('what the page shows of a PATCH before the server answers', () => {
  it('takes owners and dates, and a new weight moves the computed figure', () => {
    const shown = applyMeasurePatch(measure, {
      lead: { departmentId: 'cultural-office', personId: null },
      targetDate: '2026-12-31',
      activities: [{ code: '3.1.1', weight: 3 }],
    });
    expect(shown).toMatchObject({ lead: { departmentId: 'cultural-office' }, targetDate: '2026-12-31', progress: 75 });
  });

  it('shows nothing the server will refuse', () => {
    expect(applyMeasurePatch(measure, { targetDate: '2025-12-31' })).toBeNull();
    expect(applyMeasurePatch(measure, { activities: [{ code: '3.1.2', weight: 0 }] })).toBeNull();
    expect(applyMeasurePatch(measure, { activities: [{ code: '3.1.2', startDate: '2026-05-01', targetDate: '2026-04-01' }] })).toBeNull();
  });
});
