import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { sessions, users } from '../db/schema.ts';
import type { AuthSettings, CurrentSession } from '../lib/app-types.ts';

type Db = Pick<Database, 'select' | 'insert' | 'update' | 'delete'>;

export const SESSION_COOKIE = 'apt_session';

/**
 * How stale last_seen_at may get before a request writes it again: the idle timeout is then
 * measured to within a minute, and a busy user causes one write a minute, not one per request.
 */
export const TOUCH_INTERVAL_MS = 60_000;

/** 256 random bits; the cookie carries it, the database only its SHA-256. */
const newToken = () => randomBytes(32).toString('base64url');
export const hashSessionId = (id: string) => createHash('sha256').update(id).digest('hex');

export async function startSession(db: Db, userId: string, now: Date): Promise<{ sessionId: string; csrfToken: string }> {
  const sessionId = newToken();
  const csrfToken = newToken();
  await db.insert(sessions).values({ idHash: hashSessionId(sessionId), userId, csrfToken, createdAt: now, lastSeenAt: now });
  return { sessionId, csrfToken };
}

const expiryCutoffs = (now: Date, settings: AuthSettings) => ({
  idle: new Date(now.getTime() - settings.sessionIdleMinutes * 60_000),
  absolute: new Date(now.getTime() - settings.sessionMaxHours * 3_600_000),
});

/**
 * The live session with this id, its user's current name, role and department included (a role
 * changed by an admin applies at the next request). An expired session, or one whose account
 * was disabled meanwhile, is removed and reads as none.
 */
export async function resumeSession(db: Db, sessionId: string, now: Date, settings: AuthSettings): Promise<CurrentSession | undefined> {
  const idHash = hashSessionId(sessionId);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.idHash, idHash));
  if (!row) return undefined;
  const { idle, absolute } = expiryCutoffs(now, settings);
  if (row.user.disabled || row.session.lastSeenAt < idle || row.session.createdAt < absolute) {
    await endSession(db, idHash);
    return undefined;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
  }
  const { id, username, name, role, departmentId } = row.user;
  return { idHash, csrfToken: row.session.csrfToken, user: { id, username, name, role, departmentId } };
}

export async function endSession(db: Db, idHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Ends every session of a user, but the one given (an admin who resets their own password stays in). */
export async function endSessionsOf(db: Db, userId: string, except?: string): Promise<number> {
  const ended = await db
    .delete(sessions)
    .where(except ? and(eq(sessions.userId, userId), ne(sessions.idHash, except)) : eq(sessions.userId, userId))
    .returning({ idHash: sessions.idHash });
  return ended.length;
}

/** Sessions that can no longer be resumed; cleared at sign-in so that the table does not grow for ever. */
export async function removeExpiredSessions(db: Db, now: Date, settings: AuthSettings): Promise<void> {
  const { idle, absolute } = expiryCutoffs(now, settings);
  await db.delete(sessions).where(or(lt(sessions.lastSeenAt, idle), lt(sessions.createdAt, absolute)));
}

/** Compares in constant time, so that the answer's timing tells nothing about how much of a token was right. */
export function tokensMatch(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
