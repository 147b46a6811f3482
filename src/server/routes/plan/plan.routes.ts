import { endpoints } from '@/contract/endpoints.ts';
import { routeFromEndpoint } from '../../lib/route-from-endpoint.ts';

export const getPlan = routeFromEndpoint('getPlan', endpoints.getPlan);
