import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './session.handlers.ts';
import * as routes from './session.routes.ts';

export const sessionRouter = createRouter()
  .openapi(routes.createSession, handlers.createSession)
  .openapi(routes.getSession, handlers.getSession)
  .openapi(routes.deleteSession, handlers.deleteSession);
