import { endpoints } from '@/contract/endpoints.ts';
import { routeFromEndpoint } from '../../lib/route-from-endpoint.ts';

export const listMeasureUpdates = routeFromEndpoint('listMeasureUpdates', endpoints.listMeasureUpdates);
export const createMeasureUpdate = routeFromEndpoint('createMeasureUpdate', endpoints.createMeasureUpdate);
export const listActivityUpdates = routeFromEndpoint('listActivityUpdates', endpoints.listActivityUpdates);
export const createActivityUpdate = routeFromEndpoint('createActivityUpdate', endpoints.createActivityUpdate);
