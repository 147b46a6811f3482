import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './updates.handlers.ts';
import * as routes from './updates.routes.ts';

export const updatesRouter = createRouter()
  .openapi(routes.listMeasureUpdates, handlers.listMeasureUpdates)
  .openapi(routes.createMeasureUpdate, handlers.createMeasureUpdate)
  .openapi(routes.listActivityUpdates, handlers.listActivityUpdates)
  .openapi(routes.createActivityUpdate, handlers.createActivityUpdate);
