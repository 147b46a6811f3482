import { endpoints } from '@/contract/endpoints.ts';
import { routeFromEndpoint } from '../../lib/route-from-endpoint.ts';

export const getStatsSummary = routeFromEndpoint('getStatsSummary', endpoints.getStatsSummary);
export const getProgressHistory = routeFromEndpoint('getProgressHistory', endpoints.getProgressHistory);
