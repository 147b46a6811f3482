import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { AuditList } from '@/contract/audit.ts';
import { apiGet } from '@/lib/api-client.ts';
import { historyPageSize, nextOffset } from './get-updates.ts';

export const getAudit = ({ measure, offset }: { measure: string; offset: number }): Promise<AuditList> =>
  apiGet('/api/v1/audit', { query: { measure, limit: historyPageSize, offset } });

export const getAuditQueryOptions = (measure: string) =>
  infiniteQueryOptions({
    queryKey: ['audit', measure],
    queryFn: ({ pageParam }) => getAudit({ measure, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (_last, pages) => nextOffset(pages),
  });

/** Who changed what on a measure, newest first, a page at a time; only ask where the role may see it. */
export const useAudit = (measure: string, { enabled }: { enabled: boolean }) => useInfiniteQuery({ ...getAuditQueryOptions(measure), enabled });
