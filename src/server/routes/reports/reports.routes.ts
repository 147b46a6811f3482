import { endpoints } from '@/contract/endpoints.ts';
import { routeFromEndpoint } from '../../lib/route-from-endpoint.ts';

export const getStatusReport = routeFromEndpoint('getStatusReport', endpoints.getStatusReport);
