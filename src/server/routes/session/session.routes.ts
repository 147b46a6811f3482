import { endpoints } from '@/contract/endpoints.ts';
import { routeFromEndpoint } from '../../lib/route-from-endpoint.ts';

export const createSession = routeFromEndpoint('createSession', endpoints.createSession);
export const getSession = routeFromEndpoint('getSession', endpoints.getSession);
export const deleteSession = routeFromEndpoint('deleteSession', endpoints.deleteSession);
