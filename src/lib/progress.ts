import type { Phase } from '@/contract/common.ts';
import type { ProgressSource } from '@/contract/measures.ts';

/** One part of a roll-up: an activity of a measure, a measure of an area, an area of the plan. */
export type RollUpPart = { phase: Phase; progress: number; weight?: number };

/**
 * Weighted mean of the parts' progress, weights normalised, discontinued parts left out,
 * completed parts counted as 100. Each level rolls up the whole percentages shown for the
 * level below, so a reader can redo the working from what the app displays.
 * Returns null when no part counts.
 */
export function rollUp(parts: readonly RollUpPart[]): number | null {
  let weighted = 0;
  let total = 0;
  for (const part of parts) {
    if (part.phase === 'discontinued') continue;
    const weight = part.weight ?? 1;
    weighted += weight * (part.phase === 'completed' ? 100 : part.progress);
    total += weight;
  }
  return total > 0 ? Math.round(weighted / total) : null;
}

/** A measure's progress: set by hand (with a reason) wins; completed means 100; otherwise rolled up. */
export function measureProgress(measure: {
  phase: Phase;
  manualProgress: number | null;
  activities: readonly RollUpPart[];
}): { progress: number; source: ProgressSource } {
  if (measure.phase === 'completed') return { progress: 100, source: measure.manualProgress === null ? 'computed' : 'manual' };
  if (measure.manualProgress !== null) return { progress: measure.manualProgress, source: 'manual' };
  return { progress: rollUp(measure.activities) ?? 0, source: 'computed' };
}
