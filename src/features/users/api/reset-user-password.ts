import { useMutation } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client.ts';

export const resetUserPassword = ({ id, password }: { id: string; password: string }): Promise<void> =>
  apiSend('post', '/api/v1/users/{id}/password', { params: { id }, body: { password } });

/** Nothing read changes with a password, so nothing is invalidated. */
export const useResetUserPassword = () => useMutation({ mutationFn: resetUserPassword });
