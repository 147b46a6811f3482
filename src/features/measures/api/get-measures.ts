import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { MeasureListQuery, MeasureSummary } from '@/contract/measures.ts';
import { apiGet } from '@/lib/api-client.ts';

export type MeasureFilters = MeasureListQuery;

export const getMeasures = ({ filters }: { filters: MeasureFilters }): Promise<MeasureSummary[]> =>
  apiGet('/api/v1/measures', { query: filters });

export const getMeasuresQueryOptions = (filters: MeasureFilters) =>
  queryOptions({
    queryKey: ['measures', 'list', filters],
    queryFn: () => getMeasures({ filters }),
  });

export const useMeasures = (filters: MeasureFilters) => useSuspenseQuery(getMeasuresQueryOptions(filters));
