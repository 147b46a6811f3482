import { createApp } from '../app.ts';
import { createTestDatabase } from './test-database.ts';

export type TestServer = {
  fetch: (req: Request) => Promise<Response>;
  databaseKind: 'pglite' | 'postgres';
  close: () => Promise<void>;
};

/**
 * The real API on a fresh, migrated and seeded database of its own: PGlite in memory, or a new
 * PostgreSQL database created through `databaseUrl` and dropped again by close().
 */
export async function createTestServer(opts?: { databaseUrl?: string }): Promise<TestServer> {
  const database = await createTestDatabase(opts);
  const app = createApp({ db: database.db, databaseKind: database.kind });
  return {
    fetch: async (req) => app.fetch(req),
    databaseKind: database.kind,
    close: database.close,
  };
}
