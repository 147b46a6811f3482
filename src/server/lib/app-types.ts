import type { RouteConfig, RouteHandler } from '@hono/zod-openapi';
import type { Database, DatabaseKind } from '../db/database.ts';

export type AppEnv = {
  Variables: {
    db: Database;
    databaseKind: DatabaseKind;
  };
};

export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppEnv>;
