import { demoPassword } from '@/lib/demo-data.ts';

/**
 * The places the contract suite runs against: the MSW mocks, the real server on PGlite,
 * and the real server on PostgreSQL when TEST_DATABASE_URL is set.
 */
export type Request = (path: string, init?: RequestInit) => Promise<Response>;

/** Who makes a request: nobody signed in, or one of the demo accounts. */
export const callers = ['anonymous', 'council', 'coordinator', 'head', 'admin'] as const;
export type Caller = (typeof callers)[number];

export type Target = {
  name: string;
  /** Which database the real server reports, or null for the mocks. */
  database: 'pglite' | 'postgres' | null;
  /** Requests as the demo coordinator, signed in once. */
  request: Request;
  /** Requests as the given caller: signed in with cookie and CSRF token, or anonymous. */
  as: (caller: Caller) => Promise<Request>;
  /** A new sign-in of its own, for cases that end their session. */
  signIn: (caller: Caller) => Promise<Request>;
  close: () => Promise<void>;
};

const origin = 'http://localhost';

export type TargetOptions = { demo?: boolean };
export type TargetFactory = { name: string; database: Target['database']; open: (options?: TargetOptions) => Promise<Target> };

/** Signs in through the API, as a browser would, and sends the cookie and CSRF token from then on. */
async function signedIn(raw: Request, caller: Caller): Promise<Request> {
  if (caller === 'anonymous') return raw;
  const res = await raw('/api/v1/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: caller, password: demoPassword }),
  });
  if (res.status !== 200) throw new Error(`signing in as ${caller} failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (path, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('cookie', cookie);
    if (!headers.has('x-csrf-token')) headers.set('x-csrf-token', csrfToken);
    return raw(path, { ...init, headers });
  };
}

async function target(name: string, database: Target['database'], raw: Request, close: () => Promise<void>): Promise<Target> {
  const sessions = new Map<Caller, Promise<Request>>();
  const as = (caller: Caller) => {
    let session = sessions.get(caller);
    if (!session) sessions.set(caller, (session = signedIn(raw, caller)));
    return session;
  };
  return { name, database, request: await as('coordinator'), as, signIn: (caller) => signedIn(raw, caller), close };
}

async function openMocks({ demo = false }: TargetOptions = {}): Promise<Target> {
  const [{ server }, { resetMockDb }] = await Promise.all([import('~mocks/node.ts'), import('~mocks/db.ts')]);
  resetMockDb({ demo });
  server.listen({ onUnhandledRequest: 'error' });
  return target('mocks', null, (path, init) => fetch(origin + path, init), async () => server.close());
}

async function openServer(databaseUrl: string | undefined, { demo = false }: TargetOptions = {}): Promise<Target> {
  const { createTestServer } = await import('@/server/testing/test-server.ts');
  const app = await createTestServer({ ...(databaseUrl && { databaseUrl }), demo });
  return target(`server on ${app.databaseKind}`, app.databaseKind, (path, init) => app.fetch(new Request(origin + path, init)), app.close);
}

const postgresUrl = process.env.TEST_DATABASE_URL;

export const targets: TargetFactory[] = [
  { name: 'mocks', database: null, open: openMocks },
  { name: 'server on PGlite', database: 'pglite', open: (o) => openServer(undefined, o) },
  ...(postgresUrl ? [{ name: 'server on PostgreSQL', database: 'postgres' as const, open: (o?: TargetOptions) => openServer(postgresUrl, o) }] : []),
];
