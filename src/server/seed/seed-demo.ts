import { and, eq, exists, inArray, notExists, sql } from 'drizzle-orm';
import { type DemoAccount, demoAccounts, demoLeadDepartments, demoPassword } from '@/lib/demo-data.ts';
import { plan as planData } from '@/lib/plan-data.ts';
import { writeAudit } from '../auth/audit.ts';
import { hashPassword } from '../auth/password.ts';
import type { Database } from '../db/database.ts';
import { auditLog, departments, measures, plans, users } from '../db/schema.ts';

type Db = Pick<Database, 'select' | 'insert' | 'update'>;

/**
 * The demo accounts of src/lib/demo-data.ts, all with the demo password. Only for a new embedded
 * demo database and for tests: never run against a database someone configured.
 * `hashes` (one per account, in order) saves hashing again where the caller has them.
 */
export async function seedDemoAccounts(db: Db, hashes?: readonly string[]): Promise<void> {
  const passwordHashes = hashes ?? (await Promise.all(demoAccounts.map(() => hashPassword(demoPassword))));
  const rows = await db
    .insert(users)
    .values(demoAccounts.map((account, i) => ({ ...account, passwordHash: passwordHashes[i]! })))
    .onConflictDoNothing({ target: users.username })
    .returning();
  for (const { id, username, name, role, departmentId } of rows) {
    await writeAudit(db, { action: 'user.created', target: { type: 'user', id }, details: { username, name, role, departmentId, via: 'demo' } });
  }
}

/** Demo owners: sets the lead department of the measures demoLeadDepartments names, the person left open. */
export async function applyDemoLeads(db: Db): Promise<void> {
  const known = new Set((await db.select({ id: departments.id }).from(departments)).map((d) => d.id));
  const [plan] = await db.select({ id: plans.id }).from(plans).where(eq(plans.code, planData.code));
  if (!plan) return;
  const byDepartment = new Map<string, string[]>();
  for (const [code, departmentId] of Object.entries(demoLeadDepartments)) {
    if (known.has(departmentId)) byDepartment.set(departmentId, [...(byDepartment.get(departmentId) ?? []), code]);
  }
  for (const [departmentId, codes] of byDepartment) {
    await db
      .update(measures)
      .set({ leadDepartmentId: departmentId, leadPersonId: null })
      .where(and(eq(measures.planId, plan.id), inArray(measures.code, codes)));
  }
}

/** Everything a new embedded demo database gets besides the plan. */
export async function seedDemo(db: Db): Promise<void> {
  await seedDemoAccounts(db);
  await applyDemoLeads(db);
}

/**
 * The demo accounts that can still sign in with the demo password, for the start-up message:
 * made by the demo seed, not disabled, and no password reset since. Read from the audit log,
 * which records every password reset, rather than by checking the password four times: each
 * check costs most of a second and 128 MiB, at every start.
 */
export async function demoAccountsInUse(db: Pick<Database, 'select'>): Promise<(DemoAccount & { departmentName: string | null })[]> {
  const about = (action: string) => and(eq(auditLog.action, action), eq(auditLog.targetType, 'user'), eq(auditLog.targetId, sql`${users.id}::text`));
  const rows = await db
    .select({ user: users, departmentName: departments.nameEn })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(
      and(
        inArray(users.username, demoAccounts.map((a) => a.username)),
        eq(users.disabled, false),
        exists(db.select({ id: auditLog.id }).from(auditLog).where(and(about('user.created'), sql`${auditLog.details}->>'via' = 'demo'`))),
        notExists(db.select({ id: auditLog.id }).from(auditLog).where(about('user.password_reset'))),
      ),
    );
  const byUsername = new Map(rows.map((r) => [r.user.username, r]));
  return demoAccounts.flatMap((account) => {
    const row = byUsername.get(account.username);
    return row ? [{ ...account, role: row.user.role, departmentId: row.user.departmentId, departmentName: row.departmentName }] : [];
  });
}
