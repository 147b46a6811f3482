import { createRouter } from '../../lib/create-router.ts';
import * as handlers from './people.handlers.ts';
import * as routes from './people.routes.ts';

export const peopleRouter = createRouter().openapi(routes.listPeople, handlers.listPeople).openapi(routes.createPerson, handlers.createPerson);
