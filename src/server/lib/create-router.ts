import { OpenAPIHono } from '@hono/zod-openapi';
import type { ValidationTargets } from 'hono';
import { type InputLocation, validationErrorBody } from '@/lib/api-errors.ts';
import type { AppEnv } from './app-types.ts';

const locations: Partial<Record<keyof ValidationTargets, InputLocation>> = {
  query: 'query',
  param: 'params',
  json: 'body',
  form: 'body',
  header: 'headers',
};

/**
 * A router whose contract violations all answer with the API's one error shape: 400 for a
 * parameter, 422 for a body that is JSON but not what the endpoint accepts.
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const location = locations[result.target] ?? 'query';
      return c.json(validationErrorBody(location, result.error), location === 'body' ? 422 : 400);
    },
  });
}
