import type { Database, DatabaseKind } from './db/database.ts';
import { apiError, apiNotFound } from './lib/api-fallbacks.ts';
import { createRouter } from './lib/create-router.ts';
import { type Logger, stderrLogger } from './lib/logger.ts';
import { departmentsRouter } from './routes/departments/departments.index.ts';
import { mountDocs } from './routes/docs/docs.index.ts';
import { healthRouter } from './routes/health/health.index.ts';
import { measuresRouter } from './routes/measures/measures.index.ts';
import { planRouter } from './routes/plan/plan.index.ts';
import { serveSpa } from './spa.ts';

export type CreateAppOptions = {
  db: Database;
  databaseKind: DatabaseKind;
  /** The built SPA to serve next to the API; without it the app is the API alone. */
  distDir?: string;
  logger?: Logger;
};

export function createApp({ db, databaseKind, distDir, logger = stderrLogger }: CreateAppOptions) {
  const app = createRouter();

  app.use('/api/*', async (c, next) => {
    c.set('db', db);
    c.set('databaseKind', databaseKind);
    await next();
    // Answers change with every update and some will be per user: no cache may keep them.
    c.header('Cache-Control', 'no-store');
  });

  app.route('/', healthRouter).route('/', planRouter).route('/', measuresRouter).route('/', departmentsRouter);
  mountDocs(app);
  if (distDir) serveSpa(app, distDir);

  app.notFound(apiNotFound(() => app.routes));
  app.onError(apiError(logger));
  return app;
}
