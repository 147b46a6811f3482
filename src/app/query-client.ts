import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-client.ts';

/**
 * One try more for a network hiccup or a server error; never for a 4xx, which asking again
 * cannot fix (an unknown measure stays unknown).
 */
const retryOnce = (failureCount: number, error: unknown) => failureCount < 1 && !(isApiError(error) && error.status >= 400 && error.status < 500);

/*
 * The features' query functions do not pass TanStack's abort signal on to fetch: a query that used
 * its signal is cancelled when its last observer unmounts, which StrictMode does on every mount,
 * and the cancellation would reject the route loader's ensureQueryData with nothing wrong.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: retryOnce, refetchOnWindowFocus: true },
    },
  });
}
