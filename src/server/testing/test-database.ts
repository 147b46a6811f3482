import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { demoAccounts, demoPassword } from '@/lib/demo-data.ts';
import { hashPassword } from '../auth/password.ts';
import { type OpenDatabase, openPostgres, preparePglite } from '../db/database.ts';
import { stderrLogger } from '../lib/logger.ts';
import { applyDemoLeads, seedDemoAccounts, seedDemoHistory } from '../seed/seed-demo.ts';
import { testPasswordParams } from './test-password-params.ts';

export type TestDatabaseOptions = {
  databaseUrl?: string;
  /** Also the demo owners (lead departments), as a new embedded demo database has them. */
  demo?: boolean;
  /** Also the demo history (people, owners, about 18 months of updates), as of `now`. */
  history?: boolean;
  now?: Date;
};

/**
 * A fresh database of its own, migrated and seeded, with the demo accounts so that tests can
 * sign in: PGlite in memory, or a new PostgreSQL database created through `databaseUrl` and
 * dropped again by close(). Every lead stays unassigned and there is no history unless `demo`
 * or `history` is set.
 */
export async function createTestDatabase(opts?: TestDatabaseOptions): Promise<OpenDatabase> {
  const database = opts?.databaseUrl ? await createPostgresDatabase(opts.databaseUrl) : await loadPgliteTemplate();
  try {
    if (opts?.demo) await applyDemoLeads(database.db);
    if (opts?.history) await seedDemoHistory(database.db, opts.now ?? new Date());
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/** The demo accounts' hashes, made once per process for all its PostgreSQL databases. */
let demoHashes: Promise<string[]> | undefined;
const hashDemoPasswords = () => (demoHashes ??= Promise.all(demoAccounts.map(() => hashPassword(demoPassword, testPasswordParams))));

let template: Promise<Blob> | undefined;

/**
 * initdb takes several seconds; loading a dump of a database that is already migrated and seeded
 * takes about one. The dump is kept rather than an open template to clone: a PGlite instance
 * left open keeps the process alive.
 */
async function loadPgliteTemplate(): Promise<OpenDatabase> {
  template ??= templateDump().catch((error: unknown) => {
    template = undefined;
    throw error;
  });
  const client = await PGlite.create({ loadDataDir: await template });
  // Cheap when there is nothing to do, and it keeps a stale cached dump harmless.
  return preparePglite(client);
}

const here = dirname(fileURLToPath(import.meta.url));
const templateInputs = [
  join(here, '../seed/seed-plan.ts'),
  join(here, '../seed/seed-demo.ts'),
  join(here, '../../lib/plan-data.ts'),
  join(here, '../../lib/demo-data.ts'),
  join(here, '../auth/password.ts'),
  join(here, 'test-password-params.ts'),
  join(here, '../db/migrations'),
];

/**
 * Every test file runs in a process of its own, so each would pay for initdb. The first one
 * leaves its dump in the temp directory, named by a hash of everything that shapes it
 * (PGlite's version, the migrations, the seed and the plan), for the others to load.
 */
async function templateDump(): Promise<Blob> {
  const cacheFile = join(tmpdir(), 'action-plan-tracker-tests', `pglite-template-${await templateHash()}.tar.gz`);
  const cached = await readFile(cacheFile).catch(() => undefined);
  if (cached) return new Blob([cached], { type: 'application/x-gzip' });

  const client = await PGlite.create();
  try {
    const hashes = await hashDemoPasswords();
    await preparePglite(client, (tx) => seedDemoAccounts(tx, hashes));
    const dump = await client.dumpDataDir('gzip');
    await mkdir(dirname(cacheFile), { recursive: true });
    const partial = `${cacheFile}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, cacheFile);
    return dump;
  } finally {
    await client.close();
  }
}

async function templateHash(): Promise<string> {
  const hash = createHash('sha256').update(pgliteVersion());
  for (const input of templateInputs) {
    const files = (await stat(input)).isDirectory()
      ? (await readdir(input, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
      : [input];
    for (const file of files.sort()) hash.update(file.slice(here.length)).update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** A dump is only sure to load into the PGlite version that wrote it. */
function pgliteVersion(): string {
  // Its package.json is not exported, so found by walking up from the entry point.
  let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

async function createPostgresDatabase(databaseUrl: string): Promise<OpenDatabase> {
  const name = `apt_test_${randomBytes(6).toString('hex')}`;
  await asAdmin(databaseUrl, (admin) => admin.query(`create database "${name}"`));
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const drop = () => asAdmin(databaseUrl, (admin) => admin.query(`drop database if exists "${name}" with (force)`));
  let opened: OpenDatabase | undefined;
  try {
    opened = await openPostgres(url.toString(), stderrLogger);
    await seedDemoAccounts(opened.db, await hashDemoPasswords());
  } catch (error) {
    await opened?.close().catch(() => undefined);
    await drop();
    throw error;
  }
  const database = opened;
  return {
    ...database,
    close: async () => {
      try {
        await database.close();
      } finally {
        await drop();
      }
    },
  };
}

async function asAdmin(databaseUrl: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await work(admin);
  } finally {
    await admin.end();
  }
}
