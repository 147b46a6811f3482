import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Plan } from '@/contract/plan.ts';
import { apiGet } from '@/lib/api-client.ts';

export const getPlan = (): Promise<Plan> => apiGet('/api/v1/plan', {});

export const getPlanQueryOptions = () =>
  queryOptions({
    queryKey: ['plan'],
    queryFn: getPlan,
  });

/** The plan, which the route's loader has already fetched. */
export const usePlan = () => useSuspenseQuery(getPlanQueryOptions());
