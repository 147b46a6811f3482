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

/** A router whose contract violations all answer 400 with the API's one error shape. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) return c.json(validationErrorBody(locations[result.target] ?? 'query', result.error), 400);
    },
  });
}
