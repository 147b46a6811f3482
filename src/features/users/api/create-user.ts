import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BodyOf } from '@/contract/endpoints.ts';
import type { User } from '@/contract/users.ts';
import { apiSend } from '@/lib/api-client.ts';

export const createUser = (body: BodyOf<'createUser'>): Promise<User> => apiSend('post', '/api/v1/users', { body });

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
