import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '@/contract/session.ts';
import { demoPassword } from '@/lib/demo-data.ts';
import { createApp, defaultAuthSettings } from '../../app.ts';
import { currentParams } from '../../auth/password.ts';
import { hashSessionId } from '../../auth/sessions.ts';
import { auditLog, sessions, users } from '../../db/schema.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { testDatabases } from '../../testing/test-databases.ts';
import { testPasswordParams } from '../../testing/test-password-params.ts';
import { sessionCookieOf } from '../../testing/test-server.ts';

const minutes = (n: number) => n * 60_000;

/** A clock the story moves on, instead of waiting half an hour. */
function testClock() {
  let now = new Date('2026-03-02T08:00:00Z');
  return { now: () => now, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const withCookie = (cookie: string, init: RequestInit = {}) => ({ ...init, headers: { ...init.headers, Cookie: cookie } });

describe.each(testDatabases)('signing in and out (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  const clock = testClock();
  beforeAll(async () => {
    t = await createTestApp({ databaseUrl, clock: clock.now });
  });
  afterAll(async () => {
    await t?.close();
  });

  const auditRows = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.id));

  it('gives the user, a CSRF token and an HttpOnly, SameSite=Lax cookie for the whole site, and keeps only its hash', async () => {
    const res = await t.login('head', demoPassword);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Session;
    expect(body.user).toEqual({ id: expect.any(String), username: 'head', name: 'Hanna Leitung (Demo)', role: 'department_head', departmentId: 'international-affairs' });
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);

    const setCookie = res.headers.get('Set-Cookie')!;
    expect(setCookie).toMatch(/^apt_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    const sessionId = sessionCookieOf(res).split('=')[1]!;
    const stored = await t.db.select().from(sessions).where(eq(sessions.userId, body.user.id));
    expect(stored.map((s) => s.idHash)).toEqual([hashSessionId(sessionId)]);
    expect(JSON.stringify(stored)).not.toContain(sessionId);

    const [login] = (await auditRows('session.login')).filter((r) => r.actorUserId === body.user.id);
    expect(login).toMatchObject({ actorUsername: 'head', targetType: 'user', targetId: body.user.id, address: 'unknown' });

    // Who is signed in, for the app after a reload.
    const who = await t.request('/api/v1/session', withCookie(sessionCookieOf(res)));
    expect(await who.json()).toEqual(body);
  });

  it('takes the username in any case', async () => {
    expect((await t.login(' Council ', demoPassword)).status).toBe(200);
  });


  it('answers an unknown user, a wrong password and a disabled account alike, and records each failure without the password', async () => {
    await t.db.update(users).set({ disabled: true }).where(eq(users.username, 'coordinator'));
    try {
      const answers = await Promise.all([
        t.login('nobody', 'secret-guess-1'),
        t.login('admin', 'secret-guess-2'),
        t.login('coordinator', demoPassword),
      ]);
      expect(answers.map((r) => r.status)).toEqual([401, 401, 401]);
      const bodies = await Promise.all(answers.map((r) => r.text()));
      expect(new Set(bodies).size).toBe(1);
      expect(JSON.parse(bodies[0]!)).toMatchObject({ error: { code: 'unauthenticated' } });
      expect(answers.every((r) => r.headers.get('Set-Cookie') === null)).toBe(true);

      const failed = await auditRows('session.login_failed');
      expect(failed.map((r) => r.details)).toEqual(
        expect.arrayContaining([
          // A name that is no account may be a password typed into the wrong field: only its shape is kept.
          { username: 'no…(6)', reason: 'unknown_user' },
          { username: 'admin', reason: 'wrong_password' },
          { username: 'coordinator', reason: 'disabled' },
        ]),
      );
      const everything = JSON.stringify(await t.db.select().from(auditLog));
      for (const secret of ['secret-guess-1', 'secret-guess-2', demoPassword]) expect(everything).not.toContain(secret);
    } finally {
      await t.db.update(users).set({ disabled: false }).where(eq(users.username, 'coordinator'));
    }
  });

  it('starts a new session with a new id at every sign-in, and ends the one the browser still had', async () => {
    const first = await t.login('coordinator', demoPassword);
    const firstCookie = sessionCookieOf(first);
    const again = await t.request('/api/v1/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: firstCookie },
      body: JSON.stringify({ username: 'coordinator', password: demoPassword }),
    });
    const secondCookie = sessionCookieOf(again);
    expect(secondCookie).not.toBe(firstCookie);
    expect((await t.request('/api/v1/session', withCookie(firstCookie))).status).toBe(401);
    expect((await t.request('/api/v1/session', withCookie(secondCookie))).status).toBe(200);
  });

  it('signing out ends the session on the server: the old cookie no longer works, and the browser is told to drop it', async () => {
    const council = await t.signIn('council');
    const before = (await auditRows('session.logout')).length;
    const out = await council.send('DELETE', '/api/v1/session');
    expect(out.status).toBe(204);
    expect(out.headers.get('Set-Cookie')).toMatch(/^apt_session=; Max-Age=0; Path=\/; .*HttpOnly; SameSite=Lax$/);

    const replayed = await council.request('/api/v1/plan');
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect(await auditRows('session.logout')).toHaveLength(before + 1);
  });

  it('ends a session left idle for 30 minutes, and keeps one in use going', async () => {
    const head = await t.signIn('head');
    clock.advance(minutes(29));
    expect((await head.request('/api/v1/session')).status).toBe(200);
    clock.advance(minutes(29));
    expect((await head.request('/api/v1/session')).status).toBe(200);
    clock.advance(minutes(30) + 1000);
    const expired = await head.request('/api/v1/plan');
    expect(expired.status).toBe(401);
    expect(expired.headers.get('Set-Cookie')).toMatch(/^apt_session=; Max-Age=0/);
    expect(await t.db.$count(sessions, eq(sessions.idHash, hashSessionId(head.cookie.split('=')[1]!)))).toBe(0);
  });

  it('ends every session 12 hours after sign-in, however busy', async () => {
    const head = await t.signIn('head');
    for (let elapsed = 0; elapsed < 12 * 60; elapsed += 25) {
      expect((await head.request('/api/v1/session')).status).toBe(200);
      clock.advance(minutes(25));
    }
    expect((await head.request('/api/v1/session')).status).toBe(401);
  });

  it('writes the time a session was last used at most once a minute', async () => {
    const council = await t.signIn('council');
    const lastSeen = async () => (await t.db.select().from(sessions).where(eq(sessions.idHash, hashSessionId(council.cookie.split('=')[1]!))))[0]!.lastSeenAt;
    const signedInAt = await lastSeen();
    clock.advance(30_000);
    await council.request('/api/v1/plan');
    await council.request('/api/v1/departments');
    expect(await lastSeen()).toEqual(signedInAt);
    clock.advance(31_000);
    await council.request('/api/v1/departments');
    expect(await lastSeen()).toEqual(clock.now());
  });

  it('wants the sign-in as JSON, and names what is wrong with it', async () => {
    const post = (body: string, contentType?: string) =>
      t.request('/api/v1/session', { method: 'POST', body, headers: contentType ? { 'Content-Type': contentType } : {} });
    const form = await post('username=admin&password=x', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(415);
    expect(await form.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
    expect((await post(JSON.stringify({ username: 'admin', password: 'x' }))).status).toBe(415);

    const broken = await post('{"username": "admin",', 'application/json');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: { code: 'invalid_json' } });

    const extra = await post(JSON.stringify({ username: 'admin', password: 'x', remember: true }), 'application/json; charset=utf-8');
    expect(extra.status).toBe(422);
    expect(await extra.json()).toMatchObject({ error: { code: 'validation_failed', details: [{ path: 'body.remember' }] } });
  });
});

