import { describe, expect, it } from 'vitest';
import type { Activity, Measure } from '@/contract/measures.ts';
import { activityFixture, measureFixture } from '../testing/measure-fixtures.ts';
import { applyProgressUpdate } from './report-progress.ts';

const at = '2026-03-01T10:00:00.000Z';

const activity = (code: string, changes: Partial<Activity> = {}): Activity => activityFixture(code, { stale: true, ...changes });

const measure = (changes: Partial<Measure> = {}): Measure =>
  measureFixture({ stale: true, activities: [activity('3.1.1'), activity('3.1.2', { weight: 3 })], ...changes });

describe('what the page shows of a progress update before the server answers', () => {
  it('takes phase and health, and counts as a fresh report', () => {
    const shown = applyProgressUpdate(measure(), { body: { phase: 'in_progress', health: 'at_risk', narrative: 'Messe verschoben' } }, at);
    expect(shown).toMatchObject({ phase: 'in_progress', health: 'at_risk', lastUpdateAt: at, stale: false, progressSource: 'computed' });
  });

  it('sets progress by hand with the narrative as its reason, and returns to the roll-up', () => {
    const manual = applyProgressUpdate(measure(), { body: { progress: 35, narrative: ' Zwischenbilanz ' } }, at);
    expect(manual).toMatchObject({ progress: 35, progressSource: 'manual', progressReason: 'Zwischenbilanz' });

    const computed = applyProgressUpdate(
      measure({ progress: 35, progressSource: 'manual', progressReason: 'Zwischenbilanz', activities: [activity('3.1.1', { progress: 40 }), activity('3.1.2', { weight: 3 })] }),
      { body: { progress: null, narrative: '' } },
      at,
    );
    // 40 × 1/4 + 0 × 3/4.
    expect(computed).toMatchObject({ progress: 10, progressSource: 'computed', progressReason: null });
  });

  it("moves an activity, and with it the measure's computed figure; completed counts as 100", () => {
    const shown = applyProgressUpdate(measure(), { activityCode: '3.1.2', body: { phase: 'completed', narrative: '' } }, at);
    expect(shown?.activities[1]).toMatchObject({ phase: 'completed', progress: 100, lastUpdateAt: at });
    expect(shown?.progress).toBe(75);
    expect(shown?.lastUpdateAt).toBe(at);
  });

  it('shows nothing the server will refuse: a progress outside 0–100 or not whole, or a missing narrative', () => {
    expect(applyProgressUpdate(measure(), { body: { progress: 150, narrative: 'zu viel' } }, at)).toBeNull();
    expect(applyProgressUpdate(measure(), { activityCode: '3.1.1', body: { progress: 12.5, narrative: '' } }, at)).toBeNull();
    expect(applyProgressUpdate(measure(), { body: { phase: 'in_progress', health: 'off_track', narrative: ' ' } }, at)).toBeNull();
    expect(applyProgressUpdate(measure(), { activityCode: '9.9.9', body: { phase: 'planned', narrative: '' } }, at)).toBeNull();
  });
});
