import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { Measure, MeasureSummary } from '@/contract/measures.ts';
import type { Plan } from '@/contract/plan.ts';
import { rollUp } from '@/lib/progress.ts';

/**
 * The caches that show a measure's state: the plan (overview, areas, table), the measure's own
 * page and the measure lists. A write shows at once in all of them and is taken back from all of
 * them when the server refuses it.
 */
export const detailKey = (code: string) => ['measures', 'detail', code] as const;
const planKey = ['plan'] as const;
const listKey = ['measures', 'list'] as const;

export type CacheSnapshot = ReadonlyArray<readonly [QueryKey, unknown]>;

export async function snapshotCaches(queryClient: QueryClient, code: string): Promise<CacheSnapshot> {
  await Promise.all([
    queryClient.cancelQueries({ queryKey: planKey }),
    queryClient.cancelQueries({ queryKey: detailKey(code) }),
    queryClient.cancelQueries({ queryKey: listKey }),
  ]);
  return [
    [planKey, queryClient.getQueryData(planKey)],
    [detailKey(code), queryClient.getQueryData(detailKey(code))],
    ...queryClient.getQueriesData({ queryKey: listKey }),
  ];
}

export function restoreCaches(queryClient: QueryClient, snapshot: CacheSnapshot | undefined): void {
  for (const [key, data] of snapshot ?? []) queryClient.setQueryData(key, data);
}

/** The measure with its activities as the app holds it now: from its page, else from the plan. */
export function cachedMeasure(queryClient: QueryClient, code: string): Measure | undefined {
  return (
    queryClient.getQueryData<Measure>(detailKey(code)) ??
    queryClient
      .getQueryData<Plan>(planKey)
      ?.areas.flatMap((area) => area.measures)
      .find((m) => m.code === code)
  );
}

const summaryOf = ({ activities: _activities, ...summary }: Measure): MeasureSummary => summary;

/** Areas and the plan roll up as the server does (plan.handlers.ts), so their figures move with the measure. */
function withMeasure(plan: Plan, measure: Measure): Plan {
  const areas = plan.areas.map((area) => {
    if (!area.measures.some((m) => m.code === measure.code)) return { area, counts: rollUp(area.measures) !== null };
    const measures = area.measures.map((m) => (m.code === measure.code ? measure : m));
    const progress = rollUp(measures);
    return { area: { ...area, measures, progress: progress ?? 0 }, counts: progress !== null };
  });
  return {
    ...plan,
    progress: rollUp(areas.map(({ area, counts }) => ({ phase: counts ? 'in_progress' : 'discontinued', progress: area.progress }))) ?? 0,
    areas: areas.map(({ area }) => area),
  };
}

/** Puts one version of a measure into every cache that shows it. */
export function writeMeasure(queryClient: QueryClient, measure: Measure): void {
  queryClient.setQueryData<Measure>(detailKey(measure.code), (old) => (old === undefined ? old : measure));
  queryClient.setQueryData<Plan>(planKey, (plan) => (plan ? withMeasure(plan, measure) : plan));
  queryClient.setQueriesData<MeasureSummary[]>({ queryKey: listKey }, (list) =>
    Array.isArray(list) ? list.map((m) => (m.code === measure.code ? { ...m, ...summaryOf(measure) } : m)) : list,
  );
}

/** What every write on a measure may have changed, to be fetched again once it is settled. */
export async function invalidateAfterWrite(queryClient: QueryClient, code: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: planKey }),
    queryClient.invalidateQueries({ queryKey: ['measures'] }),
    queryClient.invalidateQueries({ queryKey: ['updates', code] }),
    queryClient.invalidateQueries({ queryKey: ['audit', code] }),
    // The overview's figures and the reports are computed by the server from the same data.
    queryClient.invalidateQueries({ queryKey: ['stats'] }),
    queryClient.invalidateQueries({ queryKey: ['reports'] }),
  ]);
}
