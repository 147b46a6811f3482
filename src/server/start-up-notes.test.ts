import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from './auth/password.ts';
import { resetAccountPassword } from './db/accounts.ts';
import type { OpenDatabase } from './db/database.ts';
import { users } from './db/schema.ts';
import { accountNotes, demoHistoryNotes } from './start-up-notes.ts';
import { createTestDatabase } from './testing/test-database.ts';

describe('what npm start says about accounts', () => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('names the demo accounts that still have the demo password, on the embedded demo database only', async () => {
    const { db } = database;
    expect(await accountNotes(db, { embedded: true, demo: true })).toEqual([
      'Demo accounts (password hannover-2030): coordinator, head (department head, International Affairs Office), council, admin',
    ]);
    const [admin] = await db.select().from(users).where(eq(users.username, 'admin'));
    await resetAccountPassword(db, admin!.id, await hashPassword('changed-by-the-admin', { log2N: 10, r: 8, p: 1 }), { actor: null, address: null });
    await db.update(users).set({ disabled: true }).where(eq(users.username, 'council'));
    expect(await accountNotes(db, { embedded: true, demo: true })).toEqual([
      'Demo accounts (password hannover-2030): coordinator, head (department head, International Affairs Office)',
    ]);
    expect(await accountNotes(db, { embedded: true, demo: false })).toEqual([]);
    expect(await accountNotes(db, { embedded: false, demo: true })).toEqual([]);
  });

  it('says how to create the first account when there is none', async () => {
    const { db } = database;
    await db.delete(users);
    expect(await accountNotes(db, { embedded: true, demo: true })).toEqual([
      'No accounts yet. Stop the server and create the first admin with: npm run user -- create --role admin --username NAME',
    ]);
    expect(await accountNotes(db, { embedded: false, demo: false })).toEqual([
      'No accounts yet. Create the first admin with: npm run user -- create --role admin --username NAME',
    ]);
  });
});

describe('what npm start says about the demo history', () => {
  it('that it is there and made up, and how to start without it, on the embedded demo database only', async () => {
    const withHistory = await createTestDatabase({ demo: true, history: true });
    try {
      const [note] = await demoHistoryNotes(withHistory.db, { embedded: true, demo: true });
      expect(note).toMatch(/^Demo history: about 18 months of made-up owners and progress updates .*DEMO_HISTORY=false/);
      expect(await demoHistoryNotes(withHistory.db, { embedded: true, demo: false })).toEqual([]);
      expect(await demoHistoryNotes(withHistory.db, { embedded: false, demo: true })).toEqual([]);
    } finally {
      await withHistory.close();
    }
    const without = await createTestDatabase({ demo: true });
    try {
      expect(await demoHistoryNotes(without.db, { embedded: true, demo: true })).toEqual([]);
    } finally {
      await without.close();
    }
  });
});
