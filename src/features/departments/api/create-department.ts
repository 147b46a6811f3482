import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Department } from '@/contract/departments.ts';
import type { BodyOf } from '@/contract/endpoints.ts';
import { apiSend } from '@/lib/api-client.ts';

export const createDepartment = (body: BodyOf<'createDepartment'>): Promise<Department> => apiSend('post', '/api/v1/departments', { body });

export function useCreateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDepartment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['departments'] }),
  });
}
