import { endpoints } from '@/contract/endpoints.ts';
import { routeFromEndpoint } from '../../lib/route-from-endpoint.ts';

export const listPeople = routeFromEndpoint('listPeople', endpoints.listPeople);
export const createPerson = routeFromEndpoint('createPerson', endpoints.createPerson);
