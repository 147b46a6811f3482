import { eq } from 'drizzle-orm';
import type { Person } from '@/contract/people.ts';
import { errorBody } from '@/lib/api-errors.ts';
import { auditContext, auditRefusal, writeAudit } from '../../auth/audit.ts';
import { currentSession } from '../../auth/guards.ts';
import { canAssignOwners } from '@/lib/permissions.ts';
import { departments, people } from '../../db/schema.ts';
import type { AppRouteHandler } from '../../lib/app-types.ts';
import { issuesBody } from '../../lib/write-refusals.ts';
import type * as routes from './people.routes.ts';

const toPerson = (p: typeof people.$inferSelect): Person => ({ id: p.id, name: p.name, departmentId: p.departmentId });

// By name as a German reader sorts them (Ä with A), whatever the database's collation.
const byName = new Intl.Collator('de', { sensitivity: 'base' });

export const listPeople: AppRouteHandler<typeof routes.listPeople> = async (c) => {
  const rows = await c.var.db.select().from(people);
  rows.sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
  return c.json(rows.map(toPerson), 200);
};

/** Naming responsible people goes with assigning owners: coordinators and admins. */
export const createPerson: AppRouteHandler<typeof routes.createPerson> = async (c) => {
  if (!canAssignOwners(currentSession(c).user)) {
    await auditRefusal(c, 403, 'forbidden');
    return c.json(errorBody('forbidden', 'Your role may not add responsible people.'), 403);
  }
  const { name, departmentId } = c.req.valid('json');
  const created = await c.var.db.transaction(async (tx) => {
    if (departmentId !== null && !(await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, departmentId))).length) return undefined;
    const [row] = await tx.insert(people).values({ name, departmentId }).returning();
    await writeAudit(tx, { action: 'person.created', ...auditContext(c), target: { type: 'person', id: row!.id }, details: { name, departmentId } });
    return row!;
  });
  if (!created) {
    return c.json(
      issuesBody([{ path: 'body.departmentId', code: 'unknown_department', message: `there is no department '${departmentId}'` }]),
      422,
    );
  }
  return c.json(toPerson(created), 201);
};
