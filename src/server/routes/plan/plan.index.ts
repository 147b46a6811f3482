import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './plan.handlers.ts';
import * as routes from './plan.routes.ts';

export const planRouter = createRouter().openapi(routes.getPlan, handlers.getPlan);
