import { endpoints } from '@/contract/endpoints.ts';
import { isGuard } from './auth/guards.ts';
import type { Database, DatabaseKind } from './db/database.ts';
import { apiError, apiNotFound, isApiPath } from './lib/api-fallbacks.ts';
import type { AuthSettings } from './lib/app-types.ts';
import { compressResponses } from './lib/compression.ts';
import { AnswerCache } from './lib/answer-cache.ts';
import { createRouter } from './lib/create-router.ts';
import { type Logger, stderrLogger } from './lib/logger.ts';
import { securityHeaders } from './lib/security-headers.ts';
import { auditRouter } from './routes/audit/audit.index.ts';
import { departmentsRouter } from './routes/departments/departments.index.ts';
import { docsPaths, mountDocs } from './routes/docs/docs.index.ts';
import { healthRouter } from './routes/health/health.index.ts';
import { measuresRouter } from './routes/measures/measures.index.ts';
import { peopleRouter } from './routes/people/people.index.ts';
import { planRouter } from './routes/plan/plan.index.ts';
import { reportsRouter } from './routes/reports/reports.index.ts';
import { sessionRouter } from './routes/session/session.index.ts';
import { statsRouter } from './routes/stats/stats.index.ts';
import { updatesRouter } from './routes/updates/updates.index.ts';
import { usersRouter } from './routes/users/users.index.ts';
import { serveSpa } from './spa.ts';

export const defaultAuthSettings: AuthSettings = { sessionIdleMinutes: 30, sessionMaxHours: 12, trustProxy: false };

export type CreateAppOptions = {
  db: Database;
  databaseKind: DatabaseKind;
  /** The built SPA to serve next to the API; without it the app is the API alone. */
  distDir?: string;
  logger?: Logger;
  auth?: AuthSettings;
  /** The time now; tests pass one they can move on. */
  clock?: () => Date;
};

export function createApp({ db, databaseKind, distDir, logger = stderrLogger, auth = defaultAuthSettings, clock = () => new Date() }: CreateAppOptions) {
  const app = createRouter();
  const answers = new AnswerCache();

  app.use('*', securityHeaders);
  app.use('*', compressResponses);
  app.use('/api/*', async (c, next) => {
    c.set('db', db);
    c.set('databaseKind', databaseKind);
    c.set('auth', auth);
    c.set('clock', clock);
    c.set('logger', logger);
    c.set('answers', answers);
    await next();
    // Answers change with every update and are per user: no cache may keep them.
    c.header('Cache-Control', 'no-store');
  });

  app
    .route('/', healthRouter)
    .route('/', sessionRouter)
    .route('/', planRouter)
    .route('/', measuresRouter)
    .route('/', updatesRouter)
    .route('/', auditRouter)
    .route('/', peopleRouter)
    .route('/', departmentsRouter)
    .route('/', statsRouter)
    .route('/', reportsRouter)
    .route('/', usersRouter);
  mountDocs(app);
  assertEveryApiRouteIsGuarded(app.routes);
  if (distDir) serveSpa(app, distDir);

  app.notFound(apiNotFound(() => app.routes));
  app.onError(apiError(logger));
  return app;
}

type RouteEntry = { method: string; path: string; handler: unknown };

/**
 * Refuses to build an app in which an API route could answer without its guard: every route
 * under /api must be an endpoint of the contract registered through routeFromEndpoint (which
 * attaches the guard its `access` asks for), or one of the public reference's own paths; and
 * every endpoint of the contract must be there.
 */
export function assertEveryApiRouteIsGuarded(routes: readonly RouteEntry[]) {
  const key = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`;
  const contract = new Set(Object.values(endpoints).map((e) => key(e.method, e.path)));
  const reference = new Set(docsPaths.map((path) => key('get', path)));
  const guarded = new Set(routes.filter((r) => isGuard(r.handler)).map((r) => key(r.method, r.path)));

  const problems: string[] = [];
  for (const route of routes) {
    if (route.method === 'ALL' || !isApiPath(route.path)) continue;
    const k = key(route.method, route.path);
    if (reference.has(k)) continue;
    if (!contract.has(k)) problems.push(`${k} is not an endpoint of src/contract/endpoints.ts`);
    else if (!guarded.has(k)) problems.push(`${k} was registered without its guard (use routeFromEndpoint)`);
  }
  for (const k of contract) if (!guarded.has(k)) problems.push(`${k} is in the contract but has no guarded route`);
  if (problems.length > 0) throw new Error(`Unguarded API routes:\n${[...new Set(problems)].join('\n')}`);
}
