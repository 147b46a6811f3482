import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Department } from '@/contract/departments.ts';
import { apiGet } from '@/lib/api-client.ts';

export const getDepartments = (): Promise<Department[]> => apiGet('/api/v1/departments', {});

export const getDepartmentsQueryOptions = () =>
  queryOptions({
    queryKey: ['departments'],
    queryFn: getDepartments,
    // Departments change rarely (an admin adds one): no need to ask again on every page.
    staleTime: 5 * 60_000,
  });

export const useDepartments = () => useSuspenseQuery(getDepartmentsQueryOptions());
