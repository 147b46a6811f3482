import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './measures.handlers.ts';
import * as routes from './measures.routes.ts';

export const measuresRouter = createRouter()
  .openapi(routes.listMeasures, handlers.listMeasures)
  .openapi(routes.getMeasure, handlers.getMeasure)
  .openapi(routes.updateMeasure, handlers.updateMeasure);
