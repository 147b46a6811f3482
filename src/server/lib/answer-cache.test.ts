import { promisify } from 'node:util';
import { gunzip as gunzipCallback } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Measure, MeasureSummary } from '@/contract/measures.ts';
import type { Plan } from '@/contract/plan.ts';
import type { ProgressHistory, StatsSummary } from '@/contract/stats.ts';
import { createApp, defaultAuthSettings } from '../app.ts';
import type { Database } from '../db/database.ts';
import { departments, measures } from '../db/schema.ts';
import { writeCurrent } from '../testing/measure-requests.ts';
import { createTestApp, type TestApp, type TestClient } from '../testing/test-app.ts';
import { testDatabases } from '../testing/test-databases.ts';
import { testPasswordParams } from '../testing/test-password-params.ts';
import { AnswerCache, type Built } from './answer-cache.ts';

const gunzip = promisify(gunzipCallback);
const DAY_MS = 24 * 60 * 60 * 1000;

const versionOf = async (db: Database) => ((await db.execute(sql`select version::text as version from data_version`)) as unknown as { rows: { version: string }[] }).rows[0]!.version;

describe.each(testDatabases)('the data version (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ databaseUrl });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('moves once for each committed transaction that changes the plan, and not otherwise', async () => {
    const before = BigInt(await versionOf(t.db));
    await t.db.transaction(async (tx) => {
      await tx.update(measures).set({ progressReason: 'eins' }).where(eq(measures.code, '1.1'));
      await tx.update(measures).set({ progressReason: 'zwei' }).where(eq(measures.code, '1.2'));
      await tx.update(departments).set({ nameDe: 'Neu' }).where(eq(departments.id, 'youth-services'));
    });
    expect(BigInt(await versionOf(t.db))).toBe(before + 1n);

    await expect(
      t.db.transaction(async (tx) => {
        await tx.update(measures).set({ progressReason: 'drei' }).where(eq(measures.code, '1.1'));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(BigInt(await versionOf(t.db))).toBe(before + 1n);

    // Signing in writes sessions and the audit log: no answer depends on those.
    await t.signIn('coordinator');
    expect(BigInt(await versionOf(t.db))).toBe(before + 1n);
  });
});

describe.each(testDatabases)('answers kept until the data changes (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  let coordinator: TestClient;
  let now = new Date('2027-03-31T10:00:00Z');
  /** A second server process on the same database, with answers of its own. */
  let other: ReturnType<typeof createApp>;

  beforeAll(async () => {
    t = await createTestApp({ databaseUrl, demo: true, clock: () => now, auth: { sessionIdleMinutes: 365 * 24 * 60, sessionMaxHours: 365 * 24 } });
    other = createApp({ db: t.db, databaseKind: databaseUrl ? 'postgres' : 'pglite', clock: () => now, auth: { ...defaultAuthSettings, passwordParams: testPasswordParams, sessionIdleMinutes: 365 * 24 * 60, sessionMaxHours: 365 * 24 } });
    coordinator = await t.signIn('coordinator');
  });
  afterAll(async () => {
    await t?.close();
  });

  const viaOther = async <T,>(path: string) => {
    const res = await other.fetch(new Request(`http://localhost${path}`, { headers: { Cookie: coordinator.cookie } }));
    expect(res.status, path).toBe(200);
    return (await res.json()) as T;
  };
  const measureIn = (plan: Plan, code: string) => plan.areas.flatMap((a) => a.measures).find((m) => m.code === code) as Measure;

  it('shows a write made through one server in the other server’s answers at once', async () => {
    const plan = await viaOther<Plan>('/api/v1/plan');
    const list = await viaOther<MeasureSummary[]>('/api/v1/measures?area=1');
    const summary = await viaOther<StatsSummary>('/api/v1/stats/summary');
    const history = await viaOther<ProgressHistory>('/api/v1/stats/progress-history?from=2027-01-01&to=2027-03-31&interval=week');
    expect(measureIn(plan, '1.1').phase).toBe('not_started');
    expect(list.find((m) => m.code === '1.1')?.phase).toBe('not_started');
    // The same answers again, from what the other server kept.
    expect(await viaOther<Plan>('/api/v1/plan')).toEqual(plan);

    const res = await writeCurrent(coordinator, 'POST', '/api/v1/measures/1.1/updates', { phase: 'in_progress', progress: 40, narrative: 'Begonnen' }, '1.1');
    expect(res.status).toBe(201);

    expect(measureIn(await viaOther<Plan>('/api/v1/plan'), '1.1')).toMatchObject({ phase: 'in_progress', progress: 40 });
    expect((await viaOther<MeasureSummary[]>('/api/v1/measures?area=1')).find((m) => m.code === '1.1')?.phase).toBe('in_progress');
    const after = await viaOther<StatsSummary>('/api/v1/stats/summary');
    expect(after.overall.phases.in_progress).toBe(summary.overall.phases.in_progress + 1);
    expect(after.recentlyUpdated.map((f) => f.code)).toContain('1.1');
    const historyAfter = await viaOther<ProgressHistory>('/api/v1/stats/progress-history?from=2027-01-01&to=2027-03-31&interval=week');
    expect(historyAfter.points.at(-1)?.overall).toBeGreaterThan(history.points.at(-1)?.overall ?? 0);
  });

  it('turns a measure stale at its very moment, and overdue at midnight in Hannover', async () => {
    const created = new Date('2027-01-01T00:00:00Z');
    await t.db.update(measures).set({ createdAt: created, targetDate: null });
    await t.db.update(measures).set({ targetDate: '2027-03-31' }).where(eq(measures.code, '1.2'));
    const turns = new Date(created.getTime() + 90 * DAY_MS);

    now = new Date(turns.getTime() - 60_000);
    const before = await viaOther<Plan>('/api/v1/plan');
    expect(measureIn(before, '1.3').stale).toBe(false);
    expect((await viaOther<StatsSummary>('/api/v1/stats/summary')).overall.stale).toBe(0);

    now = turns;
    expect(measureIn(await viaOther<Plan>('/api/v1/plan'), '1.3').stale).toBe(false);
    now = new Date(turns.getTime() + 1);
    expect(measureIn(await viaOther<Plan>('/api/v1/plan'), '1.3').stale).toBe(true);
    expect((await viaOther<MeasureSummary[]>('/api/v1/measures?area=1')).find((m) => m.code === '1.3')?.stale).toBe(true);
    expect((await viaOther<StatsSummary>('/api/v1/stats/summary')).overall.stale).toBeGreaterThan(0);

    // 31 March, 23:59:59 in Hannover (CEST), then 1 April.
    now = new Date('2027-03-31T21:59:59Z');
    expect(measureIn(await viaOther<Plan>('/api/v1/plan'), '1.2').overdue).toBe(false);
    expect((await viaOther<StatsSummary>('/api/v1/stats/summary')).overdue.map((f) => f.code)).not.toContain('1.2');
    now = new Date('2027-03-31T22:00:00Z');
    expect(measureIn(await viaOther<Plan>('/api/v1/plan'), '1.2').overdue).toBe(true);
    expect((await viaOther<StatsSummary>('/api/v1/stats/summary')).overdue.map((f) => f.code)).toContain('1.2');
  });

  it('stamps the summary with the moment it is asked for', async () => {
    now = new Date('2027-04-02T08:00:00Z');
    expect((await viaOther<StatsSummary>('/api/v1/stats/summary')).asOf).toBe('2027-04-02T08:00:00.000Z');
    now = new Date('2027-04-02T08:05:00Z');
    expect((await viaOther<StatsSummary>('/api/v1/stats/summary')).asOf).toBe('2027-04-02T08:05:00.000Z');
  });
});

