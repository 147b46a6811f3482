import { and, desc, eq, gt, lt, lte } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { loginFailures } from '../db/schema.ts';

type Db = Pick<Database, 'select' | 'insert' | 'delete'>;

export const MAX_FAILURES = 10;
export const THROTTLE_WINDOW_MS = 15 * 60_000;

export type AttemptKey = { username: string; address: string };

/**
 * Starts a sign-in attempt for one username from one address. The attempt is recorded before the
 * password is checked, as a failure until it succeeds: a burst of parallel guesses then counts
 * every guess, instead of all of them passing the check before any failure is written. Refused
 * when MAX_FAILURES attempts are already in the window, with the seconds until one drops out.
 */
export async function beginAttempt(db: Db, key: AttemptKey, now: Date): Promise<{ attemptId: number } | { retryAfterSeconds: number }> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  // Pruning here keeps the table to the last quarter of an hour's failures.
  await db.delete(loginFailures).where(lte(loginFailures.at, windowStart));
  const [mine] = await db.insert(loginFailures).values({ ...key, at: now }).returning({ id: loginFailures.id });
  const earlier = await db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.username, key.username), eq(loginFailures.address, key.address), gt(loginFailures.at, windowStart), lt(loginFailures.id, mine!.id)))
    .orderBy(desc(loginFailures.id))
    .limit(MAX_FAILURES);
  if (earlier.length < MAX_FAILURES) return { attemptId: mine!.id };

  // A refused attempt is no failure: it must not keep the lock closed for longer.
  await db.delete(loginFailures).where(eq(loginFailures.id, mine!.id));
  const oldestCounted = earlier.at(-1)!.at;
  return { retryAfterSeconds: Math.max(1, Math.ceil((oldestCounted.getTime() + THROTTLE_WINDOW_MS - now.getTime()) / 1000)) };
}

/** A successful sign-in starts the count afresh. */
export async function attemptSucceeded(db: Db, key: AttemptKey): Promise<void> {
  await db.delete(loginFailures).where(and(eq(loginFailures.username, key.username), eq(loginFailures.address, key.address)));
}
