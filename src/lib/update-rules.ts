import type { Health, Phase, ValidationIssue } from '@/contract/common.ts';
import { phasesWithHealth } from '@/contract/values.ts';

/** What a progress update may change, as sent (see MeasureUpdateBody and ActivityUpdateBody). */
export type UpdateRequest = {
  phase?: Phase;
  health?: Health | null;
  /** For a measure: a value sets progress by hand, null returns it to the roll-up. */
  progress?: number | null;
  narrative: string;
};

/** The state an update applies to. */
export type UpdateSubject = {
  kind: 'measure' | 'activity';
  phase: Phase;
  health: Health | null;
  /** For a measure: the manual value, or null while computed. For an activity: its progress. */
  progress: number | null;
};

/** The state after the update, when it is allowed. */
export type UpdateOutcome = { phase: Phase; health: Health | null; progress: number | null };

const needsNarrative: readonly (Health | null)[] = ['at_risk', 'off_track'];

/**
 * The rules of DOMAIN.md a progress update must keep, beyond the shape the contract checks: one
 * function for the server, the mocks and the app's form, so that all three agree. Issue codes are
 * what the app words in the user's language:
 * - `health_not_applicable`: health set while the (new) phase has none;
 * - `completed_needs_100`: completed with progress below 100;
 * - `narrative_required`: no narrative while health is (or stays) at risk or off track, or progress is set by hand;
 * - `nothing_to_record`: no change and no narrative.
 * A phase without health clears health; completed sets an activity's progress to 100.
 */
export function checkUpdate(subject: UpdateSubject, request: UpdateRequest): { issues: ValidationIssue[]; outcome: UpdateOutcome } {
  const issues: ValidationIssue[] = [];
  const phase = request.phase ?? subject.phase;
  const hasHealth = phasesWithHealth.includes(phase);
  let health = request.health !== undefined ? request.health : subject.health;
  if (!hasHealth) {
    if (request.health !== undefined && request.health !== null) {
      issues.push({ path: 'body.health', code: 'health_not_applicable', message: `a ${phase} ${subject.kind} has no health` });
    }
    health = null;
  }

  let progress = request.progress !== undefined ? request.progress : subject.progress;
  if (phase === 'completed') {
    if (request.progress !== undefined && request.progress !== null && request.progress < 100) {
      issues.push({ path: 'body.progress', code: 'completed_needs_100', message: 'completed means 100 per cent progress' });
    }
    if (subject.kind === 'activity') progress = 100;
  }

  const narrative = request.narrative.trim();
  const concern = needsNarrative.includes(health);
  const setsByHand = subject.kind === 'measure' && request.progress !== undefined && request.progress !== null;
  if (narrative === '' && (concern || setsByHand)) {
    issues.push({
      path: 'body.narrative',
      code: 'narrative_required',
      message: setsByHand ? 'a narrative is required to set progress by hand' : 'a narrative is required while health is at risk or off track',
    });
  }

  const changesSomething = request.phase !== undefined || request.health !== undefined || request.progress !== undefined;
  if (!changesSomething && narrative === '') {
    issues.push({ path: 'body.narrative', code: 'nothing_to_record', message: 'an update needs a change or a narrative' });
  }

  return { issues, outcome: { phase, health, progress } };
}
