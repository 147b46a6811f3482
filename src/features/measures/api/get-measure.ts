import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Measure } from '@/contract/measures.ts';
import { apiGet } from '@/lib/api-client.ts';

export const getMeasure = ({ code }: { code: string }): Promise<Measure> => apiGet('/api/v1/measures/{code}', { params: { code } });

export const getMeasureQueryOptions = (code: string) =>
  queryOptions({
    queryKey: ['measures', 'detail', code],
    queryFn: () => getMeasure({ code }),
  });

export const useMeasure = (code: string) => useSuspenseQuery(getMeasureQueryOptions(code));
