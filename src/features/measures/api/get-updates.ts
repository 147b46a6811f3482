import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { ProgressUpdateList } from '@/contract/measures.ts';
import { apiGet } from '@/lib/api-client.ts';

/** How many entries one "show more" brings. */
export const historyPageSize = 10;

export const getMeasureUpdates = ({ code, offset }: { code: string; offset: number }): Promise<ProgressUpdateList> =>
  apiGet('/api/v1/measures/{code}/updates', { params: { code }, query: { limit: historyPageSize, offset } });

/** Loaded pages until there are no more. */
export const nextOffset = (pages: readonly { items: readonly unknown[]; total: number }[]): number | undefined => {
  const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
  const last = pages.at(-1);
  return last && loaded < last.total && last.items.length > 0 ? loaded : undefined;
};

export const getMeasureUpdatesQueryOptions = (code: string) =>
  infiniteQueryOptions({
    queryKey: ['updates', code],
    queryFn: ({ pageParam }) => getMeasureUpdates({ code, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (_last, pages) => nextOffset(pages),
  });

/** A measure's progress updates and its activities', newest first, a page at a time. */
export const useMeasureUpdates = (code: string) => useInfiniteQuery(getMeasureUpdatesQueryOptions(code));
