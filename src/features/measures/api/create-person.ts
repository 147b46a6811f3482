import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePersonBody, Person } from '@/contract/people.ts';
import { apiSend } from '@/lib/api-client.ts';

export const createPerson = (body: CreatePersonBody): Promise<Person> => apiSend('post', '/api/v1/people', { body });

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPerson,
    onSuccess: (person) => {
      queryClient.setQueryData<Person[]>(['people'], (people) => (people ? [...people, person] : people));
      return queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
}
