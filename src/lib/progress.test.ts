import { describe, expect, it } from 'vitest';
import { measureProgress, rollUp } from './progress.ts';

describe('progress roll-up', () => {
  it('normalises weights', () => {
    expect(rollUp([{ phase: 'in_progress', progress: 50, weight: 3 }, { phase: 'in_progress', progress: 10, weight: 1 }])).toBe(40);
  });
  it('leaves discontinued parts out and counts completed ones as 100', () => {
    expect(
      rollUp([
        { phase: 'discontinued', progress: 0 },
        { phase: 'completed', progress: 80 },
        { phase: 'in_progress', progress: 20 },
      ]),
    ).toBe(60);
  });
  it('has no figure when nothing counts', () => {
    expect(rollUp([])).toBeNull();
    expect(rollUp([{ phase: 'discontinued', progress: 50 }])).toBeNull();
  });
  it('prefers a value set by hand, and a completed measure is 100', () => {
    const activities = [{ phase: 'in_progress' as const, progress: 20 }];
    expect(measureProgress({ phase: 'in_progress', manualProgress: 70, activities })).toEqual({ progress: 70, source: 'manual' });
    expect(measureProgress({ phase: 'in_progress', manualProgress: null, activities })).toEqual({ progress: 20, source: 'computed' });
    expect(measureProgress({ phase: 'completed', manualProgress: null, activities })).toEqual({ progress: 100, source: 'computed' });
    expect(measureProgress({ phase: 'not_started', manualProgress: null, activities: [] })).toEqual({ progress: 0, source: 'computed' });
  });
});