describe('session limits set shorter than the defaults', () => {
  let t: TestApp;
  const clock = testClock();
  beforeAll(async () => {
    t = await createTestApp({ clock: clock.now, auth: { sessionIdleMinutes: 5, sessionMaxHours: 1 } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('end a session idle for 6 minutes, and keep one idle for 4', async () => {
    const [idle, busy] = [await t.signIn('head'), await t.signIn('council')];
    clock.advance(minutes(4));
    expect((await busy.request('/api/v1/session')).status).toBe(200);
    clock.advance(minutes(2));
    expect((await idle.request('/api/v1/session')).status).toBe(401);
    expect((await busy.request('/api/v1/session')).status).toBe(200);
  });

  it('end a session an hour after sign-in, however busy', async () => {
    const head = await t.signIn('head');
    for (let elapsed = 0; elapsed < 60; elapsed += 3) {
      expect((await head.request('/api/v1/session')).status, `after ${elapsed} minutes`).toBe(200);
      clock.advance(minutes(3));
    }
    // 61 minutes in, though used 4 minutes ago.
    clock.advance(minutes(1));
    expect((await head.request('/api/v1/session')).status).toBe(401);
  });
});

describe('the session cookie over HTTPS', () => {
  let t: TestApp;
  let behindProxy: TestApp;
  beforeAll(async () => {
    [t, behindProxy] = await Promise.all([
      createTestApp(),
      createTestApp({ auth: { trustProxy: true } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([t?.close(), behindProxy?.close()]);
  });
  const signInAt = (app: TestApp, url: string, headers: Record<string, string> = {}) =>
    app.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ username: 'council', password: demoPassword }) });

  it('is Secure when the request came over HTTPS, directly or, with TRUST_PROXY, through a proxy that says so', async () => {
    expect((await signInAt(t, 'https://tracker.example/api/v1/session')).headers.get('Set-Cookie')).toMatch(/; Secure/);
    expect((await signInAt(t, 'http://tracker.example/api/v1/session', { 'X-Forwarded-Proto': 'https' })).headers.get('Set-Cookie')).not.toMatch(/Secure/);
    expect((await signInAt(behindProxy, 'http://tracker.example/api/v1/session', { 'X-Forwarded-Proto': 'https' })).headers.get('Set-Cookie')).toMatch(
      /; Secure/,
    );
  });
});

describe('a password hash made with weaker parameters than the server’s', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The test databases' hashes are cheap; this server hashes as `npm start` does.
    t = await createTestApp({ auth: { passwordParams: currentParams } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is replaced when its owner signs in', async () => {
    const hashOf = async () => (await t.db.select().from(users).where(eq(users.username, 'council')))[0]!.passwordHash;
    expect(await hashOf()).toMatch(/^\$scrypt\$ln=10,r=8,p=1\$/);
    expect((await t.login('council', demoPassword)).status).toBe(200);
    expect(await hashOf()).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$/);
    expect((await t.login('council', demoPassword)).status).toBe(200);
  });
});

describe.each(testDatabases)('too many failed sign-ins (on $name)', ({ databaseUrl }) => {
  let t: TestApp;
  let otherProcess: ReturnType<typeof createApp>;
  const clock = testClock();
  beforeAll(async () => {
    t = await createTestApp({ databaseUrl, clock: clock.now });
    // A second server on the same database, as another process behind a load balancer would be.
    otherProcess = createApp({
      db: t.db,
      databaseKind: databaseUrl ? 'postgres' : 'pglite',
      clock: clock.now,
      auth: { ...defaultAuthSettings, passwordParams: testPasswordParams },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  const from = { address: '192.0.2.10' };
  const loginElsewhere = (username: string, password: string) =>
    otherProcess.fetch(
      new Request('http://localhost/api/v1/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) }),
      { incoming: { socket: { remoteAddress: from.address, remotePort: 50_001, remoteFamily: 'IPv4' } } },
    );

  it('after 10 for one username from one address, refuse even the right password, say how long to wait, and record each refusal', async () => {
    // Five here and five through the other server: the count lives in the database.
    const failures = await Promise.all([
      ...Array.from({ length: 5 }, (_, i) => t.login('admin', `wrong-password-${i}`, from)),
      ...Array.from({ length: 5 }, (_, i) => loginElsewhere('admin', `wrong-password-${i + 5}`)),
    ]);
    expect(failures.map((r) => r.status)).toEqual(Array(10).fill(401));

    clock.advance(minutes(5));
    const refused = await t.login('admin', demoPassword, from);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { code: 'too_many_requests' } });
    expect(refused.headers.get('Retry-After')).toBe(String(10 * 60));
    expect(refused.headers.get('Set-Cookie')).toBeNull();
    expect((await loginElsewhere('admin', demoPassword)).status).toBe(429);

    const throttled = await t.db.select().from(auditLog).where(eq(auditLog.action, 'session.login_throttled'));
    expect(throttled).toHaveLength(2);
    expect(throttled[0]).toMatchObject({ address: from.address, details: { username: 'admin', method: 'POST', path: '/api/v1/session', status: 429, retryAfterSeconds: 600 } });
  });

  it('leaves another username, and the same username from another address, alone', async () => {
    expect((await t.login('council', demoPassword, from)).status).toBe(200);
    expect((await t.login('admin', demoPassword, { address: '198.51.100.7' })).status).toBe(200);
  });

  it('counts failures by the name as typed, and records a name that is no account only masked', async () => {
    const elsewhere = { address: '203.0.113.5' };
    const typed = 'correct-horse-battery-1';
    for (let i = 0; i < 10; i++) expect((await t.login(typed, `guess-${i}`, elsewhere)).status).toBe(401);
    expect((await t.login(typed, 'guess-10', elsewhere)).status).toBe(429);
    // Same first two characters and length, so the same mask: a name of its own all the same.
    expect((await t.login('correct-horse-battery-2', 'guess-11', elsewhere)).status).toBe(401);

    const fromThere = await t.db.select().from(auditLog).where(eq(auditLog.address, elsewhere.address)).orderBy(asc(auditLog.id));
    expect(fromThere.map((r) => [r.action, (r.details as { username?: string }).username])).toEqual([
      ...Array(10).fill(['session.login_failed', 'co…(23)']),
      ['session.login_throttled', 'co…(23)'],
      ['session.login_failed', 'co…(23)'],
    ]);
    expect(JSON.stringify(await t.db.select().from(auditLog))).not.toContain('correct-horse');
  });

  it('lets the username in again from that address once the failures are 15 minutes old', async () => {
    clock.advance(minutes(10) - 1000);
    expect((await t.login('admin', demoPassword, from)).status).toBe(429);
    clock.advance(1000);
    expect((await t.login('admin', demoPassword, from)).status).toBe(200);
    expect(await t.db.$count(auditLog, and(eq(auditLog.action, 'session.login'), eq(auditLog.address, from.address)))).toBe(2);
  });
});
