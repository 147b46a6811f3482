import { createApp, defaultAuthSettings } from '../app.ts';
import { CSRF_HEADER } from '../auth/guards.ts';
import type { Database } from '../db/database.ts';
import type { AuthSettings } from '../lib/app-types.ts';
import type { Logger } from '../lib/logger.ts';
import { createTestDatabase } from './test-database.ts';
import { testPasswordParams } from './test-password-params.ts';
import { type SignedIn, signIn } from './test-server.ts';

/** Where a request comes from, as the socket would tell. */
export type From = { address?: string };

export type TestClient = SignedIn & {
  /** A request in this session: with its cookie, and its CSRF token on state-changing requests. */
  request: (path: string, init?: RequestInit) => Promise<Response>;
  /** JSON to send with a state-changing method, in this session. */
  send: (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown) => Promise<Response>;
};

export type TestApp = {
  db: Database;
  /** A request to the app by path (or full URL), as a browser on the same origin would send it, signed in or not by its headers. */
  request: (path: string, init?: RequestInit, from?: From) => Promise<Response>;
  /** Signs in as one of the demo accounts (or any other), for requests in that session. */
  signIn: (username: string, password?: string) => Promise<TestClient>;
  /** A sign-in request as the login form sends it, whatever the answer. */
  login: (username: string, password: string, from?: From) => Promise<Response>;
  close: () => Promise<void>;
};

export type TestAppOptions = {
  databaseUrl?: string;
  distDir?: string;
  logger?: Logger;
  demo?: boolean;
  /** The demo history, as of the clock's time. */
  history?: boolean;
  /** Session limits, TRUST_PROXY, and the scrypt parameters (cheap ones unless given). */
  auth?: Partial<AuthSettings>;
  clock?: () => Date;
};

/** The app on a fresh seeded database (with the demo accounts), with the database at hand to set up a story's state. */
export async function createTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase({ databaseUrl: opts.databaseUrl, demo: opts.demo, history: opts.history, now: opts.clock?.() });
  const auth = { ...defaultAuthSettings, passwordParams: testPasswordParams, ...opts.auth };
  const app = createApp({ db: database.db, databaseKind: database.kind, distDir: opts.distDir, logger: opts.logger, auth, clock: opts.clock });

  const request: TestApp['request'] = async (path, init, from) => {
    // @hono/node-server hands the socket to the app as env.incoming; in-process requests have none.
    const env = from?.address ? { incoming: { socket: { remoteAddress: from.address, remotePort: 50_000, remoteFamily: 'IPv4' } } } : undefined;
    return app.fetch(new Request(/^https?:/.test(path) ? path : `http://localhost${path}`, init), env);
  };

  const client = (session: SignedIn): TestClient => {
    const inSession = (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      headers.set('Cookie', session.cookie);
      if (init.method && init.method !== 'GET' && !headers.has(CSRF_HEADER)) headers.set(CSRF_HEADER, session.csrfToken);
      return request(path, { ...init, headers });
    };
    return {
      ...session,
      request: inSession,
      send: (method, path, body) =>
        inSession(path, body === undefined ? { method } : { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    };
  };

  return {
    db: database.db,
    request,
    login: (username, password, from) =>
      request('/api/v1/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) }, from),
    signIn: async (username, password) => client(await signIn({ fetch: async (req) => app.fetch(req) }, username, password)),
    close: database.close,
  };
}
