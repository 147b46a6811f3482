import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ProgressHistory } from '@/contract/stats.ts';
import { apiGet } from '@/lib/api-client.ts';
import type { HistoryQuery } from '../utils/period.ts';

export const getProgressHistory = ({ query }: { query: HistoryQuery }): Promise<ProgressHistory> =>
  apiGet('/api/v1/stats/progress-history', { query });

export const getProgressHistoryQueryOptions = (query: HistoryQuery) =>
  queryOptions({
    queryKey: ['stats', 'progress-history', query],
    queryFn: () => getProgressHistory({ query }),
  });

/**
 * Progress over time for the period chosen. Not suspending: while another period loads, the
 * chart keeps showing the last one rather than the whole page falling back to a spinner.
 */
export const useProgressHistory = (query: HistoryQuery) => useQuery({ ...getProgressHistoryQueryOptions(query), placeholderData: keepPreviousData });
