import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../auth/audit.ts';
import { createTestDatabase } from '../testing/test-database.ts';
import { testDatabases } from '../testing/test-databases.ts';
import type { OpenDatabase } from './database.ts';
import { auditLog } from './schema.ts';

describe.each(testDatabases)('the audit log (on $name)', ({ databaseUrl }) => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ databaseUrl });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('takes new entries, and the database itself refuses to change or remove any', async () => {
    const { db } = database;
    await writeAudit(db, { action: 'department.created', actor: { id: null, username: 'someone' }, target: { type: 'department', id: 'x' }, address: '192.0.2.1' });
    const before = await db.select().from(auditLog).orderBy(auditLog.id);
    const last = before.at(-1)!;
    expect(last).toMatchObject({ action: 'department.created', actorUsername: 'someone', address: '192.0.2.1', details: {} });

    const refused = async (statement: Promise<unknown>) => {
      const error = await statement.then(() => undefined, (e: unknown) => e as Error & { cause?: Error });
      expect(error, 'the statement should have failed').toBeDefined();
      expect(String(error!.cause?.message ?? error!.message)).toMatch(/audit_log is append-only/);
    };
    await refused(db.update(auditLog).set({ actorUsername: 'nobody' }).where(eq(auditLog.id, last.id)));
    await refused(db.delete(auditLog).where(eq(auditLog.id, last.id)));
    await refused(db.delete(auditLog));
    await refused(db.execute(sql`truncate audit_log`));
    expect(await db.select().from(auditLog).orderBy(auditLog.id)).toEqual(before);
  });
});
