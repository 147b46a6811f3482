/**
 * The bench database: the plan as every new database has it, plus a generated plan at scale
 * (10,000 measures, 50,000 activities, 200,000 progress updates by default) and a coordinator
 * account to sign in with. Only benchmarks call this; `npm start` and the demo data never do.
 *
 * PGlite: prepared once per size in a cache directory under the system's temp directory and
 * copied from there into `dataDir`, so repeated runs skip the generation and what one run
 * writes never reaches the next. PostgreSQL: seeded into the (fresh) database `databaseUrl`
 * names; a database already prepared at the same size is reused.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '@/server/auth/password.ts';
import { createAccount, isProblem } from '@/server/db/accounts.ts';
import { type OpenDatabase, openPgliteDir, openPostgres } from '@/server/db/database.ts';
import { LOCK_FILE } from '@/server/db/data-dir-lock.ts';
import { findCurrentPlan, listAreas, listDepartments, listGoals } from '@/server/db/plan-queries.ts';
import { users } from '@/server/db/schema.ts';
import { testPasswordParams } from '@/server/testing/test-password-params.ts';
import { eq } from 'drizzle-orm';
import { type Queryable, insertRows } from './bulk-insert.ts';
import { type BenchSizes, generatePlan, HISTORY_DAYS } from './generate.ts';

export type BenchDataOptions = {
  /** Where the bench server's embedded database goes: a copy of the cached one. */
  dataDir?: string;
  /** A PostgreSQL database to seed instead; takes precedence over dataDir. */
  databaseUrl?: string;
  measures?: number;
  activitiesPerMeasure?: number;
  updates?: number;
  log?: (line: string) => void;
};

export type BenchAccount = { username: string; password: string };

export const benchAccount: BenchAccount = { username: 'bench-coordinator', password: 'bench-password-2030' };

/** Bump when the generated data changes shape, so that old caches are not reused. */
const FORMAT = 1;
const MARKER = 'bench-data.json';

export function benchSizes(opts: Pick<BenchDataOptions, 'measures' | 'activitiesPerMeasure' | 'updates'> = {}): BenchSizes {
  return { measures: opts.measures ?? 10_000, activitiesPerMeasure: opts.activitiesPerMeasure ?? 5, updates: opts.updates ?? 200_000 };
}

/** The cached embedded database for these sizes (a DATA_DIR: the PGlite files are in its subdirectory). */
export function benchCacheDir(sizes: BenchSizes): string {
  return join(tmpdir(), 'apt-bench-data', `v${FORMAT}-m${sizes.measures}-a${sizes.activitiesPerMeasure}-u${sizes.updates}-${migrationsKey()}`);
}

/**
 * Part of the cache's name: the floor opens a copy without migrating it, so a cache made before a
 * new migration (an index, say) must not be used after it.
 */
function migrationsKey(): string {
  const journal = readFileSync(fileURLToPath(new URL('../../../src/server/db/migrations/meta/_journal.json', import.meta.url)));
  return createHash('sha256').update(journal).digest('hex').slice(0, 10);
}

/**
 * Prepares the bench database and returns the account to sign in with. Without dataDir and
 * databaseUrl it only fills the cache (see benchCacheDir). Whoever opens the database
 * afterwards must be the only process on it: this one has closed it by the time it resolves.
 */
export async function prepareBenchData(opts: BenchDataOptions): Promise<BenchAccount> {
  const sizes = benchSizes(opts);
  const log = opts.log ?? (() => {});
  if (opts.databaseUrl) {
    const opened = await openPostgres(opts.databaseUrl, { error: (message, error) => log(`${message} ${String(error ?? '')}`) });
    try {
      await seedBench(opened, sizes, log);
    } finally {
      await opened.close();
    }
    return benchAccount;
  }
  const cache = await ensureCache(sizes, log);
  if (opts.dataDir) {
    await rm(opts.dataDir, { recursive: true, force: true });
    await cp(cache, opts.dataDir, { recursive: true, filter: (source) => !source.endsWith(LOCK_FILE) });
  }
  return benchAccount;
}

