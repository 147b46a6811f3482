import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Measure, UpdateMeasureBody } from '@/contract/measures.ts';
import { apiSend } from '@/lib/api-client.ts';
import { measureProgress } from '@/lib/progress.ts';
import { conflictOf } from './conflict.ts';
import { cachedMeasure, invalidateAfterWrite, restoreCaches, snapshotCaches, writeMeasure, type CacheSnapshot } from './measure-cache.ts';

export type UpdateMeasureInput = { code: string; etag: string; body: UpdateMeasureBody };

export const updateMeasure = ({ code, etag, body }: UpdateMeasureInput): Promise<Measure> =>
  apiSend('patch', '/api/v1/measures/{code}', { params: { code }, body, ifMatch: etag });

const inOrder = (item: { startDate: string | null; targetDate: string | null }) =>
  item.startDate === null || item.targetDate === null || item.startDate <= item.targetDate;

/**
 * The measure with the PATCH applied, as the page shows it until the server answers; null when
 * the server will refuse it anyway (a weight out of range, a target date before the start), so
 * that nothing is shown that must be taken back.
 */
export function applyMeasurePatch(measure: Measure, body: UpdateMeasureBody): Measure | null {
  const { activities: activityPatches, ...fields } = body;
  const activities = measure.activities.map((activity) => {
    const patch = activityPatches?.find((p) => p.code === activity.code);
    if (!patch) return activity;
    const { code: _code, ...changes } = patch;
    return { ...activity, ...changes };
  });
  const next = { ...measure, ...fields, activities };
  const weightsValid = (activityPatches ?? []).every((p) => p.weight === undefined || (Number.isFinite(p.weight) && p.weight > 0 && p.weight <= 1000));
  if (!weightsValid || !inOrder(next) || !activities.every(inOrder)) return null;
  // A new weight moves a computed figure.
  const shown = measureProgress({
    phase: next.phase,
    manualProgress: next.progressSource === 'manual' ? next.progress : null,
    activities,
  });
  return { ...next, progress: shown.progress, progressSource: shown.source };
}

/** Changes owners, goals, dates, horizon and weights: shown at once, taken back if the server refuses. */
export function useUpdateMeasure() {
  const queryClient = useQueryClient();
  return useMutation<Measure, unknown, UpdateMeasureInput, { snapshot: CacheSnapshot }>({
    mutationFn: updateMeasure,
    onMutate: async (input) => {
      const snapshot = await snapshotCaches(queryClient, input.code);
      const measure = cachedMeasure(queryClient, input.code);
      const shown = measure && applyMeasurePatch(measure, input.body);
      if (shown) writeMeasure(queryClient, shown);
      return { snapshot };
    },
    onError: (error, _input, context) => {
      restoreCaches(queryClient, context?.snapshot);
      // Someone else's write got in first: show what is saved now, not what this page last read.
      const current = conflictOf(error);
      if (current) writeMeasure(queryClient, current);
    },
    onSuccess: (measure) => writeMeasure(queryClient, measure),
    onSettled: (_measure, _error, input) => invalidateAfterWrite(queryClient, input.code),
  });
}
