import { eq } from 'drizzle-orm';
import { getCookie } from 'hono/cookie';
import type { Session } from '@/contract/session.ts';
import { errorBody } from '@/lib/api-errors.ts';
import { auditContext, writeAudit } from '../../auth/audit.ts';
import { clientAddress } from '../../auth/client-address.ts';
import { clearSessionCookie, currentSession, setSessionCookie } from '../../auth/guards.ts';
import { attemptSucceeded, beginAttempt } from '../../auth/login-throttle.ts';
import { maskedUsername } from '../../auth/masked-username.ts';
import { hashPassword, needsRehash, spendVerification, verifyPassword } from '../../auth/password.ts';
import { endSession, hashSessionId, removeExpiredSessions, SESSION_COOKIE, startSession } from '../../auth/sessions.ts';
import { users } from '../../db/schema.ts';
import type { AppRouteHandler } from '../../lib/app-types.ts';
import type * as routes from './session.routes.ts';

/** One answer for an unknown user, a wrong password and a disabled account: which it was is nobody's business but the audit's. */
const signInRefused = errorBody('unauthenticated', 'The username or password is wrong, or the account is disabled.');

export const createSession: AppRouteHandler<typeof routes.createSession> = async (c) => {
  const { db, clock, auth } = c.var;
  const { password } = c.req.valid('json');
  // Usernames are lower case; "Admin" typed on a phone is the same person.
  const username = c.req.valid('json').username.toLowerCase();
  const address = clientAddress(c, auth.trustProxy);
  const now = clock();

  // The throttle counts by the name as typed; the audit log keeps it only if it names an account.
  const attempt = await beginAttempt(db, { username, address }, now);
  if ('retryAfterSeconds' in attempt) {
    const [known] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
    await writeAudit(db, {
      action: 'session.login_throttled',
      address,
      target: { type: 'user', id: known?.id ?? null },
      details: { username: known ? username : maskedUsername(username), method: c.req.method, path: c.req.path, status: 429, retryAfterSeconds: attempt.retryAfterSeconds },
    });
    c.header('Retry-After', String(attempt.retryAfterSeconds));
    const minutes = Math.ceil(attempt.retryAfterSeconds / 60);
    const wait = `${minutes} minute${minutes === 1 ? '' : 's'}`;
    return c.json(errorBody('too_many_requests', `Too many failed sign-ins for this username from here; try again in ${wait}.`), 429);
  }

  const [user] = await db.select().from(users).where(eq(users.username, username));
  // Every refusal costs one hash verification, so that the timing cannot tell them apart.
  const passwordRight = user ? await verifyPassword(password, user.passwordHash) : (await spendVerification(password, auth.passwordParams), false);
  if (!user || !passwordRight || user.disabled) {
    const reason = !user ? 'unknown_user' : !passwordRight ? 'wrong_password' : 'disabled';
    await writeAudit(db, {
      action: 'session.login_failed',
      address,
      target: { type: 'user', id: user?.id ?? null },
      details: { username: user ? username : maskedUsername(username), reason },
    });
    return c.json(signInRefused, 401);
  }

  await attemptSucceeded(db, { username, address });
  if (needsRehash(user.passwordHash, auth.passwordParams)) {
    await db.update(users).set({ passwordHash: await hashPassword(password, auth.passwordParams) }).where(eq(users.id, user.id));
  }
  // A session the browser still had ends here; every sign-in gets a new id.
  const previous = getCookie(c, SESSION_COOKIE);
  if (previous) await endSession(db, hashSessionId(previous));
  await removeExpiredSessions(db, now, auth);

  const { sessionId, csrfToken } = await startSession(db, user.id, now);
  await writeAudit(db, { action: 'session.login', actor: { id: user.id, username: user.username }, address, target: { type: 'user', id: user.id } });
  setSessionCookie(c, sessionId);
  const body: Session = {
    user: { id: user.id, username: user.username, name: user.name, role: user.role, departmentId: user.departmentId },
    csrfToken,
  };
  return c.json(body, 200);
};

export const getSession: AppRouteHandler<typeof routes.getSession> = (c) => {
  const { user, csrfToken } = currentSession(c);
  return c.json({ user, csrfToken }, 200);
};

export const deleteSession: AppRouteHandler<typeof routes.deleteSession> = async (c) => {
  const session = currentSession(c);
  await c.var.db.transaction(async (tx) => {
    await endSession(tx, session.idHash);
    await writeAudit(tx, { action: 'session.logout', ...auditContext(c), target: { type: 'user', id: session.user.id } });
  });
  clearSessionCookie(c);
  return c.body(null, 204);
};