async function ensureCache(sizes: BenchSizes, log: (line: string) => void): Promise<string> {
  const dir = benchCacheDir(sizes);
  const marker = await readFile(join(dir, MARKER), 'utf8').catch(() => undefined);
  if (marker) return dir;
  // Built beside it and renamed when complete: a run cut short, or another process preparing the
  // same sizes at the same time, never leaves a half-made cache behind.
  const building = `${dir}.building-${process.pid}`;
  await rm(building, { recursive: true, force: true });
  await mkdir(building, { recursive: true });
  try {
    const opened = await openPgliteDir(building, (error) => log(`lost the lock on ${building}: ${error.message}`));
    try {
      await seedBench(opened, sizes, log);
    } finally {
      await opened.close();
    }
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    throw error;
  }
  await writeFile(join(building, MARKER), JSON.stringify({ ...sizes, preparedAt: new Date().toISOString() }));
  await rename(building, dir).catch(async (error: NodeJS.ErrnoException) => {
    // Another process finished first: use theirs.
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    await rm(building, { recursive: true, force: true });
  });
  return dir;
}

/** The driver under Drizzle: PGlite, or node-postgres' pool. */
const driverOf = (opened: OpenDatabase) => (opened.db as unknown as { $client: Queryable & { connect?: () => Promise<Queryable & { release: () => void }> } }).$client;

async function inTransaction(opened: OpenDatabase, work: (tx: Queryable) => Promise<void>): Promise<void> {
  const driver = driverOf(opened);
  const client = driver.connect ? await driver.connect() : undefined;
  const tx = client ?? driver;
  try {
    await tx.query('begin');
    await work(tx);
    await tx.query('commit');
  } catch (error) {
    await tx.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client?.release();
  }
}