describe.each(testDatabases)('the answer cache (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  let cache: AnswerCache;
  let builds: string[];
  let now: Date;
  let staleChangeAt: Date | null;
  const app = new Hono();

  beforeAll(async () => {
    t = await createTestApp({ databaseUrl });
    app.get('/:key', (c) =>
      cache.answer(c, t.db, now, c.req.param('key'), async (): Promise<Built> => {
        builds.push(c.req.param('key'));
        return { body: { key: c.req.param('key'), text: 'ä'.repeat(2000), build: builds.length }, staleChangeAt };
      }),
    );
  });
  afterAll(async () => {
    await t?.close();
  });
  beforeEach(() => {
    cache = new AnswerCache(2);
    builds = [];
    now = new Date('2027-06-01T10:00:00Z');
    staleChangeAt = null;
  });

  const ask = async (key: string, headers: Record<string, string> = {}) => (await (await app.request(`/${key}`, { headers })).json()) as { build: number };

  it('builds an answer once while the data, the day and the stale moment stay', async () => {
    expect((await ask('a')).build).toBe(1);
    expect((await ask('a')).build).toBe(1);
    await t.db.update(departments).set({ nameEn: 'Changed' }).where(eq(departments.id, 'youth-services'));
    expect((await ask('a')).build).toBe(2);
    expect((await ask('a')).build).toBe(2);
    expect(builds).toEqual(['a', 'a']);
  });

  it('builds again once its stale moment has passed, on the next day, and when the clock goes back', async () => {
    staleChangeAt = new Date('2027-06-01T12:00:00Z');
    await ask('a');
    now = new Date('2027-06-01T12:00:00Z');
    await ask('a');
    expect(builds).toHaveLength(1);
    now = new Date('2027-06-01T12:00:00.001Z');
    await ask('a');
    expect(builds).toHaveLength(2);

    staleChangeAt = null;
    now = new Date('2027-06-01T21:59:59Z');
    await ask('a');
    expect(builds).toHaveLength(3);
    // Midnight in Hannover (CEST).
    now = new Date('2027-06-01T22:00:00Z');
    await ask('a');
    expect(builds).toHaveLength(4);
    now = new Date('2027-06-01T21:00:00Z');
    await ask('a');
    expect(builds).toHaveLength(5);
  });

  it('keeps the answers used last, as many as it may', async () => {
    await ask('a');
    await ask('b');
    await ask('a');
    await ask('c');
    await ask('a');
    await ask('b');
    expect(builds).toEqual(['a', 'b', 'c', 'b']);
  });

  it('keeps no more bytes than it may, but always the answer built last', async () => {
    // Each answer is about 4 KB of JSON ("ä" is two bytes): room for two of them.
    cache = new AnswerCache(10, 9_000);
    await ask('a');
    await ask('b');
    await ask('c');
    await ask('b');
    await ask('a');
    expect(builds).toEqual(['a', 'b', 'c', 'a']);
    cache = new AnswerCache(10, 100);
    await ask('a');
    await ask('a');
    expect(builds).toEqual(['a', 'b', 'c', 'a', 'a']);
  });

  it('sends an answer compressed when the client accepts gzip, the same JSON once unpacked', async () => {
    const plain = await app.request('/a');
    const zipped = await app.request('/a', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(zipped.headers.get('Content-Encoding')).toBe('gzip');
    expect(zipped.headers.get('Vary')).toBe('Accept-Encoding');
    const packed = Buffer.from(await zipped.arrayBuffer());
    expect(packed.byteLength).toBeLessThan(1000);
    expect((await gunzip(packed)).toString('utf8')).toBe(await plain.text());
    expect(builds).toEqual(['a']);
  });
});
