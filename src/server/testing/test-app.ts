import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../lib/logger.ts';
import { createTestDatabase } from './test-database.ts';

export type TestApp = {
  db: Database;
  /** A request to the app by path, as a browser on the same origin would send it. */
  request: (path: string, init?: RequestInit) => Promise<Response>;
  close: () => Promise<void>;
};

/** The app on a fresh seeded database, with the database at hand to set up a story's state. */
export async function createTestApp(opts: { databaseUrl?: string; distDir?: string; logger?: Logger } = {}): Promise<TestApp> {
  const database = await createTestDatabase(opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : undefined);
  const app = createApp({ db: database.db, databaseKind: database.kind, distDir: opts.distDir, logger: opts.logger });
  return {
    db: database.db,
    request: async (path, init) => app.fetch(new Request(`http://localhost${path}`, init)),
    close: database.close,
  };
}