async function seedBench(opened: OpenDatabase, sizes: BenchSizes, log: (line: string) => void): Promise<void> {
  const { db } = opened;
  const plan = await findCurrentPlan(db);
  if (!plan) throw new Error('the plan is missing from the bench database');
  const driver = driverOf(opened);
  const countRows = async (text: string) => Number(((await driver.query(text, [plan.id])).rows[0] as { n: string | number }).n);
  const existing = await countRows('select count(*) as n from measures where plan_id = $1');
  const [account] = await db.select().from(users).where(eq(users.username, benchAccount.username));
  if (account && existing >= sizes.measures) {
    log(`bench data already in ${opened.description}`);
    return;
  }
  if (account) throw new Error(`${opened.description} holds part of a bench seed; start from a fresh database`);

  const started = performance.now();
  const now = new Date();
  const areaIds = new Map((await listAreas(db, plan.id)).map((a) => [a.code, a.id]));
  const goalIds = new Map((await listGoals(db, plan.id)).map((g) => [g.code, g.id]));
  const baseDepartments = (await listDepartments(db)).map((d) => d.id);
  // The plan's own 13 measures count towards the size: the bench plan has exactly sizes.measures.
  const generated = generatePlan({ ...sizes, measures: Math.max(0, sizes.measures - existing) }, [...areaIds.keys()], baseDepartments, [...goalIds.keys()], now);
  log(`generated ${generated.measures.length} measures and ${generated.updates.length} updates in ${Math.round(performance.now() - started)} ms; inserting`);

  const user = await createAccount(
    db,
    { username: benchAccount.username, name: 'Bench Coordinator', role: 'coordinator', departmentId: null, passwordHash: await hashPassword(benchAccount.password, testPasswordParams) },
    { actor: null, address: null },
    'bench',
  );
  if (isProblem(user)) throw new Error(`could not create the bench account: ${user.problem}`);

  const createdAt = new Date(now.getTime() - (HISTORY_DAYS + 30) * 24 * 60 * 60 * 1000).toISOString();
  await inTransaction(opened, async (tx) => {
    // Replica mode skips triggers (and foreign-key checks) for this transaction: otherwise every
    // activity and update row would bump its measure's version one by one. The generator keeps
    // the references right; the versions stay 1, which any ETag accepts.
    await tx.query('set local session_replication_role = replica');
    await insertRows(tx, 'departments', [['id', 'text', (d) => d.id], ['name_de', 'text', (d) => d.nameDe], ['name_en', 'text', (d) => d.nameEn]], generated.departments);
    await insertRows(tx, 'people', [['id', 'uuid', (p) => p.id], ['name', 'text', (p) => p.name], ['department_id', 'text', (p) => p.departmentId]], generated.people);

    const measureRows = (await insertRows(
      tx,
      'measures',
      [
        ['plan_id', 'int', () => plan.id],
        ['area_id', 'int', (m) => areaIds.get(m.areaCode)],
        ['code', 'text', (m) => m.code],
        ['position', 'int', (m) => m.position],
        ['title_de', 'text', (m) => m.titleDe],
        ['title_en', 'text', (m) => m.titleEn],
        ['phase', 'phase', (m) => m.phase],
        ['health', 'health', (m) => m.health],
        ['manual_progress', 'int', (m) => m.manualProgress],
        ['progress_reason', 'text', (m) => m.progressReason],
        ['start_date', 'date', (m) => m.startDate],
        ['target_date', 'date', (m) => m.targetDate],
        ['horizon', 'horizon', (m) => m.horizon],
        ['lead_department_id', 'text', (m) => m.leadDepartmentId],
        ['lead_person_id', 'uuid', (m) => m.leadPersonId],
        ['created_at', 'timestamptz', () => createdAt],
      ],
      generated.measures,
      'id',
    )) as { id: number }[];
    // insert … select from unnest keeps the order of the arrays, and returning follows it.
    const measureIds = measureRows.map((row) => row.id);
    const measureId = (m: number) => measureIds[m] as number;

    const contributorRows = generated.measures.flatMap((m, i) => m.contributors.map((departmentId) => ({ measureId: measureId(i), departmentId })));
    await insertRows(tx, 'measure_contributors', [['measure_id', 'int', (r) => r.measureId], ['department_id', 'text', (r) => r.departmentId]], contributorRows);
    const goalRows = generated.measures.flatMap((m, i) => m.goalCodes.map((code) => ({ measureId: measureId(i), goalId: goalIds.get(code) })));
    await insertRows(tx, 'measure_goals', [['measure_id', 'int', (r) => r.measureId], ['goal_id', 'int', (r) => r.goalId]], goalRows);

    const activityInputs = generated.measures.flatMap((m, i) => m.activities.map((a) => ({ ...a, measureId: measureId(i) })));
    const activityRows = (await insertRows(
      tx,
      'activities',
      [
        ['plan_id', 'int', () => plan.id],
        ['measure_id', 'int', (a) => a.measureId],
        ['code', 'text', (a) => a.code],
        ['position', 'int', (a) => a.position],
        ['title_de', 'text', (a) => a.titleDe],
        ['title_en', 'text', (a) => a.titleEn],
        ['phase', 'phase', (a) => a.phase],
        ['health', 'health', (a) => a.health],
        ['progress', 'int', (a) => a.progress],
        ['weight', 'real', (a) => a.weight],
        ['start_date', 'date', (a) => a.startDate],
        ['target_date', 'date', (a) => a.targetDate],
        ['horizon', 'horizon', (a) => a.horizon],
        ['lead_department_id', 'text', (a) => a.leadDepartmentId],
        ['lead_person_id', 'uuid', (a) => a.leadPersonId],
        ['created_at', 'timestamptz', () => createdAt],
      ],
      activityInputs,
      'id',
    )) as { id: number }[];
    const activityIds = activityRows.map((row) => row.id);
    const firstActivityOf: number[] = [];
    generated.measures.reduce((offset, m, i) => ((firstActivityOf[i] = offset), offset + m.activities.length), 0);
    const activityId = (m: number, a: number) => activityIds[(firstActivityOf[m] as number) + a] as number;

    const activityContributorRows = generated.measures.flatMap((m, i) =>
      m.activities.flatMap((a, k) => a.contributors.map((departmentId) => ({ activityId: activityId(i, k), departmentId }))),
    );
    await insertRows(tx, 'activity_contributors', [['activity_id', 'int', (r) => r.activityId], ['department_id', 'text', (r) => r.departmentId]], activityContributorRows);

    await insertRows(
      tx,
      'progress_updates',
      [
        ['plan_id', 'int', () => plan.id],
        ['measure_id', 'int', (u) => measureId(u.measure)],
        ['activity_id', 'int', (u) => (u.activity === null ? null : activityId(u.measure, u.activity))],
        ['author_user_id', 'uuid', () => user.id],
        ['author_username', 'text', () => user.username],
        ['author_name', 'text', () => user.name],
        ['at', 'timestamptz', (u) => u.at.toISOString()],
        ['narrative', 'text', (u) => u.narrative],
        ['changes', 'jsonb', (u) => u.changes],
        ['phase', 'phase', (u) => u.phase],
        ['health', 'health', (u) => u.health],
        ['progress', 'int', (u) => u.progress],
        ['measure_progress', 'int', (u) => u.measureProgress],
      ],
      generated.updates,
    );
  });
  // A server running for a while would have had autovacuum gather statistics; give the planner the same.
  await driver.query('analyze');
  log(`bench data in ${opened.description} after ${Math.round((performance.now() - started) / 1000)} s`);
}
