import { endpoints } from '@/contract/endpoints.ts';
import { routeFromEndpoint } from '../../lib/route-from-endpoint.ts';

export const listUsers = routeFromEndpoint('listUsers', endpoints.listUsers);
export const createUser = routeFromEndpoint('createUser', endpoints.createUser);
export const updateUser = routeFromEndpoint('updateUser', endpoints.updateUser);
export const resetUserPassword = routeFromEndpoint('resetUserPassword', endpoints.resetUserPassword);
