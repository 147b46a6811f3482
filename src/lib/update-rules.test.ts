import { describe, expect, it } from 'vitest';
import { checkUpdate, type UpdateSubject } from './update-rules.ts';

const measure = (over: Partial<UpdateSubject> = {}): UpdateSubject => ({ kind: 'measure', phase: 'in_progress', health: 'on_track', progress: null, ...over });
const activity = (over: Partial<UpdateSubject> = {}): UpdateSubject => ({ kind: 'activity', phase: 'in_progress', health: null, progress: 30, ...over });
const codes = (result: ReturnType<typeof checkUpdate>) => result.issues.map((i) => `${i.path}:${i.code}`);

describe('the rules a progress update keeps', () => {
  it('accepts a change of phase with no narrative, and keeps what it does not change', () => {
    const result = checkUpdate(measure(), { phase: 'ongoing', narrative: '' });
    expect(result).toEqual({ issues: [], outcome: { phase: 'ongoing', health: 'on_track', progress: null } });
  });

  it('refuses health while the phase has none, and clears health when the phase loses it', () => {
    expect(codes(checkUpdate(measure({ phase: 'not_started', health: null }), { health: 'on_track', narrative: 'x' }))).toEqual(['body.health:health_not_applicable']);
    expect(codes(checkUpdate(measure(), { phase: 'completed', health: 'at_risk', narrative: 'x' }))).toEqual(['body.health:health_not_applicable']);
    expect(checkUpdate(measure({ health: 'off_track' }), { phase: 'discontinued', narrative: 'Eingestellt' }).outcome.health).toBeNull();
  });

  it('refuses completed below 100, and completes an activity at 100', () => {
    expect(codes(checkUpdate(measure(), { phase: 'completed', progress: 80, narrative: 'x' }))).toEqual(['body.progress:completed_needs_100']);
    expect(codes(checkUpdate(activity({ phase: 'completed', health: null }), { progress: 99, narrative: '' }))).toEqual(['body.progress:completed_needs_100']);
    expect(checkUpdate(activity(), { phase: 'completed', narrative: '' })).toEqual({ issues: [], outcome: { phase: 'completed', health: null, progress: 100 } });
  });

  it('asks for a narrative while health is at risk or off track, also when it stays so', () => {
    expect(codes(checkUpdate(measure(), { health: 'at_risk', narrative: '   ' }))).toEqual(['body.narrative:narrative_required']);
    expect(codes(checkUpdate(measure({ health: 'off_track' }), { phase: 'on_hold', narrative: '' }))).toEqual(['body.narrative:narrative_required']);
    expect(codes(checkUpdate(measure(), { health: 'at_risk', narrative: 'Verzögerung' }))).toEqual([]);
    expect(codes(checkUpdate(measure({ health: 'at_risk' }), { health: 'on_track', narrative: '' }))).toEqual([]);
  });

  it('asks for a reason when a measure’s progress is set by hand, not when it returns to the roll-up', () => {
    expect(codes(checkUpdate(measure(), { progress: 40, narrative: '' }))).toEqual(['body.narrative:narrative_required']);
    expect(codes(checkUpdate(measure({ progress: 40 }), { progress: null, narrative: '' }))).toEqual([]);
    // An activity's progress is always its own: no reason needed.
    expect(codes(checkUpdate(activity(), { progress: 40, narrative: '' }))).toEqual([]);
  });

  it('refuses an update that records nothing', () => {
    expect(codes(checkUpdate(measure(), { narrative: ' ' }))).toEqual(['body.narrative:nothing_to_record']);
    expect(codes(checkUpdate(measure(), { narrative: 'Treffen mit der Partnerstadt' }))).toEqual([]);
  });
});
