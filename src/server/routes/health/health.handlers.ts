import type { AppRouteHandler } from '../../lib/app-types.ts';
import type { getHealth as getHealthRoute } from './health.routes.ts';

export const getHealth: AppRouteHandler<typeof getHealthRoute> = (c) => c.json({ status: 'ok' as const, database: c.var.databaseKind }, 200);
