import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { User } from '@/contract/users.ts';
import { apiGet } from '@/lib/api-client.ts';

export const getUsers = (): Promise<User[]> => apiGet('/api/v1/users', {});

export const getUsersQueryOptions = () =>
  queryOptions({
    queryKey: ['users', 'list'],
    queryFn: getUsers,
  });

export const useUsers = () => useSuspenseQuery(getUsersQueryOptions());
