import type { Health, Phase } from '@/contract/common.ts';

/** The measures a figure on the dashboard counts, as the measures table filters them. */
export type MeasuresFilter = {
  area?: string;
  phase?: Phase;
  health?: Health;
  department?: string;
  stale?: boolean;
  overdue?: boolean;
};

/**
 * The one place the dashboard builds links into the measures table (src/features/measures/utils/
 * measure-filters.ts reads them). The parameters come in the table's own order, so the table has
 * no reason to rewrite the URL. Every figure here counts measures, not activities, so the link
 * asks for measures only: the table then shows as many rows as the figure says.
 */
export function measuresHref(filter: MeasuresFilter = {}): string {
  const params = new URLSearchParams();
  if (filter.area) params.set('area', filter.area);
  if (filter.phase) params.set('phase', filter.phase);
  if (filter.health) params.set('health', filter.health);
  if (filter.department) params.set('department', filter.department);
  params.set('kind', 'measure');
  if (filter.stale) params.set('stale', '1');
  if (filter.overdue) params.set('overdue', '1');
  return `/measures?${params.toString()}`;
}

/** A measure's own page. */
export const measureHref = (code: string) => `/measures/${code}`;
