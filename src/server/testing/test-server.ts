import { demoPassword } from '@/lib/demo-data.ts';
import { createApp, defaultAuthSettings } from '../app.ts';
import { SESSION_COOKIE } from '../auth/sessions.ts';
import { createTestDatabase } from './test-database.ts';
import { testPasswordParams } from './test-password-params.ts';

export type TestServer = {
  fetch: (req: Request) => Promise<Response>;
  databaseKind: 'pglite' | 'postgres';
  close: () => Promise<void>;
};

/**
 * The real API on a fresh, migrated and seeded database of its own: PGlite in memory, or a new
 * PostgreSQL database created through `databaseUrl` and dropped again by close(). It always has
 * the demo accounts (src/lib/demo-data.ts), so that tests can sign in; with `demo` also the
 * demo owners, as a new embedded demo database has them. Without it every lead is unassigned.
 * With `history` also the demo history (people, owners and about 18 months of updates).
 * Passwords are hashed with cheaper scrypt parameters than the real server's (see
 * test-password-params.ts); everything else is the server as `npm start` runs it.
 */
export async function createTestServer(opts?: { databaseUrl?: string; demo?: boolean; history?: boolean }): Promise<TestServer> {
  const database = await createTestDatabase(opts);
  const app = createApp({ db: database.db, databaseKind: database.kind, auth: { ...defaultAuthSettings, passwordParams: testPasswordParams } });
  return {
    fetch: async (req) => app.fetch(req),
    databaseKind: database.kind,
    close: database.close,
  };
}

export type SignedIn = {
  /** For the Cookie header: `apt_session=…`. */
  cookie: string;
  /** For the X-CSRF-Token header of state-changing requests. */
  csrfToken: string;
};

/** Signs in as a browser would; throws with the server's answer if that fails. */
export async function signIn(server: Pick<TestServer, 'fetch'>, username: string, password = demoPassword): Promise<SignedIn> {
  const res = await server.fetch(
    new Request('http://localhost/api/v1/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    }),
  );
  if (res.status !== 200) throw new Error(`Signing in as ${username} failed with ${res.status}: ${await res.text()}`);
  return { cookie: sessionCookieOf(res), csrfToken: ((await res.json()) as { csrfToken: string }).csrfToken };
}

/** The `apt_session=…` pair a response sets, as a browser would send it back. */
export function sessionCookieOf(res: Response): string {
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('The response sets no session cookie');
  return cookie.split(';')[0]!;
}
