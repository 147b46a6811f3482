import { endpoints } from '@/contract/endpoints.ts';
import { routeFromEndpoint } from '../../lib/route-from-endpoint.ts';

export const listMeasures = routeFromEndpoint('listMeasures', endpoints.listMeasures);
export const getMeasure = routeFromEndpoint('getMeasure', endpoints.getMeasure);
export const updateMeasure = routeFromEndpoint('updateMeasure', endpoints.updateMeasure);
