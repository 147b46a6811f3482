import type { QueryClient } from '@tanstack/react-query';
import { data, redirect, type DataRouter, type MiddlewareFunction } from 'react-router-dom';
import type { Session } from '@/contract/session.ts';
import { getSessionQueryOptions, sessionQueryKey } from '@/features/auth/api/get-session.ts';
import { loginPath } from '@/features/auth/utils/next-path.ts';
import { handleSessionEnd } from '@/lib/api-client.ts';

const pathOf = (url: URL | { pathname: string; search: string; hash: string }) => `${url.pathname}${url.search}${url.hash}`;

/** The session, asked of the API once and then known until it changes. */
export const loadSession = (queryClient: QueryClient): Promise<Session | null> => queryClient.ensureQueryData(getSessionQueryOptions());

/**
 * Every page but the login page needs a session. As middleware it runs before the page's loaders,
 * so nobody's first request is a doomed one for the plan; without a session, to the login page,
 * which brings the user back here afterwards.
 */
export const requireSession =
  (queryClient: QueryClient): MiddlewareFunction =>
  async ({ request }) => {
    if (!(await loadSession(queryClient))) throw redirect(loginPath(pathOf(new URL(request.url))));
  };

/** The administration's pages are for admins; everyone else gets "no access", as the API would answer. */
export const requireAdmin =
  (queryClient: QueryClient): MiddlewareFunction =>
  async () => {
    const session = await loadSession(queryClient);
    if (session?.user.role !== 'admin') throw data(null, { status: 403 });
  };

/** What the administration's pages know of who is using them (see adminLoader). */
export type AdminLoaderData = { currentUserId: string | null };

/**
 * The signed-in admin's id for the administration's pages (an admin may not disable their own
 * account). From the route rather than the session query, so those pages import nothing of the
 * shell: rolldown then keeps the first page in one chunk.
 */
export const adminLoader =
  (queryClient: QueryClient) =>
  async (): Promise<AdminLoaderData> => ({ currentUserId: (await loadSession(queryClient))?.user.id ?? null });

/** What the login page is told when the session ended under the user's feet. */
export type LoginState = { sessionEnded?: boolean };

/**
 * When any request is refused with 401, the session has ended (timed out, account disabled):
 * forget it and everything read with it, and ask the user to sign in again, back to where they were.
 */
export function followSessionEnd(router: DataRouter, queryClient: QueryClient): () => void {
  return handleSessionEnd(() => {
    if (queryClient.getQueryData(sessionQueryKey) === null) return;
    queryClient.setQueryData(sessionQueryKey, null);
    const { navigation, location } = router.state;
    const state: LoginState = { sessionEnded: true };
    void router.navigate(loginPath(pathOf(navigation.location ?? location)), { replace: true, state }).then(() => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
    });
  });
}
