import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './health.handlers.ts';
import * as routes from './health.routes.ts';

export const healthRouter = createRouter().openapi(routes.getHealth, handlers.getHealth);
