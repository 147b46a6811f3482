import { eq } from 'drizzle-orm';
import type { Department } from '@/contract/departments.ts';
import { errorBody, notFoundBody } from '@/lib/api-errors.ts';
import { auditContext, writeAudit } from '../../auth/audit.ts';
import { listDepartments as queryDepartments } from '../../db/plan-queries.ts';
import { departments } from '../../db/schema.ts';
import type { AppRouteHandler } from '../../lib/app-types.ts';
import type * as routes from './departments.routes.ts';

const toDepartment = (d: typeof departments.$inferSelect): Department => ({ id: d.id, name: { de: d.nameDe, en: d.nameEn } });

export const listDepartments: AppRouteHandler<typeof routes.listDepartments> = async (c) => {
  const rows = await queryDepartments(c.var.db);
  return c.json(rows.map(toDepartment), 200);
};

export const createDepartment: AppRouteHandler<typeof routes.createDepartment> = async (c) => {
  const { id, name } = c.req.valid('json');
  const created = await c.var.db.transaction(async (tx) => {
    const [row] = await tx.insert(departments).values({ id, nameDe: name.de, nameEn: name.en }).onConflictDoNothing({ target: departments.id }).returning();
    if (row) await writeAudit(tx, { action: 'department.created', ...auditContext(c), target: { type: 'department', id }, details: { name } });
    return row;
  });
  if (!created) return c.json(errorBody('conflict', `A department with the id '${id}' exists.`), 409);
  return c.json(toDepartment(created), 201);
};

export const updateDepartment: AppRouteHandler<typeof routes.updateDepartment> = async (c) => {
  const { id } = c.req.valid('param');
  const { name } = c.req.valid('json');
  const updated = await c.var.db.transaction(async (tx) => {
    const [old] = await tx.select().from(departments).where(eq(departments.id, id)).for('update');
    if (!old) return undefined;
    if (old.nameDe === name.de && old.nameEn === name.en) return old;
    const [row] = await tx.update(departments).set({ nameDe: name.de, nameEn: name.en }).where(eq(departments.id, id)).returning();
    await writeAudit(tx, {
      action: 'department.updated',
      ...auditContext(c),
      target: { type: 'department', id },
      details: { changes: { name: { from: { de: old.nameDe, en: old.nameEn }, to: name } } },
    });
    return row;
  });
  if (!updated) return c.json(notFoundBody('Department'), 404);
  return c.json(toDepartment(updated), 200);
};
