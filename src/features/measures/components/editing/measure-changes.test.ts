import { describe, expect, it } from 'vitest';
import type { Measure } from '@/contract/measures.ts';
import { activityFixture, measureFixture } from '../../testing/measure-fixtures.ts';
import { measureChanges } from './measure-changes.ts';

const before: Measure = measureFixture({ stale: true });

describe('what someone else changed on a measure', () => {
  it('lists the fields people decide, from → to, and leaves out the bookkeeping', () => {
    const after: Measure = {
      ...before,
      phase: 'in_progress',
      health: 'at_risk',
      lead: { departmentId: 'cultural-office', personId: null },
      goals: ['1'],
      lastUpdateAt: '2026-02-01T00:00:00.000Z',
      stale: false,
      updatedAt: '2026-02-01T00:00:00.000Z',
      etag: '"3.1-2"',
    };
    expect(measureChanges(before, after)).toEqual([
      { activityCode: null, field: 'phase', from: 'not_started', to: 'in_progress' },
      { activityCode: null, field: 'health', from: null, to: 'at_risk' },
      { activityCode: null, field: 'lead', from: null, to: 'cultural-office' },
      { activityCode: null, field: 'goals', from: [], to: ['1'] },
    ]);
  });

  it("lists activities' changes after the measure's, the one being edited first", () => {
    const after: Measure = {
      ...before,
      activities: [activityFixture('3.1.1', { weight: 2 }), activityFixture('3.1.2', { progress: 40, lead: { departmentId: 'youth-services', personId: null } })],
    };
    expect(measureChanges(before, after, '3.1.2')).toEqual([
      { activityCode: '3.1.2', field: 'progress', from: 0, to: 40 },
      { activityCode: '3.1.2', field: 'lead', from: null, to: 'youth-services' },
      { activityCode: '3.1.1', field: 'weight', from: 1, to: 2 },
    ]);
  });

  it('is empty when nothing people see has changed', () => {
    expect(measureChanges(before, { ...before, etag: '"3.1-2"', updatedAt: '2026-03-01T00:00:00.000Z' })).toEqual([]);
  });
});
