import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { StatsSummary } from '@/contract/stats.ts';
import { apiGet } from '@/lib/api-client.ts';

export const getStatsSummary = (): Promise<StatsSummary> => apiGet('/api/v1/stats/summary', {});

export const getStatsSummaryQueryOptions = () =>
  queryOptions({
    queryKey: ['stats', 'summary'],
    queryFn: getStatsSummary,
  });

/** The plan's figures, which the overview's loader has already fetched. */
export const useStatsSummary = () => useSuspenseQuery(getStatsSummaryQueryOptions());
