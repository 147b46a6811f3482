import { randomBytes } from 'node:crypto';
import { isNotNull } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPlanRows } from '../testing/count-plan-rows.ts';
import { createTestServer } from '../testing/test-server.ts';
import { openDatabase, openPostgres } from './database.ts';
import { measures, people, progressUpdates, users } from './schema.ts';

const postgresUrl = process.env.TEST_DATABASE_URL;
const quiet = { error: () => undefined };

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    return await client.query<{ datname: string }>(sql);
  } finally {
    await client.end();
  }
}

describe.skipIf(!postgresUrl)('on PostgreSQL (TEST_DATABASE_URL)', () => {
  describe('a test server', () => {
    it('runs on a database of its own, which close() drops', async () => {
      const server = await createTestServer({ databaseUrl: postgresUrl });
      const health = await server.fetch(new Request('http://localhost/api/v1/health'));
      expect(await health.json()).toEqual({ status: 'ok', database: 'postgres' });
      const before = (await admin(`select datname from pg_database where datname like 'apt_test_%'`)).rows.map((r) => r.datname);
      expect(before.length).toBeGreaterThan(0);

      await server.close();
      const after = (await admin(`select datname from pg_database where datname like 'apt_test_%'`)).rows.map((r) => r.datname);
      expect(after.length).toBe(before.length - 1);
    });
  });

  describe('two servers starting at once on an empty database', () => {
    const name = `apt_test_${randomBytes(6).toString('hex')}`;
    let url: string;
    beforeAll(async () => {
      await admin(`create database "${name}"`);
      const u = new URL(postgresUrl!);
      u.pathname = `/${name}`;
      url = u.toString();
    });
    afterAll(async () => {
      await admin(`drop database if exists "${name}" with (force)`);
    });

    it('migrate and seed it exactly once between them, and create no account and no demo history even when DEMO is on', async () => {
      const [a, b] = await Promise.all([
        openPostgres(url, quiet),
        openDatabase({ databaseUrl: url, dataDir: '/nonexistent', demo: true, demoHistory: true }, { logger: quiet, onLockCompromised: () => undefined }),
      ]);
      try {
        expect(await countPlanRows(a.db)).toEqual({ goals: 3, areas: 4, measures: 13, activities: 31, departments: 7 });
        expect(a.description).toBe(`PostgreSQL at ${new URL(url).host}/${name}`);
        expect([a.created, b.created].sort()).toEqual([false, true]);
        // Nobody gets an account with a published password on a database they configured.
        expect(await a.db.$count(users)).toBe(0);
        // Nor made-up figures, people or owners among the real ones.
        expect(await a.db.$count(progressUpdates)).toBe(0);
        expect(await a.db.$count(people)).toBe(0);
        expect(await a.db.$count(measures, isNotNull(measures.leadDepartmentId))).toBe(0);
      } finally {
        await a.close();
        await b.close();
      }
    });

    it('and a restart finds the plan and adds nothing', async () => {
      const again = await openPostgres(url, quiet);
      try {
        expect(await countPlanRows(again.db)).toEqual({ goals: 3, areas: 4, measures: 13, activities: 31, departments: 7 });
      } finally {
        await again.close();
      }
    });
  });
});
