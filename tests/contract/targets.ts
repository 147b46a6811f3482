/**
 * The places the contract suite runs against: the MSW mocks, the real server on PGlite,
 * and the real server on PostgreSQL when TEST_DATABASE_URL is set.
 */
export type Target = {
  name: string;
  /** Which database the real server reports, or null for the mocks. */
  database: 'pglite' | 'postgres' | null;
  request: (path: string, init?: RequestInit) => Promise<Response>;
  close: () => Promise<void>;
};

const origin = 'http://localhost';

export type TargetFactory = { name: string; database: Target['database']; open: () => Promise<Target> };

async function openMocks(): Promise<Target> {
  const [{ server }, { resetMockDb }] = await Promise.all([import('~mocks/node.ts'), import('~mocks/db.ts')]);
  resetMockDb();
  server.listen({ onUnhandledRequest: 'error' });
  return {
    name: 'mocks',
    database: null,
    request: (path, init) => fetch(origin + path, init),
    close: async () => server.close(),
  };
}

async function openServer(databaseUrl?: string): Promise<Target> {
  const { createTestServer } = await import('@/server/testing/test-server.ts');
  const app = await createTestServer(databaseUrl ? { databaseUrl } : undefined);
  return {
    name: `server on ${app.databaseKind}`,
    database: app.databaseKind,
    request: (path, init) => app.fetch(new Request(origin + path, init)),
    close: app.close,
  };
}

const postgresUrl = process.env.TEST_DATABASE_URL;

export const targets: TargetFactory[] = [
  { name: 'mocks', database: null, open: openMocks },
  { name: 'server on PGlite', database: 'pglite', open: () => openServer() },
  ...(postgresUrl ? [{ name: 'server on PostgreSQL', database: 'postgres' as const, open: () => openServer(postgresUrl) }] : []),
];
