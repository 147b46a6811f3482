import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asc, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPlanRows } from '../testing/count-plan-rows.ts';
import { DataDirInUseError } from './data-dir-lock.ts';
import { demoAccounts, demoLeadDepartments } from '@/lib/demo-data.ts';
import { demoHistory } from '@/lib/demo-history.ts';
import { loadConfig } from '../config.ts';
import { stderrLogger } from '../lib/logger.ts';
import { type OpenDatabase, openDatabase, openPgliteDir } from './database.ts';
import { auditLog, measures, people, progressUpdates, users } from './schema.ts';

const neverCompromised = (error: Error) => {
  throw error;
};

/** A fingerprint of every file under `dir`, to show that nothing in it was written. */
async function fingerprint(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  for (const file of files.map((e) => join(e.parentPath, e.name)).sort()) hash.update(file).update(await readFile(file));
  return hash.digest('hex');
}

// One data directory for the whole story: PGlite's first start (initdb) takes seconds.
describe('the embedded database in DATA_DIR', () => {
  let dataDir: string;
  let database: OpenDatabase | undefined;
  let historyEntries = 0;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'apt-data-'));
  });
  afterAll(async () => {
    await database?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('is created, migrated and seeded on the first start, with the demo accounts, owners and history', async () => {
    // As `npm start` opens it with nothing configured.
    database = await openDatabase(loadConfig({ DATA_DIR: dataDir }), { logger: stderrLogger, onLockCompromised: neverCompromised });
    expect(database.kind).toBe('pglite');
    expect(database.description).toBe(`PGlite in ${dataDir}`);
    expect(database.created).toBe(true);
    expect(await countPlanRows(database.db)).toEqual({ goals: 3, areas: 4, measures: 13, activities: 31, departments: 7 });

    const accounts = await database.db.select().from(users).orderBy(asc(users.username));
    expect(accounts.map(({ username, name, role, departmentId }) => ({ username, name, role, departmentId }))).toEqual(
      [...demoAccounts].sort((a, b) => a.username.localeCompare(b.username)),
    );
    expect(accounts.every((a) => a.passwordHash.startsWith('$scrypt$ln=17,r=8,p=1$'))).toBe(true);
    expect(await database.db.$count(auditLog, eq(auditLog.action, 'user.created'))).toBe(4);

    const history = demoHistory(new Date());
    historyEntries = await database.db.$count(progressUpdates);
    expect(historyEntries).toBe(history.updates.length);
    expect(await database.db.$count(people)).toBe(history.people.length);
    const led = await database.db.select({ code: measures.code, lead: measures.leadDepartmentId, person: measures.leadPersonId }).from(measures);
    expect(Object.fromEntries(led.map((m) => [m.code, m.lead && { departmentId: m.lead, personId: m.person }]))).toEqual(
      Object.fromEntries(Object.entries(history.measures).map(([code, owners]) => [code, owners.lead])),
    );
  });

  it('refuses a second opener and leaves the data untouched', async () => {
    await database!.db.update(measures).set({ phase: 'in_progress', health: 'at_risk' }).where(eq(measures.code, '3.1'));
    const before = await fingerprint(join(dataDir, 'pglite'));
    await expect(openPgliteDir(dataDir, neverCompromised)).rejects.toThrow(DataDirInUseError);
    expect(await fingerprint(join(dataDir, 'pglite'))).toBe(before);
  });

  it('keeps a change across a restart, and the restart seeds nothing twice, demo accounts and owners included', async () => {
    await database!.db.update(users).set({ disabled: true }).where(eq(users.username, 'council'));
    await database!.db.update(measures).set({ leadDepartmentId: null, leadPersonId: null }).where(eq(measures.code, '1.1'));
    await database!.close();
    database = await openPgliteDir(dataDir, neverCompromised, { demo: true });
    expect(database.created).toBe(false);
    const [measure] = await database.db.select().from(measures).where(eq(measures.code, '3.1'));
    expect(measure).toMatchObject({ phase: 'in_progress', health: 'at_risk' });
    expect(await countPlanRows(database.db)).toEqual({ goals: 3, areas: 4, measures: 13, activities: 31, departments: 7 });
    expect((await database.db.select().from(users).where(eq(users.username, 'council')))[0]!.disabled).toBe(true);
    expect((await database.db.select().from(measures).where(eq(measures.code, '1.1')))[0]!.leadDepartmentId).toBeNull();
    expect(await database.db.$count(users)).toBe(4);
    expect(await database.db.$count(progressUpdates)).toBe(historyEntries);
  });
});

describe('the embedded database with DEMO_HISTORY=false', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'apt-data-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('gets the demo accounts and owners, but no history and no made-up people', async () => {
    const database = await openDatabase(loadConfig({ DATA_DIR: dataDir, DEMO_HISTORY: 'false' }), { logger: stderrLogger, onLockCompromised: neverCompromised });
    try {
      expect(await database.db.$count(users)).toBe(4);
      const led = await database.db.select({ code: measures.code, lead: measures.leadDepartmentId, person: measures.leadPersonId }).from(measures).where(isNotNull(measures.leadDepartmentId));
      expect(Object.fromEntries(led.map((m) => [m.code, m.lead]))).toEqual(demoLeadDepartments);
      expect(led.every((m) => m.person === null)).toBe(true);
      expect(await database.db.$count(progressUpdates)).toBe(0);
      expect(await database.db.$count(people)).toBe(0);
      expect(await database.db.$count(auditLog, eq(auditLog.targetType, 'measure'))).toBe(0);
    } finally {
      await database.close();
    }
  });
});
