import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePgliteDb } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Logger } from '../lib/logger.ts';
import { seedDemo } from '../seed/seed-demo.ts';
import { seedPlan } from '../seed/seed-plan.ts';
import { lockDataDir } from './data-dir-lock.ts';
import * as schema from './schema.ts';

/** Either driver behind one type; a union of the two driver types would break `.returning()`. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export type OpenDatabase = {
  db: Database;
  kind: DatabaseKind;
  /** For people: where the data lives, never with a password. */
  description: string;
  /** Whether this start created the database's content (the plan, and demo accounts if asked for). */
  created: boolean;
  close: () => Promise<void>;
};

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Opens the database the configuration names, brought up to the current schema and seeded. With
 * `demo`, a new embedded database also gets the demo accounts and owners, and with `demoHistory`
 * the demo history; PostgreSQL never does: nobody gets an account with a published password, or
 * made-up figures, on a database they configured.
 */
export function openDatabase(
  config: { dataDir: string; databaseUrl: string | undefined; demo: boolean; demoHistory?: boolean },
  options: { logger: Logger; onLockCompromised: (error: Error) => void },
): Promise<OpenDatabase> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, options.logger)
    : openPgliteDir(config.dataDir, options.onLockCompromised, { demo: config.demo, demoHistory: config.demoHistory });
}

/** PGlite in a directory, which this process holds a lock on until close(). */
export async function openPgliteDir(
  dataDir: string,
  onLockCompromised: (error: Error) => void,
  options: { demo?: boolean; demoHistory?: boolean } = {},
): Promise<OpenDatabase> {
  const dir = resolve(dataDir);
  await mkdir(dir, { recursive: true });
  // Before PGlite opens anything: a second process must not even read a directory another one writes.
  const release = await lockDataDir(dir, onLockCompromised);
  let client: PGlite | undefined;
  try {
    // A subdirectory, so DATA_DIR has room for the lock and anything else the server keeps later.
    client = await PGlite.create(join(dir, 'pglite'));
    const opened = await preparePglite(client, options.demo ? (tx) => seedDemo(tx, { history: options.demoHistory ?? false, now: new Date() }) : undefined);
    return {
      ...opened,
      description: `PGlite in ${dir}`,
      close: once(async () => {
        try {
          await opened.close();
        } finally {
          await release();
        }
      }),
    };
  } catch (error) {
    await client?.close().catch(() => undefined);
    await release().catch(() => undefined);
    throw error;
  }
}

/** Migrates and seeds an open PGlite (in a directory, in memory or loaded from a dump); close() closes it. */
export async function preparePglite(client: PGlite, onCreate?: Parameters<typeof seedPlan>[1]): Promise<OpenDatabase> {
  const db = drizzlePglite(client, { schema });
  await migratePgliteDb(db, { migrationsFolder });
  const { created } = await seedPlan(db, onCreate);
  return { db, kind: 'pglite', description: 'PGlite in memory', created, close: once(() => client.close()) };
}

// Any constant works; it only has to be the same in every process that migrates this database.
const MIGRATION_LOCK_KEY = 47_112_019;

export async function openPostgres(url: string, logger: Logger): Promise<OpenDatabase> {
  // No JIT: PostgreSQL compiles a query it estimates as costly (reading the plan at 10,000
  // measures is), which took longer than running it (a third of a 0.6 s summary); this server's
  // queries are many and short.
  const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' });
  // A connection that drops while idle (a database restart) must not take the server down.
  // pool.end() resolves before its connections have finished closing, so once closing, a
  // connection the database ends on its side is expected, not worth an error in the log.
  let closing = false;
  pool.on('error', (error) => {
    if (!closing) logger.error('PostgreSQL connection lost', error);
  });
  let created: boolean;
  try {
    const client = await pool.connect().catch((error: Error) => {
      throw new DatabaseUnreachableError(describePostgres(url), error);
    });
    let failed: Error | undefined;
    try {
      // Two servers starting at once against one database would race to migrate and seed.
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      const db = drizzlePg(client, { schema });
      await migratePg(db, { migrationsFolder });
      ({ created } = await seedPlan(db));
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    } catch (error) {
      failed = error as Error;
      throw error;
    } finally {
      // Discarding a connection that failed also drops any advisory lock it still holds.
      client.release(failed);
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return { db: drizzlePg(pool, { schema }), kind: 'postgres', description: describePostgres(url), created,
    close: once(() => {
      closing = true;
      return pool.end();
    }),
  };
}

/** The server cannot reach PostgreSQL at all: a setting or the database server to fix, not a bug. */
export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
  constructor(where: string, cause: Error) {
    super(`Could not connect to ${where}: ${cause.message}. Check DATABASE_URL, and that the database server runs and accepts this user.`, { cause });
  }
}

function describePostgres(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return `PostgreSQL at ${hostname}${port ? `:${port}` : ''}${pathname}`;
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}
