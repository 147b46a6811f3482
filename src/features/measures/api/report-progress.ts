import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ActivityUpdateBody, Measure, MeasureUpdateBody, ProgressUpdateResult } from '@/contract/measures.ts';
import { apiSend } from '@/lib/api-client.ts';
import { measureProgress } from '@/lib/progress.ts';
import { checkUpdate } from '@/lib/update-rules.ts';
import { conflictOf } from './conflict.ts';
import { cachedMeasure, invalidateAfterWrite, restoreCaches, snapshotCaches, writeMeasure, type CacheSnapshot } from './measure-cache.ts';

export type ReportProgressInput = {
  measureCode: string;
  /** Set for an update on one of the measure's activities. */
  activityCode?: string;
  /** The measure's ETag the user saw: for an activity too, since its state is part of its measure's version. */
  etag: string;
  body: MeasureUpdateBody | ActivityUpdateBody;
};

export function reportProgress({ measureCode, activityCode, etag, body }: ReportProgressInput): Promise<ProgressUpdateResult> {
  if (activityCode !== undefined) {
    // The body is typed for either target; an activity's progress is never null, which the server checks too.
    return apiSend('post', '/api/v1/activities/{code}/updates', { params: { code: activityCode }, body: body as ActivityUpdateBody, ifMatch: etag });
  }
  return apiSend('post', '/api/v1/measures/{code}/updates', { params: { code: measureCode }, body, ifMatch: etag });
}

const isPercent = (value: number | null | undefined) => value === undefined || value === null || (Number.isInteger(value) && value >= 0 && value <= 100);

/**
 * The measure as it will be once the server accepts the update, worked out by the same rules
 * (update-rules.ts, progress.ts) so that the page can show it before the answer comes. Null when
 * those rules already say the server will refuse it: then nothing is shown that must be taken back.
 */
export function applyProgressUpdate(
  measure: Measure,
  { activityCode, body }: Pick<ReportProgressInput, 'activityCode' | 'body'>,
  at: string,
): Measure | null {
  if (!isPercent(body.progress) || body.narrative.length > 10_000) return null;
  const fresh = { lastUpdateAt: at, stale: false };
  let next: Measure;
  if (activityCode !== undefined) {
    const activity = measure.activities.find((a) => a.code === activityCode);
    if (!activity) return null;
    const { issues, outcome } = checkUpdate({ kind: 'activity', phase: activity.phase, health: activity.health, progress: activity.progress }, body);
    if (issues.length > 0) return null;
    const updated = { ...activity, ...fresh, phase: outcome.phase, health: outcome.health, progress: outcome.progress ?? activity.progress };
    next = { ...measure, ...fresh, activities: measure.activities.map((a) => (a.code === activityCode ? updated : a)) };
  } else {
    const manual = measure.progressSource === 'manual' ? measure.progress : null;
    const { issues, outcome } = checkUpdate({ kind: 'measure', phase: measure.phase, health: measure.health, progress: manual }, body);
    if (issues.length > 0) return null;
    // Setting progress by hand makes the narrative its reason; returning to the roll-up drops the reason.
    const reason = outcome.progress === null ? null : body.progress !== undefined ? body.narrative.trim() : measure.progressReason;
    next = { ...measure, ...fresh, phase: outcome.phase, health: outcome.health, progressReason: reason };
    return withShownProgress(next, outcome.progress);
  }
  return withShownProgress(next, next.progressSource === 'manual' ? next.progress : null);
}

/** The figure a measure shows: set by hand, or rolled up from its activities (progress.ts, as the server does). */
function withShownProgress(measure: Measure, manualProgress: number | null): Measure {
  const shown = measureProgress({ phase: measure.phase, manualProgress, activities: measure.activities });
  return { ...measure, progress: shown.progress, progressSource: shown.source };
}

/**
 * Writes a progress update. The page shows it at once; a refusal puts back what was shown before,
 * and the caller words the error (a 412 carries the current measure: see conflict.ts).
 */
export function useReportProgress() {
  const queryClient = useQueryClient();
  return useMutation<ProgressUpdateResult, unknown, ReportProgressInput, { snapshot: CacheSnapshot }>({
    mutationFn: reportProgress,
    onMutate: async (input) => {
      const snapshot = await snapshotCaches(queryClient, input.measureCode);
      const measure = cachedMeasure(queryClient, input.measureCode);
      const shown = measure && applyProgressUpdate(measure, input, new Date().toISOString());
      if (shown) writeMeasure(queryClient, shown);
      return { snapshot };
    },
    onError: (error, _input, context) => {
      restoreCaches(queryClient, context?.snapshot);
      // Someone else's write got in first: show what is saved now, not what this page last read.
      const current = conflictOf(error);
      if (current) writeMeasure(queryClient, current);
    },
    onSuccess: (result) => writeMeasure(queryClient, result.measure),
    onSettled: (_result, _error, input) => invalidateAfterWrite(queryClient, input.measureCode),
  });
}
