import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { BodyOf } from '@/contract/endpoints.ts';
import type { User } from '@/contract/users.ts';
import { apiSend } from '@/lib/api-client.ts';

export type UserChanges = BodyOf<'updateUser'>;

export const updateUser = ({ id, changes }: { id: string; changes: UserChanges }): Promise<User> =>
  apiSend('patch', '/api/v1/users/{id}', { params: { id }, body: changes });

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    // The session too: an admin who renames themself sees the new name in the header.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['users'] }), queryClient.invalidateQueries({ queryKey: ['session'] })]),
  });
}
