import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { Person } from '@/contract/people.ts';
import { apiGet } from '@/lib/api-client.ts';

export const getPeople = (): Promise<Person[]> => apiGet('/api/v1/people', {});

export const getPeopleQueryOptions = () =>
  queryOptions({
    queryKey: ['people'],
    queryFn: getPeople,
    // People are added now and then, by coordinators: a few minutes' old list will do.
    staleTime: 5 * 60_000,
  });

export const usePeople = () => useSuspenseQuery(getPeopleQueryOptions());
