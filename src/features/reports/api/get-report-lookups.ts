import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Department } from '@/contract/departments.ts';
import type { Person } from '@/contract/people.ts';
import { apiGet } from '@/lib/api-client.ts';

// The same keys as the departments and measures features use, so the cache is shared with them.
export const reportDepartmentsQueryOptions = () =>
  queryOptions({
    queryKey: ['departments'],
    queryFn: (): Promise<Department[]> => apiGet('/api/v1/departments', {}),
    staleTime: 5 * 60_000,
  });

export const reportPeopleQueryOptions = () =>
  queryOptions({
    queryKey: ['people'],
    queryFn: (): Promise<Person[]> => apiGet('/api/v1/people', {}),
    staleTime: 5 * 60_000,
  });

/** Department and person names for leads: the report names owners, the API gives their ids. */
export function useReportLookups() {
  const { data: departments } = useSuspenseQuery(reportDepartmentsQueryOptions());
  const { data: people } = useSuspenseQuery(reportPeopleQueryOptions());
  return { departments, people };
}
