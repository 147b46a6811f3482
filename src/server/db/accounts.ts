import { asc, eq } from 'drizzle-orm';
import type { Role } from '@/contract/common.ts';
import type { User } from '@/contract/users.ts';
import { type AuditEntry, writeAudit } from '../auth/audit.ts';
import { endSessionsOf } from '../auth/sessions.ts';
import type { Database } from './database.ts';
import { departments, users } from './schema.ts';

export type UserRow = typeof users.$inferSelect;

/** Who acts and from where, as the audit entry for a change records it. */
export type Acting = Pick<AuditEntry, 'actor' | 'address'>;

/** An account as the API shows it: never its password hash. */
export function toUser(row: UserRow): User {
  const { id, username, name, role, departmentId, disabled, createdAt } = row;
  return { id, username, name, role, departmentId, disabled, createdAt: createdAt.toISOString() };
}

export function listAccounts(db: Pick<Database, 'select'>): Promise<UserRow[]> {
  return db.select().from(users).orderBy(asc(users.username));
}

export function findAccount(db: Pick<Database, 'select'>, id: string): Promise<UserRow | undefined> {
  return db
    .select()
    .from(users)
    .where(eq(users.id, id))
    .then((rows) => rows[0]);
}

/** Why a change was not made; the route turns each into its status and message. */
export type UsernameTaken = { problem: 'username_taken' };
export type NotFound = { problem: 'not_found' };
/** Problems with a field of the change: 422, naming the field. */
export type InvalidChange =
  | { problem: 'unknown_department'; departmentId: string }
  | { problem: 'department_mismatch' }
  | { problem: 'own_account'; field: 'disabled' | 'role' };
export type AccountProblem = UsernameTaken | NotFound | InvalidChange;

export type NewAccount = { username: string; name: string; role: Role; departmentId: string | null; passwordHash: string };

async function departmentExists(db: Pick<Database, 'select'>, id: string) {
  return (await db.select({ id: departments.id }).from(departments).where(eq(departments.id, id))).length > 0;
}

/** Creates an account and its audit entry in one transaction. The password arrives hashed: hashing takes most of a second. */
export async function createAccount(db: Database, account: NewAccount, acting: Acting, via?: string): Promise<UserRow | UsernameTaken | InvalidChange> {
  return db.transaction(async (tx) => {
    if (account.departmentId !== null && !(await departmentExists(tx, account.departmentId))) {
      return { problem: 'unknown_department', departmentId: account.departmentId };
    }
    const [row] = await tx.insert(users).values(account).onConflictDoNothing({ target: users.username }).returning();
    if (!row) return { problem: 'username_taken' };
    const { username, name, role, departmentId } = row;
    await writeAudit(tx, {
      action: 'user.created',
      ...acting,
      target: { type: 'user', id: row.id },
      details: { username, name, role, departmentId, ...(via && { via }) },
    });
    return row;
  });
}

export type AccountChanges = { name?: string; role?: Role; departmentId?: string | null; disabled?: boolean };

/**
 * Changes an account; disabling it ends its sessions in the same transaction. The acting admin
 * can neither disable their own account nor give up their own admin role, so that there is
 * always an admin left to undo a mistake.
 */
export async function updateAccount(db: Database, id: string, changes: AccountChanges, acting: Acting): Promise<UserRow | NotFound | InvalidChange> {
  return db.transaction(async (tx) => {
    const [old] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!old) return { problem: 'not_found' };
    const role = changes.role ?? old.role;
    // A role change that needs no department drops the old one; one to department head keeps it only if one was given.
    const departmentId = changes.departmentId !== undefined ? changes.departmentId : role === 'department_head' ? old.departmentId : null;
    const disabled = changes.disabled ?? old.disabled;
    const name = changes.name ?? old.name;

    if (acting.actor?.id === id) {
      if (disabled && !old.disabled) return { problem: 'own_account', field: 'disabled' };
      if (old.role === 'admin' && role !== 'admin') return { problem: 'own_account', field: 'role' };
    }
    if ((role === 'department_head') !== (departmentId !== null)) return { problem: 'department_mismatch' };
    if (departmentId !== null && departmentId !== old.departmentId && !(await departmentExists(tx, departmentId))) {
      return { problem: 'unknown_department', departmentId };
    }

    const next = { name, role, departmentId, disabled };
    const changed = Object.fromEntries(
      (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== old[key]).map((key) => [key, { from: old[key], to: next[key] }]),
    );
    if (Object.keys(changed).length === 0) return old;

    const [row] = await tx.update(users).set({ ...next, updatedAt: new Date() }).where(eq(users.id, id)).returning();
    const sessionsEnded = disabled && !old.disabled ? await endSessionsOf(tx, id) : undefined;
    await writeAudit(tx, {
      action: 'user.updated',
      ...acting,
      target: { type: 'user', id },
      details: { username: old.username, changes: changed, ...(sessionsEnded !== undefined && { sessionsEnded }) },
    });
    return row!;
  });
}

/**
 * Sets a new password (already hashed) and ends the account's sessions, all but the one given:
 * an admin who resets their own password stays signed in where they did it.
 */
export async function resetAccountPassword(
  db: Database,
  id: string,
  passwordHash: string,
  acting: Acting,
  keepSession?: string,
): Promise<UserRow | NotFound> {
  return db.transaction(async (tx) => {
    const [row] = await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, id)).returning();
    if (!row) return { problem: 'not_found' };
    const sessionsEnded = await endSessionsOf(tx, id, keepSession);
    await writeAudit(tx, { action: 'user.password_reset', ...acting, target: { type: 'user', id }, details: { username: row.username, sessionsEnded } });
    return row;
  });
}

export const isProblem = <P extends AccountProblem>(result: UserRow | P): result is P => 'problem' in result;
