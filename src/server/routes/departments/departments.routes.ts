import { endpoints } from '@/contract/endpoints.ts';
import { routeFromEndpoint } from '../../lib/route-from-endpoint.ts';

export const listDepartments = routeFromEndpoint('listDepartments', endpoints.listDepartments);
export const createDepartment = routeFromEndpoint('createDepartment', endpoints.createDepartment);
export const updateDepartment = routeFromEndpoint('updateDepartment', endpoints.updateDepartment);
