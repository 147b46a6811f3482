import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { Department } from '@/contract/departments.ts';
import type { Plan } from '@/contract/plan.ts';
import { useLocale } from '@/lib/i18n/use-locale.ts';
import { getPeopleQueryOptions } from '../../api/get-people.ts';

/**
 * What the cache holds under a key the pages that show a measure have already loaded (departments,
 * the plan): read and followed, never fetched, so that this feature needs neither of theirs.
 */
function useCached<T>(queryClient: QueryClient, key: readonly string[]): T | undefined {
  const subscribe = useCallback((onChange: () => void) => queryClient.getQueryCache().subscribe(onChange), [queryClient]);
  return useSyncExternalStore(subscribe, () => queryClient.getQueryData<T>(key));
}

/**
 * Names for the ids a measure holds: departments, people and the plan's goals. An id nobody knows
 * is shown as it is.
 */
export function useNames() {
  const { localized } = useLocale();
  const queryClient = useQueryClient();
  const departments = useCached<Department[]>(queryClient, ['departments']);
  const plan = useCached<Plan>(queryClient, ['plan']);
  const { data: people } = useQuery(getPeopleQueryOptions());
  return {
    departments: departments ?? [],
    people: people ?? [],
    goals: plan?.goals ?? [],
    departmentName: (id: string) => {
      const department = departments?.find((d) => d.id === id);
      return department ? localized(department.name) : id;
    },
    personName: (id: string) => people?.find((p) => p.id === id)?.name ?? id,
    goalTitle: (code: string) => {
      const goal = plan?.goals.find((g) => g.code === code);
      return goal ? `${code} – ${localized(goal.title)}` : code;
    },
  };
}
