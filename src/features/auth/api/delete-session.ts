import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { apiSend, isApiError } from '@/lib/api-client.ts';
import { sessionQueryKey } from './get-session.ts';

export const deleteSession = (): Promise<void> => apiSend('delete', '/api/v1/session', {});

/**
 * Signing out: ends the session on the server, then leaves for the login page and forgets every
 * answer the cache holds. A session that had already ended counts as signed out. A plain async
 * function rather than useMutation: the header is on the first page, and the mutation machinery
 * would come along with it.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [state, setState] = useState<'idle' | 'pending' | 'failed'>('idle');

  const signOut = async () => {
    setState('pending');
    try {
      await deleteSession();
    } catch (error) {
      if (!(isApiError(error) && error.status === 401)) return setState('failed');
    }
    queryClient.setQueryData(sessionQueryKey, null);
    await navigate('/login', { replace: true });
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  };

  return { signOut, isPending: state === 'pending', isError: state === 'failed' };
}
