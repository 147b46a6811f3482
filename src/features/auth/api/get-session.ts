import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Session } from '@/contract/session.ts';
import { apiGet, isApiError } from '@/lib/api-client.ts';

export const sessionQueryKey = ['session'] as const;

/** Who is signed in, or null for nobody: not being signed in is an answer, not an error. */
export async function getSession(): Promise<Session | null> {
  try {
    return await apiGet('/api/v1/session', {});
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const getSessionQueryOptions = () =>
  queryOptions({
    queryKey: sessionQueryKey,
    queryFn: getSession,
    // Known until signing in or out changes it, or a 401 says it has ended (see src/app/session.ts).
    staleTime: Infinity,
  });

/** The session, or null for nobody; pages can rely on the route's guard. */
export const useSession = () => useQuery(getSessionQueryOptions()).data ?? null;

/** As useSession, but undefined until the API has first answered (the shell waits for it). */
export function useSessionOnceKnown() {
  const { data, isPending } = useQuery(getSessionQueryOptions());
  return isPending ? undefined : (data ?? null);
}
