import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { StatusReport, StatusReportQuery } from '@/contract/reports.ts';
import { apiGet } from '@/lib/api-client.ts';

export const getStatusReport = (query: StatusReportQuery): Promise<StatusReport> => apiGet('/api/v1/reports/status', { query });

export const getStatusReportQueryOptions = (query: StatusReportQuery) =>
  queryOptions({
    queryKey: ['reports', 'status', query],
    queryFn: () => getStatusReport(query),
  });

/** The plan's state as of a date (default today), optionally only what one department leads or contributes to. */
export const useStatusReport = (query: StatusReportQuery) => useSuspenseQuery(getStatusReportQueryOptions(query));
