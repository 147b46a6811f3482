import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './departments.handlers.ts';
import * as routes from './departments.routes.ts';

export const departmentsRouter = createRouter()
  .openapi(routes.listDepartments, handlers.listDepartments)
  .openapi(routes.createDepartment, handlers.createDepartment)
  .openapi(routes.updateDepartment, handlers.updateDepartment);
