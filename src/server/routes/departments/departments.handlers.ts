import { listDepartments as queryDepartments } from '../../db/plan-queries.ts';
import type { AppRouteHandler } from '../../lib/app-types.ts';
import type { listDepartments as listDepartmentsRoute } from './departments.routes.ts';

export const listDepartments: AppRouteHandler<typeof listDepartmentsRoute> = async (c) => {
  const rows = await queryDepartments(c.var.db);
  return c.json(rows.map((d) => ({ id: d.id, name: { de: d.nameDe, en: d.nameEn } })), 200);
};
