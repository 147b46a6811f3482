import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BodyOf } from '@/contract/endpoints.ts';
import type { Session } from '@/contract/session.ts';
import { apiSend } from '@/lib/api-client.ts';
import { sessionQueryKey } from './get-session.ts';

export const createSession = (credentials: BodyOf<'createSession'>): Promise<Session> => apiSend('post', '/api/v1/session', { body: credentials });

/** Signing in: the new session replaces whatever the cache held, so nothing of an earlier user's survives. */
export function useSignIn({ onSuccess }: { onSuccess: (session: Session) => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSession,
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, session);
      onSuccess(session);
    },
  });
}
