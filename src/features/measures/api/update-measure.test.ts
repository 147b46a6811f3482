import { describe, expect, it } from 'vitest';
import type { Activity, Measure } from '@/contract/measures.ts';
import { activityFixture, measureFixture } from '../testing/measure-fixtures.ts';
import { applyMeasurePatch } from './update-measure.ts';

const activity = (code: string, changes: Partial<Activity> = {}): Activity =>
  activityFixture(code, { phase: 'in_progress', health: 'on_track', ...changes });

const measure: Measure = measureFixture({
  phase: 'in_progress',
  health: 'on_track',
  progress: 50,
  startDate: '2026-01-01',
  activities: [activity('3.1.1', { progress: 100 }), activity('3.1.2')],
});

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
