import { and, eq, exists, inArray, notExists, sql } from 'drizzle-orm';
import { ActivityUpdateBody, MeasureUpdateBody, UpdateMeasureBody } from '@/contract/measures.ts';
import { type DemoAccount, demoAccounts, demoLeadDepartments, demoPassword } from '@/lib/demo-data.ts';
import { demoHistory } from '@/lib/demo-history.ts';
import { plan as planData } from '@/lib/plan-data.ts';
import { writeAudit } from '../auth/audit.ts';
import { hashPassword } from '../auth/password.ts';
import type { Database } from '../db/database.ts';
import { editMeasure } from '../db/measure-edits.ts';
import { anyVersion, type WriteResult, type Writer } from '../db/measure-writes.ts';
import { writeProgressUpdate } from '../db/progress-updates.ts';
import { auditLog, departments, measures, people, plans, users } from '../db/schema.ts';

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

/**
 * Everything a new embedded demo database gets besides the plan: the demo accounts and owners,
 * and with `history` the demo history as of `now`.
 */
export async function seedDemo(db: Database, options: { history: boolean; now: Date }): Promise<void> {
  await seedDemoAccounts(db);
  await applyDemoLeads(db);
  if (options.history) await seedDemoHistory(db, options.now);
}

/**
 * The demo history of src/lib/demo-history.ts: its people, then owners, goals, dates and weights
 * as the demo coordinator's PATCH of each measure, then every update in order as its demo author
 * wrote it, through the same writes as the API (rules, state, history, audit trail), at the times
 * the history gives. The demo accounts must exist. Any write refused means the history and the
 * rules disagree: that stops the seed rather than leaving a history that does not add up.
 */
export async function seedDemoHistory(db: Database, now: Date): Promise<void> {
  const history = demoHistory(now);
  const [plan] = await db.select().from(plans).where(eq(plans.code, planData.code));
  if (!plan) throw new Error('The demo history needs the plan');

  if (history.people.length > 0) await db.insert(people).values(history.people).onConflictDoNothing({ target: people.id });

  const authors = new Map<string, Writer>();
  for (const user of await db.select().from(users).where(inArray(users.username, demoAccounts.map((a) => a.username)))) authors.set(user.username, user);
  const author = (username: string) => {
    const found = authors.get(username);
    if (!found) throw new Error(`The demo history names ${username}, who is not a demo account of this database`);
    return found;
  };
  const written = <T>(what: string, result: WriteResult<T, undefined>) => {
    if (result.outcome !== 'written') throw new Error(`The demo history's ${what} was refused: ${JSON.stringify(result)}`);
  };
  const common = { plan, now, ifMatch: anyVersion, address: null, via: 'demo', readBack: false } as const;

  // The owners were named before anyone reported: a day before the first update.
  const first = history.updates[0]?.at;
  const assigned = new Date((first ? new Date(first) : now).getTime() - 24 * 60 * 60 * 1000);
  const codes = new Set([...Object.keys(history.measures), ...Object.keys(history.activities).map(measureCodeOf)]);
  for (const code of codes) {
    const { goals, ...owners } = history.measures[code] ?? {};
    const activities = Object.entries(history.activities)
      .filter(([activityCode]) => measureCodeOf(activityCode) === code)
      .map(([activityCode, a]) => ({ code: activityCode, ...a }));
    const body = UpdateMeasureBody.parse({ ...owners, ...(goals && { goals }), activities });
    written(`owners of ${code}`, await editMeasure(db, { ...common, code, body, editor: author('coordinator'), at: assigned }));
  }

  for (const { at, authorUsername, measureCode, activityCode, narrative, ...change } of history.updates) {
    const request = activityCode === null ? MeasureUpdateBody.parse({ ...change, narrative }) : ActivityUpdateBody.parse({ ...change, narrative });
    const target = activityCode === null ? { measureCode } : { activityCode };
    const result = await writeProgressUpdate(db, { ...common, target, request, author: author(authorUsername), at: new Date(at) });
    written(`update of ${activityCode ?? measureCode} at ${at}`, result);
  }
}

const measureCodeOf = (activityCode: string) => activityCode.split('.').slice(0, 2).join('.');

/** Whether the database holds the demo history, for the start-up message. */
export async function hasDemoHistory(db: Pick<Database, 'select'>): Promise<boolean> {
  const [row] = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(inArray(auditLog.action, ['measure.progress_reported', 'activity.progress_reported']), sql`${auditLog.details}->>'via' = 'demo'`))
    .limit(1);
  return row !== undefined;
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
