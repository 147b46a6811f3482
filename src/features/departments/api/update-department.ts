import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Department } from '@/contract/departments.ts';
import type { BodyOf } from '@/contract/endpoints.ts';
import { apiSend } from '@/lib/api-client.ts';

export const updateDepartment = ({ id, changes }: { id: string; changes: BodyOf<'updateDepartment'> }): Promise<Department> =>
  apiSend('patch', '/api/v1/departments/{id}', { params: { id }, body: changes });

export function useUpdateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDepartment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['departments'] }),
  });
}
